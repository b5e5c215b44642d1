package org.fonti.tagging;

import org.fonti.corpus.Article;

/**
 * An article with its annotations and its effective publication date.
 *
 * @param publicationDate ISO prefix from the article's metadata, or inferred from its text, or null
 * @param dateInferred    true when {@code publicationDate} was inferred from the text and is not certain
 */
public record TaggedArticle(Article article, TextAnnotations annotations, String publicationDate, boolean dateInferred) {
}
