package org.fonti.tagging;

import org.fonti.corpus.Article;

/** Turns an article into a tagged article; implementations are thread-safe and pure. */
@FunctionalInterface
public interface ArticleTagger {
    TaggedArticle tag(Article article);
}
