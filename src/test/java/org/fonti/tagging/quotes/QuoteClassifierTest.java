package org.fonti.tagging.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fonti.corpus.Language;
import org.fonti.tagging.quotes.QuoteClassifier.Evidence;
import org.junit.jupiter.api.Test;

class QuoteClassifierTest {

    private static final Lexicon IT = Lexicon.load(Language.IT);
    private static final Lexicon EN = Lexicon.load(Language.EN);
    private static final QuoteClassifier ITALIAN = new QuoteClassifier(IT, EN);
    private static final QuoteClassifier ENGLISH = new QuoteClassifier(EN, IT);
    private static final Evidence CUE = new Evidence(true, false, false, false);
    private static final Evidence ADJACENT_CUE = new Evidence(true, true, false, false);
    private static final Evidence TITLE = new Evidence(false, false, true, false);

    private static QuoteKind it(String quoted, Evidence evidence) {
        return ITALIAN.classify(Token.tokenize(quoted, 0, quoted.length()), evidence);
    }

    private static QuoteKind en(String quoted, Evidence evidence) {
        return ENGLISH.classify(Token.tokenize(quoted, 0, quoted.length()), evidence);
    }

    @Test
    void singleWordsAndShortNounPhrasesAreScareQuotes() {
        assertEquals(QuoteKind.SCARE_QUOTE, it("multidimensionale", Evidence.NONE));
        assertEquals(QuoteKind.SCARE_QUOTE, it("business-first", Evidence.NONE));
        assertEquals(QuoteKind.SCARE_QUOTE, it("partenariato strategico rafforzato", Evidence.NONE));
        assertEquals(QuoteKind.SCARE_QUOTE, it("governo del cambiamento", CUE));
        assertEquals(QuoteKind.SCARE_QUOTE, en("fake news", Evidence.NONE));
    }

    @Test
    void capitalisedPhrasesAreNames() {
        assertEquals(QuoteKind.NAME, it("Turkish Aerospace Industries", Evidence.NONE));
        assertEquals(QuoteKind.NAME, it("Kazakhstan Engineering", Evidence.NONE));
        assertEquals(QuoteKind.NAME, it("Stati Uniti del mondo turco", Evidence.NONE));
        assertEquals(QuoteKind.NAME, en("Department of Homeland Security", CUE));
    }

    @Test
    void titlesAfterATitleCueAreNamesEvenWhenTheyAreSentences() {
        assertEquals(QuoteKind.NAME, it("Il ruolo dei giovani nella storia. Parlano i leader", TITLE));
        assertEquals(QuoteKind.SCARE_QUOTE, it("decreto sicurezza", TITLE));
    }

    @Test
    void clausesWithAVerbAreStatements() {
        assertEquals(QuoteKind.STATEMENT, it("Le relazioni tra Turchia e Kazakistan saranno portate al livello di "
                + "un partenariato strategico rafforzato", Evidence.NONE));
        assertEquals(QuoteKind.STATEMENT, it("passi eccellenti che rafforzeranno ulteriormente i rapporti con lo "
                + "Stato dell'Asia centrale", CUE));
        assertEquals(QuoteKind.STATEMENT, en("We will sign the deal next week,", CUE));
        assertEquals(QuoteKind.STATEMENT, en("the plan is dead.", CUE));
        assertEquals(QuoteKind.STATEMENT, en("We are ready to sign", Evidence.NONE));
    }

    @Test
    void shortClausesNeedACue() {
        assertEquals(QuoteKind.STATEMENT, it("Siamo pronti", ADJACENT_CUE));
        assertEquals(QuoteKind.SCARE_QUOTE, it("siamo pronti", Evidence.NONE));
        assertEquals(QuoteKind.STATEMENT, it("Mai.", ADJACENT_CUE));
        assertEquals(QuoteKind.STATEMENT, it("Non è vero.", Evidence.NONE));
    }

    @Test
    void shortClausesWithAClearVerbOrRightAfterACue() {
        assertEquals(QuoteKind.STATEMENT, it("Berlusconi è uno stronzo", Evidence.NONE));
        assertEquals(QuoteKind.STATEMENT, it("Provvedimento di gravità inaudita", ADJACENT_CUE));
        assertEquals(QuoteKind.SCARE_QUOTE, it("Provvedimento di gravità inaudita", Evidence.NONE));
        assertEquals(QuoteKind.STATEMENT, it("Il popolo di Ostia inneggia al Duce",
                new Evidence(false, false, false, true)), "a capitalised article does not make a name");
        assertEquals(QuoteKind.STATEMENT, it("Wi-fi per tutte le scuole entro il 2012",
                new Evidence(false, false, false, true)), "after a colon, as in headlines");
    }

    @Test
    void quotationsInTheOtherLanguage() {
        assertEquals(QuoteKind.STATEMENT, it("It is time for the United States to leave Iraq", Evidence.NONE));
        assertEquals(QuoteKind.STATEMENT, en("Non è più possibile andare avanti", Evidence.NONE));
        assertEquals(QuoteKind.SCARE_QUOTE, it("come un fulmine a ciel sereno", Evidence.NONE), "\"come\" is no verb here");
    }

    @Test
    void longQuotationsAreStatementsEvenWithoutAKnownVerb() {
        assertEquals(QuoteKind.STATEMENT, it("una cooperazione a tutto campo tra i due paesi nella difesa, "
                + "nell'energia e nei trasporti", Evidence.NONE));
    }
}
