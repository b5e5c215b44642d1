package org.fonti.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fonti.corpus.Language;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    private final TextAnalyzers analyzers = new TextAnalyzers();

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        var out = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    private List<String> italian(String text) throws IOException {
        return terms(analyzers.forLanguage(Language.IT), text);
    }

    @Test
    void italianFoldsAccentsSoPlainSpellingMatches() throws IOException {
        assertEquals(italian("città"), italian("citta"));
        assertEquals(italian("Erdoğan"), italian("Erdogan"));
    }

    @Test
    void italianConflatesSingularAndPluralIncludingShortWords() throws IOException {
        assertEquals(italian("drone"), italian("droni"));
        assertEquals(italian("accordo"), italian("accordi"));
    }

    @Test
    void italianRemovesElisionWithBothApostrophes() throws IOException {
        assertEquals(List.of("indoman"), italian("all’indomani"));
        assertEquals(italian("anno"), italian("quest'anno"));
        assertEquals(italian("anno"), italian("quest’anno"));
        assertEquals(italian("Asia"), italian("dell’Asia"));
        assertEquals(italian("intesa"), italian("nessun'intesa"));
    }

    @Test
    void italianDropsStopwords() throws IOException {
        assertEquals(italian("Turchia"), italian("la Turchia"));
        assertEquals(List.of(), italian("e di la il"));
    }

    @Test
    void englishStemsPlurals() throws IOException {
        Analyzer english = analyzers.forLanguage(Language.EN);
        assertEquals(terms(english, "drone"), terms(english, "drones"));
        assertEquals(terms(english, "Erdogan"), terms(english, "Erdoğan"));
    }

    @Test
    void exactKeepsEveryWordSplitsApostrophesAndKeepsOffsets() throws IOException {
        Analyzer exact = analyzers.exact();
        String text = "lo Stato dell’Asia centrale";
        assertEquals(List.of("lo", "stato", "dell", "asia", "centrale"), terms(exact, text));
        try (TokenStream ts = exact.tokenStream("f", text)) {
            var offsets = ts.addAttribute(OffsetAttribute.class);
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.toString().equals("asia")) {
                    assertEquals("Asia", text.substring(offsets.startOffset(), offsets.endOffset()));
                }
            }
            ts.end();
        }
    }
}
