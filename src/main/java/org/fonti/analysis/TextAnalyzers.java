package org.fonti.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.fonti.corpus.Language;

/** The analyzer for running text in each language, and the exact (unstemmed) one. */
public final class TextAnalyzers {

    private final Analyzer italian = new ItalianTextAnalyzer();
    private final Analyzer english = new EnglishTextAnalyzer();
    private final Analyzer exact = new ExactTextAnalyzer();

    public Analyzer forLanguage(Language language) {
        return switch (language) {
            case IT -> italian;
            case EN -> english;
        };
    }

    public Analyzer exact() {
        return exact;
    }
}
