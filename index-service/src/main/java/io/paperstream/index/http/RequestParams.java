package io.paperstream.index.http;

import io.javalin.http.Context;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks request parameters; every rejection names the parameter. */
final class RequestParams {

    /** Longer than any id, facet value or cursor the index produces. */
    static final int MAX_LENGTH = 200;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(ms|s|m)?");

    private RequestParams() {
    }

    static void rejectUnknown(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new BadParameterException(name, "unknown parameter; allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** A path segment such as an id. */
    static String path(Context ctx, String name) {
        return checked(name, ctx.pathParam(name));
    }

    /** An optional query parameter, or null when absent; blank counts as given and is rejected. */
    static String text(Context ctx, String name) {
        if (ctx.queryParamMap().getOrDefault(name, java.util.List.of()).size() > 1) {
            throw new BadParameterException(name, "given more than once");
        }
        String value = ctx.queryParam(name);
        return value == null ? null : checked(name, value);
    }

    private static String checked(String name, String value) {
        if (value.isBlank()) {
            throw new BadParameterException(name, "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new BadParameterException(name, "longer than " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameterException(name, "contains control characters");
        }
        return value;
    }

    static int limit(Context ctx) {
        String value = text(ctx, "limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the rejection below
        }
        throw new BadParameterException("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", got '" + value + "'");
    }

    static Double minSpeedup(Context ctx) {
        String value = text(ctx, "minSpeedup");
        if (value == null) {
            return null;
        }
        try {
            double min = Double.parseDouble(value.strip());
            if (Double.isFinite(min) && min >= 0) {
                return min;
            }
        } catch (NumberFormatException e) {
            // falls through to the rejection below
        }
        throw new BadParameterException("minSpeedup", "must be a number of at least 0, got '" + value + "'");
    }

    /** The paper id a cursor stands for, or null without a cursor. */
    static String cursor(Context ctx) {
        String value = text(ctx, "cursor");
        if (value == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            String id = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (!id.isEmpty() && id.chars().noneMatch(Character::isISOControl)) {
                return id;
            }
        } catch (IllegalArgumentException | CharacterCodingException e) {
            // falls through to the rejection below
        }
        throw new BadParameterException("cursor", "not a cursor this API returned");
    }

    static String encodeCursor(String paperId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(paperId.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 10s}, {@code 500ms}, {@code 1m} or whole seconds; at most {@code max}. */
    static Duration wait(Context ctx, Duration max) {
        String value = text(ctx, "wait");
        if (value == null) {
            return Duration.ZERO;
        }
        Matcher m = DURATION.matcher(value.strip());
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration wait = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (wait.compareTo(max) <= 0) {
                return wait;
            }
        }
        throw new BadParameterException("wait", "must be a duration such as 10s or 500ms, at most "
                + max.toSeconds() + "s, got '" + value + "'");
    }
}
