package org.fonti.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;

/** Reads and validates query parameters, turning bad values into 400 errors that name the parameter. */
final class RequestParams {

    private final Context ctx;

    RequestParams(Context ctx) {
        this.ctx = ctx;
    }

    String required(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing parameter", "the '" + name + "' parameter is required");
        }
        return value;
    }

    String optional(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    List<String> all(String name) {
        return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = optional(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest("bad parameter", "'" + name + "' must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad parameter", "'" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    boolean bool(String name, boolean defaultValue) {
        String value = optional(name);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiException.badRequest("bad parameter", "'" + name + "' must be true or false, not '" + value + "'");
        };
    }

    IsoDate date(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        return IsoDate.parse(value).orElseThrow(() -> ApiException.badRequest("bad parameter",
                "'" + name + "' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'"));
    }

    /** The lang parameter: null for auto. */
    Language language(String name) {
        String value = optional(name);
        if (value == null || value.equalsIgnoreCase("auto")) {
            return null;
        }
        return Language.parse(value).orElseThrow(() -> ApiException.badRequest("bad parameter",
                "'" + name + "' must be auto, it or en, not '" + value + "'"));
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        String value = optional(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            var allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            throw ApiException.badRequest("bad parameter", "'" + name + "' must be one of " + allowed + ", not '" + value + "'");
        }
    }
}
