package org.fonti.corpus;

import java.util.LinkedHashMap;
import java.util.regex.Pattern;

/**
 * Turns the decoded content of an article file into an {@link Article}: optional front matter, the seeds'
 * legacy {@code " date 2023-12 "} marker, the body with trailing boilerplate removed, and a title.
 */
public final class ArticleParser {

    /** Longest derived title; longer first sentences are cut at a word boundary and marked with an ellipsis. */
    public static final int MAX_TITLE_LENGTH = 120;

    private static final Pattern LEGACY_DATE = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)[ \\t]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=[\\s\"”»’)]|$)|\\n");

    /**
     * Parses one article.
     *
     * @throws IllegalArgumentException when the body is empty once header and boilerplate are removed
     */
    public Article parse(String id, String raw, String contentHash) {
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            raw = raw.substring(1);
        }
        FrontMatter header = FrontMatter.parse(raw);
        String body = raw.substring(header.bodyStart());
        var fields = new LinkedHashMap<>(header.fields());

        String date = IsoDate.parse(fields.remove("date")).map(IsoDate::toString).orElse(null);
        var legacy = LEGACY_DATE.matcher(body);
        int start = 0;
        if (legacy.find()) {
            if (date == null) {
                date = IsoDate.parse(legacy.group(1)).map(IsoDate::toString).orElse(null);
            }
            start = legacy.end();
        }
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int end = Boilerplate.contentEnd(body, start);
        String text = body.substring(start, end);
        if (text.isBlank()) {
            throw new IllegalArgumentException("no article text after the header");
        }

        String language = fields.remove("lang");
        if (language == null) {
            language = fields.remove("language");
        }
        String title = blankToNull(fields.remove("title"));
        String url = blankToNull(fields.remove("url"));
        String source = blankToNull(fields.remove("source"));
        boolean derived = title == null;
        if (derived) {
            title = deriveTitle(text);
        }
        return new Article(id, title, derived, text, date, Language.parse(language).orElse(null), url, source,
                fields, contentHash);
    }

    static String deriveTitle(String text) {
        var m = SENTENCE_END.matcher(text);
        int end = m.find() ? (text.charAt(m.start()) == '\n' ? m.start() : m.end()) : text.length();
        String first = text.substring(0, end).strip();
        if (first.length() <= MAX_TITLE_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
        if (cut < MAX_TITLE_LENGTH / 2) {
            cut = MAX_TITLE_LENGTH - 1;
        }
        return first.substring(0, cut).stripTrailing().replaceAll("[,;:]$", "") + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
