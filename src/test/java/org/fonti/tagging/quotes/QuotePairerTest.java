package org.fonti.tagging.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotePairerTest {

    /** The quoted text of each pair, in order of the opening mark. */
    private static List<String> quoted(String text) {
        return QuotePairer.pair(text).stream()
                .map(p -> text.substring(p.openMark() + 1, p.closeMark()))
                .toList();
    }

    @Test
    void pairsEveryKindOfMark() {
        assertEquals(List.of("uno", "due", "tre", "quattro"),
                quoted("«uno» e “due” e \"tre\" e ‘quattro’."));
    }

    @Test
    void pairsMixedCurlyAndStraightMarks() {
        assertEquals(List.of("Le relazioni saranno rafforzate", "passi eccellenti"),
                quoted("“Le relazioni saranno rafforzate\", si legge. Ha definito come \"passi eccellenti” l'accordo."));
    }

    @Test
    void straightQuotesPairByAlternation() {
        assertEquals(List.of("a", "b", "c"), quoted("\"a\" poi \"b\" e \"c\""));
    }

    @Test
    void strayStraightQuoteIsDropped() {
        assertEquals(List.of("Rossi"), quoted("Il \"piano è partito. Alla fine \"Rossi\", ha detto."));
        assertEquals(List.of("Disse \"basta\" e uscì", "basta"), quoted("“Disse \"basta\" e uscì”."));
    }

    @Test
    void apostrophesNeverPair() {
        assertEquals(List.of(), quoted("L’anno scorso all’indomani del voto ci fu un po’ di calma."));
        assertEquals(List.of("un po’ di calma"), quoted("Disse ‘un po’ di calma’ e se ne andò."));
    }

    @Test
    void nestedQuotesAreAllReported() {
        assertEquals(List.of("Il libro “Basta” è bello", "Basta"), quoted("«Il libro “Basta” è bello», disse."));
    }

    @Test
    void aBlankLineDropsUnclosedMarks() {
        assertEquals(List.of("chiusa"), quoted("«aperta e mai chiusa\n\nNuovo paragrafo «chiusa»."));
        assertEquals(List.of("secondo"), quoted("Un \"primo\n\n\"secondo\" qui."));
    }

    @Test
    void secondsMarksAreNotQuotes() {
        assertEquals(List.of("Che gara"), quoted("Ha chiuso in 1'58\"17 e ha detto \"Che gara\"."));
    }

    @Test
    void blankQuotesAreSkipped() {
        assertEquals(List.of("x"), quoted("Vuoto “ ” e pieno «x»."));
    }
}
