package io.paperstream.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A service's configuration: built-in defaults, then one properties file, then environment overrides.
 * An environment variable {@code PAPERSTREAM_A_B} sets key {@code a.b} ({@code __} stands for {@code -}),
 * so {@code PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS} sets {@code kafka.bootstrap.servers}.
 */
public final class Settings {

    public static final String ENV_PREFIX = "PAPERSTREAM_";
    /** Environment variable naming the config file; {@code --config FILE} on the command line wins. */
    public static final String CONFIG_ENV = "PAPERSTREAM_CONFIG";

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(password|secret|token|jaas|credentials|key\\.pem|keystore\\.key).*");

    private final Map<String, String> values;

    public Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * Loads {@code /<service>.properties} from the classpath, then the file given by {@code --config FILE}
     * or {@code PAPERSTREAM_CONFIG}, then the environment.
     */
    public static Settings load(String service, String configFile, Map<String, String> env) {
        Map<String, String> merged = new TreeMap<>();
        try (InputStream in = Settings.class.getResourceAsStream("/" + service + ".properties")) {
            if (in != null) {
                merged.putAll(read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read built-in defaults for " + service, e);
        }
        String file = configFile != null ? configFile : env.get(CONFIG_ENV);
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("Config file not found: " + path.toAbsolutePath());
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                merged.putAll(read(reader));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read config file " + path + ": " + e.getMessage(), e);
            }
        }
        merged.putAll(fromEnvironment(env));
        return new Settings(merged);
    }

    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals(CONFIG_ENV) && name.length() > ENV_PREFIX.length()) {
                out.put(keyOf(name), value);
            }
        });
        return out;
    }

    /** The key an environment variable sets: PAPERSTREAM_KAFKA_SASL__MECHANISM → kafka.sasl-mechanism. */
    public static String keyOf(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT)
                .replace("__", "-").replace('_', '.');
    }

    /** The environment variable that sets a key: kafka.bootstrap.servers → PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS. */
    public static String envOf(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace("-", "__").replace('.', '_');
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
        return out;
    }

    public String get(String key, String fallback) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    public String require(String key) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("Missing setting '" + key + "': set it in the config file or as "
                    + envOf(key));
        }
        return v;
    }

    public int getInt(String key, int fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting '" + key + "' must be a whole number, got '" + v + "'");
        }
    }

    public long getLong(String key, long fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting '" + key + "' must be a whole number, got '" + v + "'");
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("Setting '" + key + "' must be true or false, got '" + v + "'");
    }

    /** A duration in milliseconds ({@code 1500}) or with a unit ({@code 500ms}, {@code 2s}, {@code 5m}). */
    public Duration getDuration(String key, Duration fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            String s = v.trim().toLowerCase(Locale.ROOT);
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            } else if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 1000));
            } else if (s.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1).trim()) * 60);
            }
            return Duration.ofMillis(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting '" + key + "' must be a duration such as 500ms, 2s or 5m, got '"
                    + v + "'");
        }
    }

    public Path getPath(String key, String fallback) {
        return Path.of(get(key, fallback));
    }

    /** Every key under {@code prefix}, with the prefix removed: {@code withPrefix("kafka.")} gives client configs. */
    public Map<String, Object> withPrefix(String prefix) {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.length() > prefix.length()) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    public Settings with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Settings(copy);
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** The settings with secrets masked; safe to log. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        values.forEach((k, v) -> shown.put(k, isSecret(k) ? "******" : v));
        return shown.toString();
    }

    public static boolean isSecret(String key) {
        return SECRET_KEY.matcher(key).matches();
    }
}
