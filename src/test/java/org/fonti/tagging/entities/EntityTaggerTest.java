package org.fonti.tagging.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fonti.corpus.Language;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {

    private static EntityTagger tagger;
    private static String formiche;
    private static String cronache;

    @BeforeAll
    static void load() throws IOException {
        tagger = new EntityTagger();
        formiche = Files.readString(Path.of("corpus/000_bcb8d4918311a745.txt"));
        cronache = Files.readString(Path.of("corpus/001_dcc75ec4f32a0260.txt"));
    }

    private static EntityMention find(List<EntityMention> mentions, String surface) {
        return mentions.stream().filter(m -> m.text().equals(surface)).findFirst().orElse(null);
    }

    private static EntityMention assertTagged(List<EntityMention> mentions, String surface, EntityType type) {
        EntityMention m = find(mentions, surface);
        assertNotNull(m, () -> surface + " not tagged; got " + mentions);
        assertEquals(type, m.type(), surface);
        return m;
    }

    private static void assertAllTagged(List<EntityMention> mentions, EntityType type, String... surfaces) {
        for (String surface : surfaces) {
            assertTagged(mentions, surface, type);
        }
    }

    private static Set<String> canonicals(List<EntityMention> mentions, String... surfaces) {
        Set<String> want = Set.of(surfaces);
        return mentions.stream().filter(m -> want.contains(m.text())).map(EntityMention::canonical)
                .collect(Collectors.toSet());
    }

    @Test
    void offsetsAreExactAndInTextOrder() {
        for (String text : List.of(formiche, cronache)) {
            List<EntityMention> mentions = tagger.tag(text, Language.IT);
            int last = -1;
            for (EntityMention m : mentions) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
                assertTrue(m.start() >= last, "mentions out of order at " + m);
                last = m.start();
            }
        }
    }

    @Test
    void erdoganFullNameAtItsOffsets() {
        List<EntityMention> mentions = tagger.tag(cronache, Language.IT);
        EntityMention m = assertTagged(mentions, "Recep Tayyip Erdoğan", EntityType.PER);
        assertEquals(cronache.indexOf("Recep Tayyip Erdoğan"), m.start());
        assertEquals(m.start() + "Recep Tayyip Erdoğan".length(), m.end());
    }

    @Test
    void erdoganVariantsShareOneCanonicalWithinAText() {
        List<EntityMention> mentions = tagger.tag(cronache, Language.IT);
        assertEquals(Set.of("Recep Tayyip Erdoğan"), canonicals(mentions, "Erdogan", "Erdoğan", "Recep Tayyip Erdoğan"));
        String mine = "Il presidente Recep Tayyp Erdogan è arrivato ieri. Erdoğan ha parlato a lungo, poi Erdogan "
                + "è ripartito. Recep Tayyip Erdoğan tornerà a Roma in primavera.";
        List<EntityMention> own = tagger.tag(mine, Language.IT);
        assertEquals(Set.of("Recep Tayyip Erdoğan"),
                canonicals(own, "Recep Tayyp Erdogan", "Erdoğan", "Erdogan", "Recep Tayyip Erdoğan"));
    }

    @Test
    void erdoganVariantsShareOneCanonicalAcrossTheCorpus() {
        List<SurfaceCount> counts = new ArrayList<>();
        for (String text : List.of(formiche, cronache)) {
            for (EntityMention m : tagger.tag(text, Language.IT)) {
                counts.add(new SurfaceCount(m.text(), m.type(), 1));
            }
        }
        List<CanonicalEntity> merged = new EntityCanonicalizer().merge(counts);
        CanonicalEntity erdogan = merged.stream().filter(e -> e.variants().containsKey("Recep Tayyp Erdogan"))
                .findFirst().orElseThrow();
        assertEquals("Recep Tayyip Erdoğan", erdogan.canonical());
        assertTrue(erdogan.variants().keySet().containsAll(
                Set.of("Erdogan", "Erdoğan", "Recep Tayyip Erdoğan", "Recep Tayyp Erdogan")), erdogan.toString());
        CanonicalEntity kazakhstan = merged.stream()
                .filter(e -> e.type() == EntityType.LOC && e.variants().containsKey("Kazakhistan"))
                .findFirst().orElseThrow();
        assertEquals("Kazakhstan", kazakhstan.canonical());
        assertTrue(kazakhstan.variants().containsKey("Kazakistan"));
    }

    @Test
    void peopleOfTheSeedCorpus() {
        List<EntityMention> a = tagger.tag(formiche, Language.IT);
        List<EntityMention> b = tagger.tag(cronache, Language.IT);
        assertTagged(b, "Kassym-Jomart Tokayev", EntityType.PER);
        assertTagged(a, "Ruslan Zhaksylykov", EntityType.PER);
        assertTagged(b, "Temer Kotil", EntityType.PER);
        assertTagged(a, "Recep Tayyp Erdogan", EntityType.PER);
    }

    @Test
    void organisationsOfTheSeedCorpus() {
        List<EntityMention> a = tagger.tag(formiche, Language.IT);
        List<EntityMention> b = tagger.tag(cronache, Language.IT);
        assertTagged(a, "Aselsan", EntityType.ORG);
        assertTagged(a, "Kazakhstan Engineering", EntityType.ORG);
        assertTagged(b, "Kazakhstan Engineering", EntityType.ORG);
        assertTagged(a, "Tai", EntityType.ORG);
        assertAllTagged(b, EntityType.ORG, "TAI", "TUSAS", "Turkish Aerospace Industries");
        assertEquals(Set.of("Turkish Aerospace Industries"),
                canonicals(b, "TAI", "TUSAS", "Turkish Aerospace Industries"));
    }

    @Test
    void taiAndTaiShareACanonical() {
        String mine = "L'azienda turca TAI ha firmato il contratto. Secondo Tai, la produzione partirà a marzo.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        assertTagged(mentions, "TAI", EntityType.ORG);
        assertTagged(mentions, "Tai", EntityType.ORG);
        assertEquals(1, canonicals(mentions, "TAI", "Tai").size());
    }

    @Test
    void placesOfTheSeedCorpus() {
        List<EntityMention> a = tagger.tag(formiche, Language.IT);
        List<EntityMention> b = tagger.tag(cronache, Language.IT);
        for (String place : List.of("Ankara", "Astana", "Mosca", "Uralsk", "Petropavlovsk", "Ucraina", "Kazakistan")) {
            assertTagged(a, place, EntityType.LOC);
        }
        assertTagged(b, "Uzbekistan", EntityType.LOC);
        assertTagged(b, "Kazakhistan", EntityType.LOC);
        assertEquals(Set.of("Kazakhstan"), canonicals(b, "Kazakistan", "Kazakhistan"));
        assertEquals("Kazakhstan", find(a, "Kazakistan").canonical());
    }

    @Test
    void kazakhstanIsAPlaceAloneAndPartOfACompanyName() {
        String mine = "Il governo del Kazakhstan ha incontrato i dirigenti di Kazakhstan Engineering ad Astana. "
                + "Il Kazakistan, ha detto un portavoce, vuole nuovi partner.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        EntityMention place = mentions.stream()
                .filter(m -> m.text().equals("Kazakhstan") && m.type() == EntityType.LOC).findFirst().orElse(null);
        assertNotNull(place, mentions.toString());
        assertTagged(mentions, "Kazakhstan Engineering", EntityType.ORG);
        assertEquals(Set.of("Kazakhstan"), canonicals(mentions, "Kazakhstan", "Kazakistan"));
    }

    @Test
    void italianAndEnglishPlaceNamesShareTheEnglishCanonical() {
        String mine = "Il ministro è volato da Mosca a Londra. A Moscow the talks went on; later in Turchia, "
                + "the Türkiye delegation and Turkey's envoy met.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        assertEquals(Set.of("Moscow"), canonicals(mentions, "Mosca", "Moscow"));
        assertEquals(Set.of("Turkey"), canonicals(mentions, "Turchia", "Türkiye", "Turkey"));
        assertEquals("London", find(mentions, "Londra").canonical());
    }

    @Test
    void contextCuesTypeUnknownNames() {
        String mine = "Ieri la portavoce Marta Quaglini ha incontrato l'amministratore delegato della società "
                + "Brentavetro, Ottavio Zanchetta, e il sindaco di Valdorso, Piera Lunardelli. La riunione si è "
                + "tenuta presso l'Università di Castelrotondo, a Vallescura.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        assertTagged(mentions, "Marta Quaglini", EntityType.PER);
        assertTagged(mentions, "Brentavetro", EntityType.ORG);
        assertTagged(mentions, "Ottavio Zanchetta", EntityType.PER);
        assertTagged(mentions, "Piera Lunardelli", EntityType.PER);
        assertTagged(mentions, "Università di Castelrotondo", EntityType.ORG);
        assertTagged(mentions, "Vallescura", EntityType.LOC);
    }

    @Test
    void sentenceStartsNationalitiesAndCommonWordsAreNotNames() {
        String mine = "Tuttavia il governo italiano non ha risposto. Soprattutto i ministri francesi erano "
                + "contrari. Nel frattempo, a Parigi, il Presidente ha taciuto.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        Set<String> surfaces = mentions.stream().map(EntityMention::text).collect(Collectors.toSet());
        assertFalse(surfaces.contains("Tuttavia"));
        assertFalse(surfaces.contains("Soprattutto"));
        assertFalse(surfaces.contains("Nel"));
        assertFalse(surfaces.contains("Presidente"));
        assertTagged(mentions, "Parigi", EntityType.LOC);
    }

    @Test
    void aNameTaggedOnceIsTaggedEverywhereInTheText() {
        String mine = "La giornalista Carlotta Verbanese ha scritto il libro. Verbanese vive a Torino. "
                + "Secondo Verbanese, il libro uscirà a maggio.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        long count = mentions.stream().filter(m -> m.text().equals("Verbanese") && m.type() == EntityType.PER)
                .count();
        assertEquals(2, count, mentions.toString());
        assertEquals(Set.of("Carlotta Verbanese"), canonicals(mentions, "Verbanese", "Carlotta Verbanese"));
    }

    @Test
    void peopleOfHistoryAndFictionArePersons() {
        String mine = "Nella mostra di Ravenna le lettere di Cicerone stanno accanto a un ritratto di Plinio il Vecchio. "
                + "Al piano di sopra, tra i fumetti, Topolino e Paperino incontrano Sherlock Holmes, mentre una sala "
                + "intera racconta Giuseppe Garibaldi.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        assertAllTagged(mentions, EntityType.PER, "Cicerone", "Plinio il Vecchio", "Topolino", "Paperino",
                "Sherlock Holmes", "Giuseppe Garibaldi");
        // people-more.txt holds Cicero under his Latin name; the Italian spelling is added to that entry.
        assertEquals(Set.of("Marcus Tullius Cicero"), canonicals(mentions, "Cicerone"));
    }

    @Test
    void firstNamesOfTheLongerListMakePersons() {
        // Invented people whose first names are only in first-names-more.txt and whose surnames no list holds.
        String mine = "Al vertice di Lisbona sono intervenuti Oluwaseun Adekanmbi, Gintaras Vaitkunas e Tsvetelina "
                + "Dobrevska. Parimal Sengupthar ha chiuso la giornata con una domanda a Fionnuala Braddigan.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        assertAllTagged(mentions, EntityType.PER, "Oluwaseun Adekanmbi", "Gintaras Vaitkunas",
                "Tsvetelina Dobrevska", "Parimal Sengupthar", "Fionnuala Braddigan");
    }

    @Test
    void englishText() {
        String mine = "Prime Minister Keir Starmer met Ursula von der Leyen in Brussels on Monday. The European "
                + "Commission said the talks with Fincantieri and Leonardo would continue.";
        List<EntityMention> mentions = tagger.tag(mine, Language.EN);
        assertTagged(mentions, "Keir Starmer", EntityType.PER);
        assertTagged(mentions, "Ursula von der Leyen", EntityType.PER);
        assertTagged(mentions, "Brussels", EntityType.LOC);
        assertTagged(mentions, "European Commission", EntityType.ORG);
        assertTagged(mentions, "Fincantieri", EntityType.ORG);
        Set<String> surfaces = mentions.stream().map(EntityMention::text).collect(Collectors.toSet());
        assertFalse(surfaces.contains("Monday"));
        assertFalse(surfaces.contains("The"));
    }

    @Test
    void bodiesWrittenWithOneCapitalAndProvinceCodes() {
        String mine = "Sono intervenuti i Vigili del fuoco di Prato e la Protezione civile. Il pozzo si trova "
                + "tra Montemurlo (PO) e Vaiano (PO). Ha parlato l'Associazione nazionale per la tutela del "
                + "paesaggio. Nel XX secolo il borgo era già abitato.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        assertTagged(mentions, "Vigili del fuoco", EntityType.ORG);
        assertTagged(mentions, "Montemurlo", EntityType.LOC);
        assertTagged(mentions, "PO", EntityType.LOC);
        assertTagged(mentions, "Associazione nazionale per la tutela del paesaggio", EntityType.ORG);
        assertNull(find(mentions, "XX"), mentions.toString());
    }

    @Test
    void countriesThatActAreBodiesAndCapitalisedInstitutionNouns() {
        String mine = "Dopo il voto, il Portogallo chiede nuove regole e la Polizia indaga. "
                + "La sfida si gioca contro l'Uruguay, mentre il governo resta in Portogallo.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        assertEquals(EntityType.ORG, mentions.stream().filter(m -> m.text().equals("Portogallo"))
                .findFirst().orElseThrow().type());
        assertTagged(mentions, "Polizia", EntityType.ORG);
        assertTagged(mentions, "Uruguay", EntityType.ORG);
        assertEquals(EntityType.LOC, mentions.stream().filter(m -> m.text().equals("Portogallo"))
                .reduce((a, b) -> b).orElseThrow().type());
    }

    @Test
    void organisationListsKnowCompaniesClubsAndParties() {
        String mine = "Secondo Mediobanca, Intesa Sanpaolo e UniCredit crescono; la Fiorentina batte l'Udinese "
                + "e il Movimento Cinque Stelle attacca Fratelli d'Italia.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        for (String org : List.of("Intesa Sanpaolo", "UniCredit", "Movimento Cinque Stelle", "Fratelli d'Italia")) {
            assertTagged(mentions, org, EntityType.ORG);
        }
    }

    @Test
    void localBodiesUtilitiesAndWorldGroupsAreOrganisations() {
        String mine = "Dopo lo sciopero proclamato da Uilcom, i tecnici di SMAT e dell'Acquedotto del Fiora hanno "
                + "incontrato ARPA Piemonte, ASST Lariana e la Fondazione Cassa di Risparmio di Cuneo. In piazza "
                + "c'era l'Unione degli Studenti. Intanto la Verkhovna Rada discute, Kuaishou apre un ufficio e "
                + "un ex ufficiale della Sayeret Matkal indaga sulla Cosca Piromalli.";
        List<EntityMention> mentions = tagger.tag(mine, Language.IT);
        for (String org : List.of("Uilcom", "SMAT", "Acquedotto del Fiora", "ARPA Piemonte", "ASST Lariana",
                "Fondazione Cassa di Risparmio di Cuneo", "Unione degli Studenti", "Verkhovna Rada", "Kuaishou",
                "Sayeret Matkal", "Cosca Piromalli")) {
            assertTagged(mentions, org, EntityType.ORG);
        }
    }

    @Test
    void contradeAreOrganisationsOnlyInATextAboutThePalio() {
        String palio = "Al Palio di Siena ha vinto la Torre, davanti a Onda e Chiocciola; il fantino Brio "
                + "correva per il Bruco.";
        List<EntityMention> mentions = tagger.tag(palio, Language.IT);
        for (String contrada : List.of("Torre", "Onda", "Chiocciola", "Bruco")) {
            assertTagged(mentions, contrada, EntityType.ORG);
        }
        List<EntityMention> elsewhere = tagger.tag("I turisti salgono sulla Torre di Pisa.", Language.IT);
        assertTagged(elsewhere, "Torre di Pisa", EntityType.LOC);
        assertNull(find(elsewhere, "Torre"), () -> "no contrada outside the Palio: " + elsewhere);
    }

    @Test
    void seatsOfPowerArePlacesWhereThingsHappenAndBodiesWhenTheyAct() {
        List<EntityMention> at = tagger.tag("Il presidente è salito al Quirinale in mattinata.", Language.IT);
        assertTagged(at, "Quirinale", EntityType.LOC);
        List<EntityMention> acting = tagger.tag("Ieri il Cremlino ha smentito ogni trattativa.", Language.IT);
        assertTagged(acting, "Cremlino", EntityType.ORG);
    }

    @Test
    void platformsAreMediaUnlessTheyAct() {
        List<EntityMention> medium = tagger.tag("Il ministro ha scritto su Twitter che il vertice salta.",
                Language.IT);
        assertNull(find(medium, "Twitter"), () -> "a medium is not an organisation: " + medium);
        List<EntityMention> actor = tagger.tag("Secondo gli analisti, Facebook ha annunciato nuovi tagli.",
                Language.IT);
        assertTagged(actor, "Facebook", EntityType.ORG);
    }

    @Test
    void aCompleteNameThenDiAndAKnownPlaceIsTwoNames() {
        List<EntityMention> mentions = tagger.tag(
                "La lite è nata nell'Istituto Floriani di Monza, mentre l'Università di Bologna tace.",
                Language.IT);
        assertTagged(mentions, "Istituto Floriani", EntityType.ORG);
        assertTagged(mentions, "Monza", EntityType.LOC);
        assertTagged(mentions, "Università di Bologna", EntityType.ORG);
    }

    @Test
    void placesKeepSaintsAndAdjectivesInTheirNames() {
        List<EntityMention> mentions = tagger.tag("I fedeli in Piazza San Pietro pregano per la Polinesia francese "
                + "e per la Gran Bretagna; due feriti a Sant'Agostino.", Language.IT);
        assertAllTagged(mentions, EntityType.LOC, "Piazza San Pietro", "Polinesia francese", "Gran Bretagna",
                "Sant'Agostino");
    }

    @Test
    void theLongListOfPlacesNamesTownsForeignCitiesInItalianAndStates() {
        List<EntityMention> mentions = tagger.tag("Il corteo è partito da Cernusco sul Naviglio, mentre i tifosi "
                + "erano a Magonza e ad Aquisgrana; altri voli per la Sassonia-Anhalt e lo Stato di Washington.",
                Language.IT);
        assertTagged(mentions, "Cernusco sul Naviglio", EntityType.LOC);
        assertEquals("Mainz", assertTagged(mentions, "Magonza", EntityType.LOC).canonical());
        assertEquals("Aachen", assertTagged(mentions, "Aquisgrana", EntityType.LOC).canonical());
        assertTagged(mentions, "Sassonia-Anhalt", EntityType.LOC);
        assertTagged(mentions, "Stato di Washington", EntityType.LOC);
    }

    @Test
    void institutionsKeepTheirNationalityAdjective() {
        List<EntityMention> mentions = tagger.tag("Il voto del Senato statunitense e del Parlamento catalano.",
                Language.IT);
        assertTagged(mentions, "Senato statunitense", EntityType.ORG);
        assertTagged(mentions, "Parlamento catalano", EntityType.ORG);
    }

    @Test
    void surnamesFromTheLongListOfPeopleAreTaggedAlone() {
        String text = "Hamilton ha vinto davanti a Verstappen e Leclerc, mentre Alcaraz ha battuto Tsitsipas "
                + "a Parigi. Intanto Zelensky ha chiamato Mitsotakis e Tajani ha sentito Baerbock.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        for (String surname : List.of("Hamilton", "Verstappen", "Leclerc", "Alcaraz", "Tsitsipas", "Mitsotakis",
                "Baerbock")) {
            assertTagged(mentions, surname, EntityType.PER);
        }
        assertTagged(mentions, "Parigi", EntityType.LOC);
    }

    @Test
    void aSurnameThatIsAlsoAWordIsNotAPersonAlone() {
        // "Allegri" and "Immobile" are on the list only as full names: alone they are an adjective.
        List<EntityMention> mentions = tagger.tag("Immobile, il pubblico resta in silenzio. Allegri, i tifosi "
                + "festeggiano; Massimiliano Allegri sorride.", Language.IT);
        assertNull(find(mentions, "Immobile"), () -> "a word taken for a person: " + mentions);
        assertTagged(mentions, "Massimiliano Allegri", EntityType.PER);
    }

    @Test
    void partsOfAFullNameAloneAreThatPerson() {
        String text = "Il cantautore Lucio Dalla è morto ieri. La carriera di Dalla era iniziata negli anni "
                + "Sessanta, e in tournée con Mia Martini ha girato l'Italia.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        EntityMention later = mentions.stream().filter(m -> m.text().equals("Dalla") && m.start() > 40)
                .findFirst().orElse(null);
        assertNotNull(later, () -> "Dalla alone not tagged: " + mentions);
        assertEquals(EntityType.PER, later.type());
        assertTagged(mentions, "Mia Martini", EntityType.PER);
    }

    @Test
    void headingsThatAreCommonWordsAreNotPersons() {
        String text = "Musica: il concerto è rinviato.\nKöcher: ogni anno torniamo a Vienna.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        assertNull(find(mentions, "Musica"), () -> "a heading is not a person: " + mentions);
        assertTagged(mentions, "Köcher", EntityType.PER);
    }

    @Test
    void competitionsAreNotOrganisationsButTheirPlacesArePlaces() {
        String text = "Il CEO della Formula 1, Chase Carey, ha parlato prima della finale di Champions League; "
                + "la tappa del Giro d'Italia arriva a Siena e il Festival di Sanremo apre stasera.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        assertNull(find(mentions, "Formula 1"), () -> "a championship is not an organisation: " + mentions);
        assertNull(find(mentions, "Champions League"), () -> "a competition is not an organisation: " + mentions);
        assertTagged(mentions, "Chase Carey", EntityType.PER);
        assertTagged(mentions, "Italia", EntityType.LOC);
        assertTagged(mentions, "Sanremo", EntityType.LOC);
        List<EntityMention> festival = tagger.tag("Domenica si è chiuso il Merano WineFestival.", Language.IT);
        assertTagged(festival, "Merano", EntityType.LOC);
    }

    @Test
    void webAddressesAreOrganisationsAndEndNoSentence() {
        String text = "La petizione lanciata da Scambioetico.org è ripresa da repubblica.it e dal sito www.cia.gov ieri.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        for (String site : List.of("Scambioetico.org", "repubblica.it", "www.cia.gov")) {
            assertTagged(mentions, site, EntityType.ORG);
        }
    }

    @Test
    void organisationsOfTheLargerListAreTaggedAndItsLeftOutWordsAreNot() {
        String text = "Chiesi al sindaco se i treni di Trenord e gli autobus del Cotral sarebbero tornati in servizio. "
                + "Alinghi e Luna Rossa si sfideranno a Barcellona, mentre i fisici del Fermilab hanno firmato un "
                + "accordo con i Carabinieri Forestali. Il Southampton FC ha battuto lo Stoke City.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        for (String org : List.of("Trenord", "Cotral", "Alinghi", "Luna Rossa", "Fermilab", "Carabinieri Forestali",
                "Southampton FC", "Stoke City")) {
            assertTagged(mentions, org, EntityType.ORG);
        }
        // "Chiesi" is the verb here (I asked), so the drug maker is listed only as Chiesi Farmaceutici.
        assertNull(find(mentions, "Chiesi"), () -> "Chiesi tagged: " + mentions);
        List<EntityMention> english = tagger.tag("Researchers at the Kiel Institute told Semafor that Ørsted and "
                + "Vestas would cut jobs, while the Teamsters disagreed.", Language.EN);
        for (String org : List.of("Kiel Institute", "Semafor", "Ørsted", "Vestas", "Teamsters")) {
            assertTagged(english, org, EntityType.ORG);
        }
    }

    @Test
    void buildingsAndRoadsKeepTheirLowerCaseNoun() {
        String text = "Il ferito è stato portato all'ospedale Versilia; il castello di Calatubo è chiuso, "
                + "come l'aeroporto di Bologna.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        assertAllTagged(mentions, EntityType.LOC, "ospedale Versilia", "castello di Calatubo", "Bologna");
    }

    @Test
    void aKnownNameWithAConnectorStaysWholeBeforeAPerson() {
        String text = "Ha parlato il presidente degli Stati Uniti d'America George Bush, ricoverato poi "
                + "all'ospedale Brotzu di Cagliari.";
        List<EntityMention> mentions = tagger.tag(text, Language.IT);
        assertTagged(mentions, "Stati Uniti d'America", EntityType.LOC);
        assertTagged(mentions, "George Bush", EntityType.PER);
        assertTagged(mentions, "ospedale Brotzu", EntityType.LOC);
        assertTagged(mentions, "Cagliari", EntityType.LOC);
    }

    @Test
    void aKnownPersonAloneGoesByTheFullNameOfTheList() {
        List<EntityMention> mentions = tagger.tag("Ieri Erdogan ha ricevuto Putin ad Ankara.", Language.IT);
        assertEquals("Recep Tayyip Erdoğan", assertTagged(mentions, "Erdogan", EntityType.PER).canonical());
        assertEquals("Vladimir Putin", assertTagged(mentions, "Putin", EntityType.PER).canonical());
    }

    @Test
    void countriesThatActTogetherAreTheirGovernments() {
        List<EntityMention> mentions = tagger.tag(
                "Dopo il voto, Cina, Russia e India hanno espresso il loro rammarico. Il treno va in India.",
                Language.IT);
        for (EntityMention m : mentions.subList(0, 3)) {
            assertEquals(EntityType.ORG, m.type(), m.text());
        }
        assertEquals(EntityType.LOC, mentions.get(mentions.size() - 1).type());
    }

    @Test
    void taggerIsSafeToShareAcrossThreads() throws Exception {
        List<EntityMention> expected = tagger.tag(cronache, Language.IT);
        Map<Integer, List<EntityMention>> results = new HashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                List<EntityMention> r = null;
                for (int k = 0; k < 20; k++) {
                    r = tagger.tag(cronache, Language.IT);
                }
                synchronized (results) {
                    results.put(id, r);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (List<EntityMention> r : results.values()) {
            assertEquals(expected, r);
        }
    }
}
