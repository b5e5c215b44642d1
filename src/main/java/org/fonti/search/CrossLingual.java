package org.fonti.search;

import org.fonti.corpus.Language;
import org.fonti.language.LanguageDetector;
import org.fonti.language.QueryLanguage;
import org.fonti.language.QueryTranslator;

/**
 * Decides a query's language and carries its words into the other language. A query whose language cannot be
 * told (a lone name, "Erdogan Ankara") is translated both ways: names match as typed anyway.
 */
public final class CrossLingual {

    private final LanguageDetector detector;
    private final QueryTranslator translator;

    public CrossLingual() {
        this(new LanguageDetector(), new QueryTranslator());
    }

    public CrossLingual(LanguageDetector detector, QueryTranslator translator) {
        this.detector = detector;
        this.translator = translator;
    }

    /** How a query is understood: its language, whether that was detected, its translations, the names in it. */
    record Understanding(Language language, boolean detected, boolean ambiguous, QueryTranslation translation,
                         NameMatches names) {
    }

    Understanding understand(String query, Language forced, boolean translate, EntityDirectory directory) {
        QueryWords words = QueryWords.of(query);
        NameMatches names = NameMatches.of(words.words, directory);
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
