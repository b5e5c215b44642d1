package org.fonti.search;

import org.fonti.corpus.Language;
import java.util.concurrent.CompletableFuture;
import org.fonti.language.LanguageDetector;
import org.fonti.language.Lexicon;
import org.fonti.language.QueryLanguage;
import org.fonti.language.QueryTranslator;

/**
 * Decides a query's language and carries its words into the other language. A query whose language cannot be
 * told (a lone name, "Erdogan Ankara") is translated both ways: names match as typed anyway.
 */
public final class CrossLingual {

    private record Tools(LanguageDetector detector, QueryTranslator translator) {
    }

    private final CompletableFuture<Tools> tools;

    /**
     * Starts loading the lexicon (a second or two of CPU) on a background thread, so that a server can get ready
     * to listen meanwhile; the first query waits for it if it is not loaded yet.
     */
    public CrossLingual() {
        this.tools = CompletableFuture.supplyAsync(() -> {
            var lexicon = Lexicon.standard();
            return new Tools(new LanguageDetector(lexicon), new QueryTranslator(lexicon));
        }, runnable -> {
            Thread loader = new Thread(runnable, "fonti-lexicon-loader");
            loader.setDaemon(true);
            loader.start();
        });
    }

    public CrossLingual(LanguageDetector detector, QueryTranslator translator) {
        this.tools = CompletableFuture.completedFuture(new Tools(detector, translator));
    }

    /** How a query is understood: its language, whether that was detected, its translations, the names in it. */
    record Understanding(Language language, boolean detected, boolean ambiguous, QueryTranslation translation,
                         NameMatches names) {
    }

    Understanding understand(String query, Language forced, boolean translate, EntityDirectory directory) {
        QueryWords words = QueryWords.of(query);
        NameMatches names = NameMatches.of(words.words, directory);
        LanguageDetector detector = tools.join().detector();
        QueryTranslator translator = tools.join().translator();
        Language language = forced;
        boolean ambiguous = false;
        if (language == null) {
            QueryLanguage detected = detector.detectQuery(words.joined().isBlank() ? query : words.joined());
            language = detected.language();
            ambiguous = detected.ambiguous();
        }
        if (!translate || (words.words.isEmpty() && words.phrases.isEmpty())) {
            return new Understanding(language, forced == null, ambiguous, QueryTranslation.NONE, names);
        }
        QueryTranslation translation = QueryTranslation.of(translator, words.words, words.phrases, language, other(language));
        if (ambiguous) {
            translation = translation.and(QueryTranslation.of(translator, words.words, words.phrases,
                    other(language), language));
        }
        return new Understanding(language, forced == null, ambiguous, translation, names);
    }

    private static Language other(Language language) {
        return language == Language.IT ? Language.EN : Language.IT;
    }
}
