package org.fonti.tagging;

import org.fonti.corpus.Article;
import org.fonti.corpus.Language;

/**
 * A {@link Tagger} built on first use: a server that only searches never pays for loading the word lists and
 * gazetteers (seconds of CPU), and one that tags pays for it once, on its first analysis or upload.
 */
public final class LazyTagger implements ArticleTagger, TextTagger {

    private volatile Tagger tagger;

    private Tagger tagger() {
        Tagger current = tagger;
        if (current == null) {
            synchronized (this) {
                current = tagger;
                if (current == null) {
                    current = new Tagger();
                    tagger = current;
                }
            }
        }
        return current;
    }

    @Override
    public TextAnnotations annotate(String text, Language language, String referenceDate) {
        return tagger().annotate(text, language, referenceDate);
    }

    @Override
    public TaggedArticle tag(Article article) {
        return tagger().tag(article);
    }
}
