package org.fonti.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Italian search analysis: elision (with both ' and ’, and the forms Lucene's default list misses such as
 * quest', quell', sant', nessun'), lower-casing, Italian stopwords, accent folding (citta = città,
 * Erdogan = Erdoğan) and light stemming (drone = droni, also for the short words Lucene's light stemmer skips).
 */
public final class ItalianTextAnalyzer extends Analyzer {

    /** Lucene's default Italian elisions plus the ones it misses. */
    public static final CharArraySet ELISIONS = new CharArraySet(List.of(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d",
            "quest", "quell", "sant", "nessun", "ciascun", "alcun", "buon", "bell", "tutt", "senz", "dov", "com",
            "anch", "cos", "tant", "null", "qualcun", "ch", "n", "po", "mezz", "grand"), true);

    private static final CharArraySet STOPWORDS = ItalianAnalyzer.getDefaultStopSet();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(tokenizer, ELISIONS);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOPWORDS);
        stream = new ASCIIFoldingFilter(stream);
        stream = new ItalianLightStemFilter(stream);
        stream = new ItalianShortWordStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
