package org.fonti.tagging;

import java.util.List;
import org.fonti.corpus.Article;
import org.fonti.corpus.Language;
import org.fonti.language.LanguageDetector;
import org.fonti.tagging.dates.DateTagger;
import org.fonti.tagging.entities.EntityTagger;
import org.fonti.tagging.quotes.QuoteTagger;

/**
 * Runs every tagger over a text in order: language, sentences, entities, dates, quotations (which need the
 * sentences and the entities). Construct once (it loads word lists and gazetteers) and share: it is thread-safe.
 */
public final class Tagger implements ArticleTagger, TextTagger {

    private final LanguageDetector languages = new LanguageDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final EntityTagger entities = new EntityTagger();
    private final DateTagger dates = new DateTagger();
    private final QuoteTagger quotes = new QuoteTagger();

    @Override
    public TextAnnotations annotate(String text, Language language, String referenceDate) {
        Language lang = language != null ? language : languages.detect(text);
        List<Sentence> split = sentences.split(text);
        List<EntityMention> found = entities.tag(text, lang);
        return new TextAnnotations(lang, split, found, dates.tag(text, lang, referenceDate),
                quotes.tag(text, split, found, lang));
    }

    /**
     * Tags an article. Relative dates resolve against its publication date; an undated article gets one inferred
     * from the dates it mentions (see {@link PublicationDateInference}), marked as inferred.
     */
    @Override
    public TaggedArticle tag(Article article) {
        TextAnnotations annotations = annotate(article.text(), article.language(), article.date());
        if (article.date() != null) {
            return new TaggedArticle(article, annotations, article.date(), false);
        }
        var inferred = PublicationDateInference.infer(annotations.dates());
        if (inferred.isEmpty()) {
            return new TaggedArticle(article, annotations, null, false);
        }
        var resolved = new TextAnnotations(annotations.language(), annotations.sentences(), annotations.entities(),
                dates.tag(article.text(), annotations.language(), inferred.get().reference()), annotations.quotations());
        return new TaggedArticle(article, resolved, inferred.get().publication(), true);
    }
}
