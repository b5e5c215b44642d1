package org.fonti.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.fonti.corpus.Language;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {

    private static final QueryTranslator TRANSLATOR = new QueryTranslator();

    @Test
    void pluralNounAndCountryName() {
        List<TermTranslation> result = TRANSLATOR.translate(List.of("Anka", "drones", "Kazakhstan"), Language.EN,
                Language.IT);
        assertEquals(2, result.size(), result.toString()); // "Anka" is a name: no translation
        TermTranslation drones = term(result, "drones");
        assertEquals(1, drones.firstToken());
        assertEquals("droni", drones.targets().get(0).term());
        assertTrue(targets(drones).contains("drone"));
        assertTrue(targets(term(result, "Kazakhstan")).contains("Kazakistan"));
    }

    @Test
    void multiWordTermIsOnePhrase() {
        List<TermTranslation> result = TRANSLATOR.translate("joint declaration", Language.EN, Language.IT);
        assertEquals(1, result.size());
        TermTranslation phrase = result.get(0);
        assertEquals(0, phrase.firstToken());
        assertEquals(1, phrase.lastToken());
        assertTrue(phrase.isPhrase());
        assertEquals("dichiarazione congiunta", phrase.targets().get(0).term());
        assertTrue(phrase.targets().get(0).isPhrase());
    }

    @Test
    void phraseAndCountry() {
        List<TermTranslation> result = TRANSLATOR.translate("strategic partnership Turkey", Language.EN, Language.IT);
        assertEquals(List.of("strategic partnership", "Turkey"), result.stream().map(TermTranslation::source).toList());
        assertTrue(targets(result.get(0)).contains("partenariato strategico"));
        assertTrue(targets(result.get(1)).contains("Turchia"));
    }

    @Test
    void verbGetsNounAndVerbSenses() {
        List<TermTranslation> result = TRANSLATOR.translate("Erdogan visit Ankara", Language.EN, Language.IT);
        TermTranslation visit = term(result, "visit");
        assertTrue(targets(visit).containsAll(List.of("visita", "visitare")), visit.toString());
    }

    @Test
    void italianPhraseToEnglish() {
        List<TermTranslation> result = TRANSLATOR.translate("dichiarazione congiunta", Language.IT, Language.EN);
        assertEquals(1, result.size());
        assertTrue(targets(result.get(0)).contains("joint declaration"));
    }

    @Test
    void longestPhraseWins() {
        List<TermTranslation> result = TRANSLATOR.translate("partenariato strategico rafforzato", Language.IT,
                Language.EN);
        assertEquals(1, result.size(), result.toString());
        assertEquals(2, result.get(0).lastToken());
        assertTrue(targets(result.get(0)).stream()
                .anyMatch(t -> t.equals("enhanced strategic partnership")
                        || t.equals("strengthened strategic partnership")));
    }

    @Test
    void inflectedPhraseStillMatches() {
        List<TermTranslation> result = TRANSLATOR.translate("dichiarazioni congiunte", Language.IT, Language.EN);
        assertEquals(1, result.size());
        assertTrue(targets(result.get(0)).contains("joint declarations"));
    }

    @Test
    void pastTenseMapsToParticipleAndPastForms() {
        TermTranslation signed = TRANSLATOR.translate("signed", Language.EN, Language.IT).get(0);
        assertTrue(targets(signed).containsAll(List.of("firmato", "firmò")), signed.toString());
        TermTranslation said = TRANSLATOR.translate("said", Language.EN, Language.IT).get(0);
        assertTrue(targets(said).containsAll(List.of("detto", "disse")), said.toString());
        TermTranslation firmano = TRANSLATOR.translate("firmano", Language.IT, Language.EN).get(0);
        assertTrue(targets(firmano).contains("sign"), firmano.toString());
    }

    @Test
    void caseAndAccentsAreIgnored() {
        TermTranslation upper = TRANSLATOR.translate("DRONI", Language.IT, Language.EN).get(0);
        assertTrue(targets(upper).contains("drones"));
        TermTranslation noAccent = TRANSLATOR.translate("citta", Language.IT, Language.EN).get(0);
        assertTrue(targets(noAccent).contains("city"));
    }

    @Test
    void italianElisionIsStripped() {
        TermTranslation accord = TRANSLATOR.translate("dell'accordo", Language.IT, Language.EN).get(0);
        assertTrue(targets(accord).contains("agreement"));
    }

    @Test
    void citiesWithDifferentNames() {
        assertTrue(targets(TRANSLATOR.translate("Mosca", Language.IT, Language.EN).get(0)).contains("Moscow"));
        assertTrue(targets(TRANSLATOR.translate("Munich", Language.EN, Language.IT).get(0))
                .contains("Monaco di Baviera"));
    }

    @Test
    void nationalityAdjectivesInflect() {
        assertTrue(targets(TRANSLATOR.translate("turchi", Language.IT, Language.EN).get(0)).contains("Turkish"));
        assertTrue(targets(TRANSLATOR.translate("Turkish", Language.EN, Language.IT).get(0))
                .containsAll(List.of("turco", "turca", "turchi", "turche")));
    }

    @Test
    void namesNumbersAndFunctionWordsAreNotTranslated() {
        assertTrue(TRANSLATOR.translate("the Erdogan of 2024", Language.EN, Language.IT).isEmpty());
        assertTrue(TRANSLATOR.translate("il 2024 di Erdogan", Language.IT, Language.EN).isEmpty());
    }

    @Test
    void weightsAreOrdered() {
        for (TermTranslation t : TRANSLATOR.translate("signed strategic agreements", Language.EN, Language.IT)) {
            List<WeightedTerm> targets = t.targets();
            for (int i = 1; i < targets.size(); i++) {
                assertTrue(targets.get(i - 1).weight() >= targets.get(i).weight(), t.toString());
            }
            assertTrue(targets.stream().allMatch(w -> w.weight() > 0 && w.weight() <= 1));
        }
    }

    @Test
    void capitalisedWordsAfterTheFirstAreNames() {
        assertTrue(TRANSLATOR.translate("migranti Meloni", Language.IT, Language.EN).stream()
                .noneMatch(t -> t.source().equals("Meloni")));
        assertTrue(TRANSLATOR.translate("Giorgia Meloni", Language.IT, Language.EN).isEmpty());
        // ... unless the lexicon writes them capitalised too
        assertTrue(targets(term(TRANSLATOR.translate("summit in Moscow", Language.EN, Language.IT), "Moscow"))
                .contains("Mosca"));
    }

    @Test
    void capitalisedFirstWordIsTranslatedAtLowerWeightWhenInflected() {
        TermTranslation meloni = term(TRANSLATOR.translate("Meloni migranti", Language.IT, Language.EN), "Meloni");
        assertTrue(meloni.targets().get(0).weight() <= 0.5, meloni.toString());
        TermTranslation droni = term(TRANSLATOR.translate("Droni turchi", Language.IT, Language.EN), "Droni");
        assertTrue(targets(droni).contains("drones"));
    }

    @Test
    void acronymsAreTranslated() {
        assertTrue(targets(TRANSLATOR.translate("BCE", Language.IT, Language.EN).get(0)).contains("ECB"));
        assertTrue(targets(TRANSLATOR.translate("US sanctions", Language.EN, Language.IT).get(0))
                .contains("Stati Uniti"));
    }

    @Test
    void unknownLearnedWordsGetALowWeightCognate() {
        TermTranslation guess = TRANSLATOR.translate("stratification", Language.EN, Language.IT).get(0);
        assertEquals("stratificazione", guess.targets().get(0).term());
        assertTrue(guess.targets().get(0).weight() < 0.5);
    }

    private static TermTranslation term(List<TermTranslation> result, String source) {
        Optional<TermTranslation> found = result.stream().filter(t -> t.source().equals(source)).findFirst();
        return found.orElseThrow(() -> new AssertionError(source + " not translated in " + result));
    }

    private static List<String> targets(TermTranslation t) {
        return t.targets().stream().map(WeightedTerm::term).toList();
    }
}
