package org.fonti.search;

import java.net.URI;
import org.fonti.index.IndexedArticle;

/**
 * Everything a journalist needs to quote a passage: the exact words ({@code text} is
 * {@code document.text.substring(start, end)}), the article's title, source (publisher, or the site of its url),
 * publication date (and whether it was inferred), url and document id.
 */
public record Citation(String text, String title, String source, String date, boolean dateInferred, String url,
                       String id, int start, int end) {

    static Citation of(IndexedArticle article, int start, int end) {
        return new Citation(article.text().substring(start, end), article.title(), sourceOf(article), article.date(),
                article.dateInferred(), article.url(), article.id(), start, end);
    }

    private static String sourceOf(IndexedArticle article) {
        if (article.source() != null || article.url() == null) {
            return article.source();
        }
        try {
            String host = URI.create(article.url()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
