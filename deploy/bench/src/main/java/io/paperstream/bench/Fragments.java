package io.paperstream.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generator's vocabulary: named lists of text fragments read from {@code fragments.txt} on the class path
 * ({@code [section]} headers, one fragment per line). Nothing is read from outside the jar, so a seed gives the
 * same corpus on every machine.
 */
final class Fragments {

    static final String RESOURCE = "fragments.txt";

    private final Map<String, List<String>> sections;

    private Fragments(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Fragments load() {
        try (InputStream in = Fragments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + Fragments.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static Fragments parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("fragment before any [section]: " + text);
            } else {
                current.add(text);
            }
        }
        return new Fragments(sections);
    }

    List<String> list(String section) {
        List<String> list = sections.get(section);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("no fragments in section [" + section + "]");
        }
        return list;
    }

    String pick(String section, Random random) {
        List<String> list = list(section);
        return list.get(random.nextInt(list.size()));
    }
}
