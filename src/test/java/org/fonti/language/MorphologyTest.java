package org.fonti.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fonti.corpus.Language;
import org.fonti.language.LexiconEntry.PartOfSpeech;
import org.junit.jupiter.api.Test;

class MorphologyTest {

    private static final ItalianMorphology ITALIAN = new ItalianMorphology();
    private static final EnglishMorphology ENGLISH = new EnglishMorphology();

    @Test
    void italianNounPlurals() {
        assertEquals(List.of("droni"), ITALIAN.nounPlurals("drone"));
        assertEquals(List.of("banche"), ITALIAN.nounPlurals("banca"));
        assertEquals(List.of("politici"), ITALIAN.nounPlurals("politico"));
        assertEquals(List.of("parchi"), ITALIAN.nounPlurals("parco"));
        assertEquals(List.of("province"), ITALIAN.nounPlurals("provincia"));
        assertEquals(List.of("camicie"), ITALIAN.nounPlurals("camicia"));
        assertEquals(List.of("città"), ITALIAN.nounPlurals("città"));
        assertEquals(List.of("problemi"), ITALIAN.nounPlurals("problema"));
        assertEquals(List.of("uomini"), ITALIAN.nounPlurals("uomo"));
    }

    @Test
    void italianAdjectivesAgreeAndMakeAdverbs() {
        assertEquals(List.of("turco", "turca", "turchi", "turche"), ITALIAN.adjectiveForms("turco"));
        assertEquals(List.of("strategico", "strategica", "strategici", "strategiche"),
                ITALIAN.adjectiveForms("strategico"));
        assertEquals("generalmente", ItalianMorphology.adverb("generale"));
        assertEquals("rapidamente", ItalianMorphology.adverb("rapido"));
    }

    @Test
    void italianPhrasePluralAgreesUntilAPreposition() {
        Map<Slot, List<String>> forms = ITALIAN.inflect("dichiarazione congiunta", PartOfSpeech.NOUN);
        assertEquals(List.of("dichiarazioni congiunte"), forms.get(Slot.PLURAL));
        forms = ITALIAN.inflect("velivolo senza pilota", PartOfSpeech.NOUN);
        assertEquals(List.of("velivoli senza pilota"), forms.get(Slot.PLURAL));
    }

    @Test
    void italianRegularConjugation() {
        Map<Slot, List<String>> firmare = ITALIAN.conjugate("firmare");
        assertTrue(firmare.get(Slot.PRESENT).containsAll(List.of("firmano", "firmo", "firmiamo")));
        assertEquals(List.of("firma"), firmare.get(Slot.PRESENT_THIRD));
        assertTrue(firmare.get(Slot.PARTICIPLE).containsAll(List.of("firmato", "firmata", "firmati", "firmate")));
        assertTrue(firmare.get(Slot.PAST).containsAll(List.of("firmò", "firmava", "firmarono", "firmasse")));
        assertTrue(firmare.get(Slot.FUTURE).containsAll(List.of("firmerà", "firmerebbe")));
        Map<Slot, List<String>> cercare = ITALIAN.conjugate("cercare");
        assertTrue(cercare.get(Slot.PRESENT).contains("cerchiamo"));
        assertTrue(cercare.get(Slot.FUTURE).contains("cercherà"));
        Map<Slot, List<String>> capire = ITALIAN.conjugate("capire");
        assertEquals(List.of("capisce"), capire.get(Slot.PRESENT_THIRD));
        assertEquals(List.of("vince"), ITALIAN.conjugate("vincere").get(Slot.PRESENT_THIRD));
    }

    @Test
    void italianIrregularVerbsAndCompounds() {
        Map<Slot, List<String>> dire = ITALIAN.conjugate("dire");
        assertTrue(dire.get(Slot.PARTICIPLE).contains("detto"));
        assertTrue(dire.get(Slot.PAST).containsAll(List.of("disse", "dissero", "diceva")));
        assertEquals(List.of("promesso", "promessa", "promessi", "promesse"),
                ITALIAN.conjugate("promettere").get(Slot.PARTICIPLE));
        assertTrue(ITALIAN.conjugate("produrre").get(Slot.PAST).contains("produsse"));
        assertTrue(ITALIAN.conjugate("dimettersi").get(Slot.PARTICIPLE).contains("dimesso"));
    }

    @Test
    void italianEncliticsAreUndone() {
        assertTrue(ITALIAN.variants("farlo").contains("fare"));
        assertTrue(ITALIAN.variants("dirglielo").contains("dire"));
        assertTrue(ITALIAN.variants("portami").contains("porta"));
    }

    @Test
    void englishForms() {
        assertEquals(List.of("drones"), ENGLISH.plurals("drone"));
        assertEquals(List.of("policies"), ENGLISH.plurals("policy"));
        assertEquals(List.of("crises"), ENGLISH.plurals("crisis"));
        Map<Slot, List<String>> sign = ENGLISH.inflect("sign", PartOfSpeech.VERB);
        assertEquals(List.of("signed"), sign.get(Slot.PAST));
        assertEquals(List.of("signing"), sign.get(Slot.GERUND));
        assertEquals(List.of("stopped"), ENGLISH.inflect("stop", PartOfSpeech.VERB).get(Slot.PAST));
        assertEquals(List.of("visited"), ENGLISH.inflect("visit", PartOfSpeech.VERB).get(Slot.PAST));
        assertEquals(List.of("said"), ENGLISH.inflect("say", PartOfSpeech.VERB).get(Slot.PAST));
        assertEquals(List.of("took part"), ENGLISH.inflect("take part", PartOfSpeech.VERB).get(Slot.PAST));
        assertEquals(List.of("larger", "largest"),
                ENGLISH.inflect("large", PartOfSpeech.ADJECTIVE).get(Slot.COMPARATIVE));
        assertEquals(List.of("simply"), ENGLISH.inflect("simple", PartOfSpeech.ADJECTIVE).get(Slot.ADVERB));
    }

    @Test
    void cognatesFollowRegularCorrespondences() {
        assertEquals(List.of("formazione"), CognateGuesser.guess("formation", Language.EN));
        assertEquals(List.of("complessità"), CognateGuesser.guess("complexity", Language.EN));
        assertEquals(List.of("filosofia"), CognateGuesser.guess("philosophy", Language.EN));
        assertTrue(CognateGuesser.guess("diversita", Language.IT).contains("diversity"));
        assertTrue(CognateGuesser.guess("short", Language.EN).isEmpty());
    }
}
