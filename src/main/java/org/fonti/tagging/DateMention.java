package org.fonti.tagging;

/**
 * A date expression: {@code text} is exactly {@code source.substring(start, end)}; {@code value} is an
 * ISO 8601 prefix (YYYY, YYYY-MM, YYYY-MM-DD) or, when the year cannot be resolved, an underspecified
 * form with X for unknown digits (XXXX-05-10).
 */
public record DateMention(String text, int start, int end, String value) {
    public DateMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad date range " + start + ".." + end);
        }
    }
}
