package org.fonti.corpus;

import java.util.Map;
import java.util.Objects;

/**
 * One source article as read from the corpus. {@code text} is the searchable body: front matter, the legacy
 * date marker and trailing web boilerplate are removed, and every offset Fonti reports refers to this string.
 *
 * @param id            file name without extension
 * @param title         from front matter, else derived from the first sentence
 * @param titleDerived  true when the title was derived from the text rather than given
 * @param text          the body served as the document's text
 * @param date          publication date as an ISO 8601 prefix (YYYY, YYYY-MM, YYYY-MM-DD), or null when not given
 * @param language      language declared in front matter, or null (then it is detected)
 * @param url           origin URL, or null
 * @param source        publisher or site, or null
 * @param metadata      every other front-matter key, kept as given
 * @param contentHash   hash of the file's bytes, to skip unchanged files when re-indexing
 */
public record Article(
        String id,
        String title,
        boolean titleDerived,
        String text,
        String date,
        Language language,
        String url,
        String source,
        Map<String, String> metadata,
        String contentHash) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
    }
}
