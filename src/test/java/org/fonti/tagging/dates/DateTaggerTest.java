package org.fonti.tagging.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fonti.corpus.Language;
import org.fonti.tagging.DateMention;
import org.junit.jupiter.api.Test;

class DateTaggerTest {
    private static final DateTagger TAGGER = new DateTagger();

    private static List<DateMention> it(String text, String reference) {
        List<DateMention> mentions = TAGGER.tag(text, Language.IT, reference);
        for (DateMention m : mentions) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "offsets must match the text");
        }
        return mentions;
    }

    private static List<DateMention> en(String text, String reference) {
        return TAGGER.tag(text, Language.EN, reference);
    }

    private static List<String> values(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::value).toList();
    }

    private static List<String> texts(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::text).toList();
    }

    // ---------------------------------------------------------------- sentences from the seed corpus

    @Test
    void lastTenthOfMayResolvesToThePastOfTheReference() {
        List<DateMention> m = it("Il decreto è stato firmato lo scorso 10 maggio dal ministro.", "2022-05-31");
        assertEquals(List.of("lo scorso 10 maggio"), texts(m));
        assertEquals(List.of("2022-05-10"), values(m));
    }

    @Test
    void twoYearsLaterCountsFromThePreviousDateInTheText() {
        List<DateMention> m = it("Nel 2011, la società aprì il primo negozio. Due anni dopo, i negozi erano venti.",
                "2023-12");
        assertEquals(List.of("2011", "Due anni dopo"), texts(m));
        assertEquals(List.of("2011", "2013"), values(m));
    }

    @Test
    void julyOfThisYearWithTypographicApostrophe() {
        List<DateMention> m = it("I dati del luglio di quest’anno mostrano un calo.", "2023-12");
        assertEquals(List.of("luglio di quest’anno"), texts(m));
        assertEquals(List.of("2023-07"), values(m));
    }

    @Test
    void yearAfterNel() {
        assertEquals(List.of("1993"), values(it("La legge fu approvata nel 1993 dal Parlamento.", null)));
    }

    @Test
    void monthOfAnExplicitYear() {
        List<DateMention> m = it("Nel maggio del 2022 il tribunale si è pronunciato.", "2023-12");
        assertEquals(List.of("maggio del 2022"), texts(m));
        assertEquals(List.of("2022-05"), values(m));
    }

    @Test
    void byTheYear() {
        assertEquals(List.of("2024"), values(it("I lavori saranno completati entro il 2024.", "2022-05-31")));
    }

    @Test
    void beginningOfAYearKeepsTheYear() {
        List<DateMention> m = it("All’inizio del 2022 il prezzo era salito.", "2023-12");
        assertEquals(List.of("2022"), values(m));
        assertTrue(m.get(0).text().contains("2022"));
    }

    @Test
    void monthNamesAloneTakeTheReferenceYear() {
        assertEquals(List.of("2023-08", "2023-11"),
                values(it("In agosto le vendite sono cresciute, mentre a novembre sono calate.", "2023-12")));
    }

    @Test
    void englishExplicitAndRelativeDates() {
        assertEquals(List.of("2022-05-10"), values(en("The report was published on May 10, 2022.", null)));
        assertEquals(List.of("2022-05-10"), values(en("It was signed on 10 May 2022 in Rome.", null)));
        assertEquals(List.of("2022-05"), values(en("Prices fell last May.", "2022-11-03")));
        assertEquals(List.of("2023"), values(en("Elections are due next year.", "2022-11-03")));
        assertEquals(List.of("2015", "2017"), values(en("The firm was founded in 2015. Two years later it was sold.",
                "2022-11-03")));
        assertEquals(List.of("2022-11-02", "2022"), values(en("Yesterday the minister said this year was hard.",
                "2022-11-03")));
    }

    // ---------------------------------------------------------------- explicit forms

    @Test
    void explicitItalianForms() {
        assertEquals(List.of("2022-05-10"), values(it("Il 10 maggio 2022 si è votato.", null)));
        assertEquals(List.of("2022-05-10"), values(it("Scadenza: 10/05/2022.", null)));
        assertEquals(List.of("2022-05-10"), values(it("Data 10.05.2022 in calce.", null)));
        assertEquals(List.of("2022-05-10"), values(it("Pubblicato il 2022-05-10.", null)));
        assertEquals(List.of("2022-05"), values(it("Era maggio 2022 quando tutto cambiò.", null)));
        assertEquals(List.of("2022"), values(it("Il 2022 è stato un anno difficile.", null)));
        assertEquals(List.of("1993"), values(it("Lo conobbi nel '93 a Torino.", "2022-05-31")));
        assertEquals(List.of("1993"), values(it("Lo conobbi nel ’93 a Torino.", "2022-05-31")));
        assertEquals(List.of("2022-05-01"), values(it("Il 1° maggio si festeggia il lavoro.", "2022-03")));
        assertEquals(List.of("2022-05-10"), values(it("Il 10 maggio ci sarà l'assemblea.", "2022-03")));
    }

    @Test
    void withoutReferenceTheYearStaysUnknown() {
        assertEquals(List.of("XXXX-05-10"), values(it("Il 10 maggio ci sarà l'assemblea.", null)));
        assertEquals(List.of("XXXX-XX-XX"), values(it("Ieri il sindaco ha parlato.", null)));
        assertEquals(List.of("XXXX"), values(it("L'anno scorso il bilancio era in rosso.", null)));
    }

    // ---------------------------------------------------------------- relative and anaphoric

    @Test
    void relativeToTheReference() {
        String ref = "2022-05-31";
        assertEquals(List.of("2022-05-30"), values(it("Ieri è piovuto.", ref)));
        assertEquals(List.of("2022-05-31"), values(it("Oggi splende il sole.", ref)));
        assertEquals(List.of("2022-06-01"), values(it("Domani si vota.", ref)));
        assertEquals(List.of("2022-05-29"), values(it("L'altro ieri c'era il sole.", ref)));
        assertEquals(List.of("2022-05-29"), values(it("L’altro ieri c’era il sole.", ref)));
        assertEquals(List.of("2022-04"), values(it("Il mese scorso i prezzi sono saliti.", ref)));
        assertEquals(List.of("2022-04"), values(it("Lo scorso mese i prezzi sono saliti.", ref)));
        assertEquals(List.of("2022"), values(it("Quest'anno il raccolto è scarso.", ref)));
        assertEquals(List.of("2021"), values(it("L'anno scorso il raccolto era abbondante.", ref)));
        assertEquals(List.of("2023"), values(it("L'anno prossimo si cambia.", ref)));
        assertEquals(List.of("2022-W21"), values(it("La settimana scorsa c'è stato uno sciopero.", ref)));
    }

    @Test
    void anaphoricExpressions() {
        assertEquals(List.of("2011-03-04", "2011-03-05"),
                values(it("Il 4 marzo 2011 scoppiò la rivolta. Il giorno dopo la polizia intervenne.", "2023-12")));
        assertEquals(List.of("2008", "2009"),
                values(it("Nel 2008 fu eletto; l'anno successivo si dimise.", "2023-12")));
        assertEquals(List.of("2008", "XXXX-XX-XX"),
                values(it("Nel 2008 fu eletto; il giorno dopo parlò.", "2023-12")));
    }

    @Test
    void sameYearAndElidedTens() {
        assertEquals(List.of("2008", "2008", "2008-09"),
                values(it("Nel 2008 fondò il partito; nello stesso anno vinse e nel settembre dello stesso anno perse.",
                        "2023-12")));
        assertEquals(List.of("1972-05-31"), values(it("Cinquant’anni fa fu firmato il trattato.", "2022-05-31")));
    }

    @Test
    void listsAndSpans() {
        assertEquals(List.of("2022-09-24", "2022-09-25"), values(it("Si vota il 24 e 25 settembre 2022.", null)));
        assertEquals(List.of("2022-06-03", "2022-06-05"), values(it("La fiera va dal 3 al 5 giugno.", "2022-05-31")));
        assertEquals(List.of("2000", "2007", "2010"), values(it("Ha vinto nel 2000, 2007 e 2010.", null)));
        assertEquals(List.of("2005", "2006"), values(it("Imbattuto nei campionati 2005/2006.", null)));
        assertEquals(List.of("1919", "2006"), values(it("Il monaco Matta El Meskin (1919-2006) fondò", null)));
    }

    @Test
    void partsOfPeriods() {
        String ref = "2023-12";
        assertEquals(List.of("XXXX-05"), values(it("Il cantiere chiuderà a fine maggio.", null)));
        assertEquals(List.of("2023-05"), values(it("Il cantiere ha chiuso a fine maggio.", ref)));
        assertEquals(List.of("2023"), values(it("Nella prima metà del 2023 le vendite sono salite.", ref)));
        assertEquals(List.of("199X"), values(it("A metà degli anni '90 tutto cambiò.", ref)));
        assertEquals(List.of("198X"), values(it("Negli anni Ottanta era famoso.", ref)));
    }

    @Test
    void weekdays() {
        String monday = "2016-11-07";
        assertEquals(List.of("2016-11-06"), values(it("Sono tornato domenica scorsa.", monday)));
        assertEquals(List.of("2016-11-20"), values(it("Tornerò domenica prossima.", monday)));
        assertEquals(List.of("2016-11-04"), values(it("La squadra ha perso venerdì.", monday)));
        assertEquals(List.of("2016-11-11"), values(it("Venerdì si terrà l'incontro.", monday)));
    }

    // ---------------------------------------------------------------- what is not a date

    @Test
    void numbersThatAreNotDates() {
        assertEquals(List.of(), it("Il progetto costa 10 miliardi di euro.", "2022-05-31"));
        assertEquals(List.of(), it("Ha fatto una rotazione di 360 gradi.", "2022-05-31"));
        assertEquals(List.of(), it("Hanno partecipato 2024 persone.", "2022-05-31"));
        assertEquals(List.of(), it("La partita è finita 3-1 per la Roma.", "2022-05-31"));
        assertEquals(List.of(), it("Appuntamento alle 10.30 in piazza.", "2022-05-31"));
        assertEquals(List.of(), it("Ha vinto la gara dei 1500 davanti a tutti.", "2022-05-31"));
        assertEquals(List.of(), it("È tornato nella sua città natale.", "2022-05-31"));
        assertEquals(List.of(), it("Abita in via XX Settembre.", "2022-05-31"));
    }

    @Test
    void offsetsAreExactAndInTextOrder() {
        String text = "Dal 3 marzo 2020 al 15 aprile 2021, e poi ieri.";
        List<DateMention> m = it(text, "2022-05-31");
        assertEquals(List.of("3 marzo 2020", "15 aprile 2021", "ieri"), texts(m));
        assertEquals(List.of("2020-03-03", "2021-04-15", "2022-05-30"), values(m));
    }

    @Test
    void taggerIsThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int k = 0; k < 40; k++) {
                results.add(pool.submit(() -> values(it("Nel 2011 aprì. Due anni dopo chiuse, il 10 maggio.", "2022-05-31"))));
            }
            for (Future<List<String>> f : results) {
                assertEquals(List.of("2011", "2013", "2022-05-10"), f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
