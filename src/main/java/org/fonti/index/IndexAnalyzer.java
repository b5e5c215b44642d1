package org.fonti.index;

import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.corpus.Language;

/** The analyzer of every analysed field in the schema; shared by indexing and query parsing. */
public final class IndexAnalyzer {

    private IndexAnalyzer() {
    }

    public static Analyzer create(TextAnalyzers analyzers) {
        var perField = new HashMap<String, Analyzer>();
        for (Language language : Language.values()) {
            perField.put(Fields.text(language), analyzers.forLanguage(language));
            perField.put(Fields.title(language), analyzers.forLanguage(language));
        }
        perField.put(Fields.EXACT, analyzers.exact());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }
}
