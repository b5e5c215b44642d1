package org.fonti.tagging;

import java.util.concurrent.CompletableFuture;
import org.fonti.corpus.Article;
import org.fonti.corpus.Language;

/**
 * A {@link Tagger} that is built in the background, so a server answers searches at once while the word lists
 * and gazetteers load; the first call that needs tagging waits for them if they are not ready yet.
 */
public final class LazyTagger implements ArticleTagger, TextTagger {

    private final CompletableFuture<Tagger> tagger;

    private LazyTagger(CompletableFuture<Tagger> tagger) {
        this.tagger = tagger;
    }

    /** Starts loading now, on a daemon thread. */
    public static LazyTagger loadInBackground() {
        var future = new CompletableFuture<Tagger>();
        Thread loader = new Thread(() -> {
            try {
                future.complete(new Tagger());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "fonti-tagger-loader");
        loader.setDaemon(true);
        loader.start();
        return new LazyTagger(future);
    }

    @Override
    public TextAnnotations annotate(String text, Language language, String referenceDate) {
        return tagger.join().annotate(text, language, referenceDate);
    }

    @Override
    public TaggedArticle tag(Article article) {
        return tagger.join().tag(article);
    }
}
