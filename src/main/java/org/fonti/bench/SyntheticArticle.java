package org.fonti.bench;

/**
 * One generated article, in the fields every engine loads: Fonti and bare Lucene read its file, PostgreSQL and
 * SQLite get the same values through their drivers.
 *
 * @param date ISO date, YYYY-MM-DD
 */
public record SyntheticArticle(String id, String title, String date, String url, String source, String body,
                               int sentences) {

    /** The corpus file: front matter, a blank line, the body, a final newline. */
    public String fileText() {
        return "title: " + title + "\n"
                + "date: " + date + "\n"
                + "url: " + url + "\n"
                + "source: " + source + "\n"
                + "lang: it\n"
                + "\n"
                + body + "\n";
    }

    /** Folder below the corpus root: a thousand files per folder keeps directory listings fast at 100k. */
    public String shard() {
        return id.substring(0, id.length() - 3);
    }
}
