package org.fonti.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fonti.corpus.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void detectsItalianArticle() {
        String text = """
                Il ministro degli Esteri ha incontrato ieri a Roma il suo omologo turco. Nel corso del colloquio \
                i due hanno firmato una dichiarazione congiunta sulla cooperazione economica e sulla sicurezza \
                regionale, che secondo fonti diplomatiche dovrebbe aprire la strada a un partenariato strategico.""";
        assertEquals(Language.IT, DETECTOR.detect(text));
    }

    @Test
    void detectsEnglishArticle() {
        String text = """
                The foreign minister met his Turkish counterpart in Rome yesterday. During the talks the two men \
                signed a joint declaration on economic cooperation and regional security, which diplomatic \
                sources said could pave the way for a strategic partnership.""";
        assertEquals(Language.EN, DETECTOR.detect(text));
    }

    @Test
    void namesDoNotOutweighFewFunctionWords() {
        String italian = "Erdogan, Tokayev, Mirziyoyev, Aliyev, Putin, Xi Jinping, Macron e Meloni ad Astana con "
                + "Baykar, Roketsan, Aselsan, TUSAS, Kazakhstan Engineering e Leonardo.";
        String english = "Erdogan, Tokayev, Mirziyoyev, Aliyev, Putin, Xi Jinping, Macron and Meloni in Astana with "
                + "Baykar, Roketsan, Aselsan, TUSAS, Kazakhstan Engineering and Leonardo.";
        assertEquals(Language.IT, DETECTOR.detect(italian));
        assertEquals(Language.EN, DETECTOR.detect(english));
    }

    @Test
    void longTextIsDecidedQuickly() {
        String paragraph = "La commissione ha approvato all'unanimità la relazione finale sulle infrastrutture. ";
        String text = paragraph.repeat(20_000);
        long start = System.nanoTime();
        assertEquals(Language.IT, DETECTOR.detect(text));
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void shortEnglishQueries() {
        assertQuery("Anka drones Kazakhstan", Language.EN);
        assertQuery("joint declaration", Language.EN);
        assertQuery("Erdogan visit Ankara", Language.EN);
        assertQuery("the minister said", Language.EN);
    }

    @Test
    void shortItalianQueries() {
        assertQuery("dichiarazione congiunta", Language.IT);
        assertQuery("droni turchi", Language.IT);
        assertQuery("partenariato strategico", Language.IT);
        assertQuery("visita di Erdogan", Language.IT);
    }

    @Test
    void bareNameIsAmbiguous() {
        QueryLanguage result = DETECTOR.detectQuery("Erdogan");
        assertTrue(result.ambiguous());
        assertEquals(0.5, result.confidence(), 1e-9);
        assertEquals(Language.EN, DETECTOR.detectQuery("Erdogan", Language.EN).language());
    }

    @Test
    void accentsAndElisionsAreItalianCues() {
        assertQuery("l'attività dell'ONU", Language.IT);
        assertQuery("it's unclear", Language.EN);
    }

    private static void assertQuery(String query, Language expected) {
        QueryLanguage result = DETECTOR.detectQuery(query);
        assertEquals(expected, result.language(), query);
        assertFalse(result.ambiguous(), query + " should not be ambiguous: " + result);
        assertTrue(result.confidence() > 0.75, query + ": " + result);
    }
}
