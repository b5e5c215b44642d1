package org.fonti.tagging.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.fonti.corpus.Language;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.Quotation;
import org.fonti.tagging.SentenceSplitter;
import org.junit.jupiter.api.Test;

class QuoteTaggerTest {

    /** CPU time of the test thread: a loaded, shared machine slows wall time, not the work done. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final QuoteTagger TAGGER = new QuoteTagger();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** Hand-made entity list: every occurrence of each surface form, as an entity tagger would give. */
    private static final class Entities {
        private final String text;
        private final List<EntityMention> mentions = new ArrayList<>();

        Entities(String text) {
            this.text = text;
        }

        Entities add(String surface, EntityType type, String canonical) {
            int at = text.indexOf(surface);
            assertTrue(at >= 0, "not in text: " + surface);
            while (at >= 0) {
                mentions.add(new EntityMention(surface, at, at + surface.length(), type, canonical));
                at = text.indexOf(surface, at + surface.length());
            }
            return this;
        }

        List<EntityMention> list() {
            return mentions;
        }
    }

    private static List<Quotation> tag(String text, List<EntityMention> entities, Language lang) {
        List<Quotation> quotations = TAGGER.tag(text, SPLITTER.split(text), entities, lang);
        for (Quotation q : quotations) {
            assertEquals(text.substring(q.start(), q.end()), q.text(), "text must be the source range");
        }
        return quotations;
    }

    private static List<QuoteCandidate> candidates(String text, List<EntityMention> entities) {
        return TAGGER.candidates(text, SPLITTER.split(text), entities, Language.IT);
    }

    private static QuoteCandidate candidate(List<QuoteCandidate> candidates, String quoted) {
        return candidates.stream().filter(c -> c.text().equals(quoted)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + quoted + " in " + candidates));
    }

    private static Quotation only(List<Quotation> quotations) {
        assertEquals(1, quotations.size(), quotations.toString());
        return quotations.get(0);
    }

    // --- seed corpus --------------------------------------------------------------------------------------

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("corpus", name));
    }

    @Test
    void seedArticle001() throws IOException {
        String text = seed("001_dcc75ec4f32a0260.txt");
        List<EntityMention> entities = new Entities(text)
                .add("Kassym-Jomart Tokayev", EntityType.PER, "Kassym-Jomart Tokayev")
                .add("Recep Tayyip Erdoğan", EntityType.PER, "Recep Tayyip Erdoğan")
                .add("Presedente Erdoğan", EntityType.PER, "Recep Tayyip Erdoğan")
                .add("Tokayev in", EntityType.PER, "Kassym-Jomart Tokayev")
                .add("Erdogan", EntityType.PER, "Recep Tayyip Erdoğan")
                .add("Ankara", EntityType.LOC, "Ankara")
                .add("Turchia", EntityType.LOC, "Turchia")
                .add("Kazakistan", EntityType.LOC, "Kazakistan")
                .add("Turkish Aerospace Industries", EntityType.ORG, "Turkish Aerospace Industries")
                .add("Kazakhstan Engineering", EntityType.ORG, "Kazakhstan Engineering")
                .add("Temer Kotil", EntityType.PER, "Temer Kotil")
                .list();
        List<QuoteCandidate> all = TAGGER.candidates(text, SPLITTER.split(text), entities, Language.IT);

        QuoteCandidate declaration = candidate(all, "Le relazioni tra Turchia e Kazakistan saranno portate al "
                + "livello di un partenariato strategico rafforzato");
        assertEquals(QuoteKind.STATEMENT, declaration.kind());
        assertEquals("si legge in una dichiarazione congiunta", declaration.cue());
        assertEquals("Kassym-Jomart Tokayev", declaration.speaker(), "first signer named after the document cue");

        QuoteCandidate erdogan = candidate(all, "passi eccellenti che rafforzeranno ulteriormente i rapporti con lo "
                + "Stato dell'Asia centrale");
        assertEquals(QuoteKind.STATEMENT, erdogan.kind());
        assertEquals("Recep Tayyip Erdoğan", erdogan.speaker());
        assertEquals("ha definito", erdogan.cue());
        assertEquals('"', text.charAt(erdogan.openMark()));
        assertEquals('”', text.charAt(erdogan.closeMark()));

        assertEquals(QuoteKind.SCARE_QUOTE, candidate(all, "multidimensionale").kind());
        assertEquals(QuoteKind.SCARE_QUOTE, candidate(all, "business-first").kind());
        assertEquals(QuoteKind.SCARE_QUOTE, candidate(all, "partenariato strategico rafforzato").kind());
        assertEquals(QuoteKind.NAME, candidate(all, "Turkish Aerospace Industries").kind());
        assertEquals(QuoteKind.NAME, candidate(all, "Kazakhstan Engineering").kind());
        assertEquals(8 - 1, all.size(), "every quoted span of the article is a candidate: " + all);

        List<Quotation> statements = tag(text, entities, Language.IT);
        assertEquals(List.of(declaration.toQuotation(), erdogan.toQuotation()), statements);
    }

    @Test
    void seedArticle000HasNoStatements() throws IOException {
        String text = seed("000_bcb8d4918311a745.txt");
        List<EntityMention> entities = new Entities(text)
                .add("Recep Tayyp Erdogan", EntityType.PER, "Recep Tayyip Erdoğan")
                .add("Ruslan Zhaksylykov", EntityType.PER, "Ruslan Zhaksylykov")
                .add("Kazakhstan Engineering", EntityType.ORG, "Kazakhstan Engineering")
                .list();
        List<QuoteCandidate> all = candidates(text, entities);
        assertEquals(1, all.size());
        assertEquals(QuoteKind.NAME, candidate(all, "Stati Uniti del mondo turco").kind());
        assertEquals(List.of(), tag(text, entities, Language.IT));
    }

    // --- English ------------------------------------------------------------------------------------------

    @Test
    void englishQuoteThenRoleSaid() {
        String text = "\"We will sign the deal next week,\" the minister said.";
        Quotation q = only(tag(text, List.of(), Language.EN));
        assertEquals("We will sign the deal next week,", q.text());
        assertEquals("said", q.cue());
        assertNull(q.speaker(), "no person is named: the text does not say who");
    }

    @Test
    void englishRoleResolvesToThePersonIntroducedWithIt() {
        String text = "Trade Minister John Doe arrived in Rome on Monday. "
                + "\"We will sign the deal next week,\" the minister said.";
        List<EntityMention> entities = new Entities(text).add("John Doe", EntityType.PER, "John Doe").list();
        Quotation q = only(tag(text, entities, Language.EN));
        assertEquals("John Doe", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void englishAccordingTo() {
        String text = "According to Smith, \"the plan is dead.\"";
        List<EntityMention> entities = new Entities(text).add("Smith", EntityType.PER, "John Smith").list();
        Quotation q = only(tag(text, entities, Language.EN));
        assertEquals("the plan is dead.", q.text());
        assertEquals("John Smith", q.speaker());
        assertEquals("According to", q.cue());
    }

    @Test
    void englishSaidBeforeAndAfterTheName() {
        String text = "\"The talks were useful,\" said Mary Jones. \"We are not done yet,\" Jones told Reuters.";
        List<EntityMention> entities = new ArrayList<>(new Entities(text)
                .add("Mary Jones", EntityType.PER, "Mary Jones")
                .add("Reuters", EntityType.ORG, "Reuters")
                .list());
        int jones = text.lastIndexOf("Jones");
        entities.add(new EntityMention("Jones", jones, jones + 5, EntityType.PER, "Mary Jones"));
        List<Quotation> quotations = tag(text, entities, Language.EN);
        assertEquals(2, quotations.size());
        assertEquals("Mary Jones", quotations.get(0).speaker());
        assertEquals("said", quotations.get(0).cue());
        assertEquals("Mary Jones", quotations.get(1).speaker(), "the subject, not the addressee");
        assertEquals("told", quotations.get(1).cue());
    }

    @Test
    void englishGerundTakesTheMainClauseSubject() {
        String text = "\"It is over,\" Tom Smith told Reuters on Monday, adding: \"We lost.\"";
        List<EntityMention> entities = new Entities(text)
                .add("Tom Smith", EntityType.PER, "Tom Smith")
                .add("Reuters", EntityType.ORG, "Reuters").list();
        List<Quotation> quotations = tag(text, entities, Language.EN);
        assertEquals(2, quotations.size(), quotations.toString());
        assertEquals("Tom Smith", quotations.get(1).speaker());
        assertEquals("adding", quotations.get(1).cue());
    }

    @Test
    void englishPronounSubjectFallsBackToThePersonJustMentioned() {
        String text = "Jane Doe arrived late. \"I am not going anywhere,\" she said.";
        List<EntityMention> entities = new Entities(text).add("Jane Doe", EntityType.PER, "Jane Doe").list();
        Quotation q = only(tag(text, entities, Language.EN));
        assertEquals("Jane Doe", q.speaker());
        assertEquals("said", q.cue());
    }

    // --- Italian patterns -----------------------------------------------------------------------------------

    @Test
    void italianCueAfterTheQuotationWithInvertedSubject() {
        String text = "«Abbiamo chiuso l'accordo e lo firmeremo entro l'estate», ha detto il ministro Carlo Rossi.";
        List<EntityMention> entities = new Entities(text).add("Carlo Rossi", EntityType.PER, "Carlo Rossi").list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Abbiamo chiuso l'accordo e lo firmeremo entro l'estate", q.text());
        assertEquals("Carlo Rossi", q.speaker());
        assertEquals("ha detto", q.cue());
    }

    @Test
    void italianDashedAttribution() {
        String text = "«Gli Anka saranno prodotti in Kazakistan entro due anni» – ha sottolineato Kotil.";
        List<EntityMention> entities = new Entities(text).add("Kotil", EntityType.PER, "Temer Kotil").list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Temer Kotil", q.speaker());
        assertEquals("ha sottolineato", q.cue());
    }

    @Test
    void italianSubjectVerbColonQuotation() {
        String text = "Il sindaco Anna Bianchi ha poi aggiunto: «Non lasceremo sola nessuna famiglia».";
        List<EntityMention> entities = new Entities(text).add("Anna Bianchi", EntityType.PER, "Anna Bianchi").list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Anna Bianchi", q.speaker());
        assertEquals("ha poi aggiunto", q.cue());
    }

    @Test
    void italianSecondo() {
        String text = "Secondo Confindustria, «la crescita rallenterà nel secondo semestre».";
        List<EntityMention> entities = new Entities(text).add("Confindustria", EntityType.ORG, "Confindustria")
                .list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Confindustria", q.speaker());
        assertEquals("Secondo", q.cue());
    }

    @Test
    void italianSecondoWithApposition() {
        String text = "Secondo il questore di Vicenza, Vincenzo Stingone, «le vere ragioni di questo gesto sono la "
                + "stupidità e la prepotenza».";
        List<EntityMention> entities = new Entities(text)
                .add("Vicenza", EntityType.LOC, "Vicenza")
                .add("Vincenzo Stingone", EntityType.PER, "Vincenzo Stingone").list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Vincenzo Stingone", q.speaker());
        assertEquals("Secondo", q.cue());
    }

    @Test
    void italianCosiAndWordsOf() {
        String text = "«Il governo non cadrà per una legge di bilancio». Così Giorgio Verdi ai cronisti. "
                + "«Sono promesse che nessuno potrà mantenere», è il commento di Lucia Gialli.";
        List<EntityMention> entities = new Entities(text)
                .add("Giorgio Verdi", EntityType.PER, "Giorgio Verdi")
                .add("Lucia Gialli", EntityType.PER, "Lucia Gialli").list();
        List<Quotation> quotations = tag(text, entities, Language.IT);
        assertEquals(2, quotations.size(), quotations.toString());
        assertEquals("Giorgio Verdi", quotations.get(0).speaker());
        assertEquals("Lucia Gialli", quotations.get(1).speaker());
        assertEquals("commento di", quotations.get(1).cue());
    }

    @Test
    void cliticPronounBeforeVerbIsStillACue() {
        String text = "«La manovra non basta a fermare la crisi», lo dice chiaramente Giulia Neri.";
        List<EntityMention> entities = new Entities(text).add("Giulia Neri", EntityType.PER, "Giulia Neri").list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Giulia Neri", q.speaker());
        assertEquals("dice", q.cue());
    }

    @Test
    void nounAfterArticleIsNotACue() {
        String text = "Il sindaco ha parlato in consiglio. Secca una replica dell'opposizione: «Non ci sono i soldi "
                + "per finire i lavori».";
        Quotation q = only(tag(text, List.of(), Language.IT));
        assertNull(q.cue(), "\"una replica\" is a noun");
    }

    @Test
    void italianRoleNamesThePersonMentionedWithIt() {
        String text = "Ad Ankara sono arrivati il Presidente kazako Kassym-Jomart Tokayev e il Presidente turco "
                + "Recep Tayyip Erdoğan. Il presidente turco ha dichiarato: «Le nostre relazioni non sono mai state "
                + "così forti». Il presidente ha spiegato: «Firmeremo altri accordi».";
        List<EntityMention> entities = new Entities(text)
                .add("Kassym-Jomart Tokayev", EntityType.PER, "Kassym-Jomart Tokayev")
                .add("Recep Tayyip Erdoğan", EntityType.PER, "Recep Tayyip Erdoğan")
                .list();
        List<Quotation> quotations = tag(text, entities, Language.IT);
        assertEquals(2, quotations.size(), quotations.toString());
        assertEquals("Recep Tayyip Erdoğan", quotations.get(0).speaker());
        assertEquals("ha dichiarato", quotations.get(0).cue());
        assertEquals("ha spiegato", quotations.get(1).cue());
        assertNull(quotations.get(1).speaker(), "\"il presidente\" alone could be either president");
    }

    @Test
    void cueWithoutSubjectFallsBackToThePreviousSentence() {
        String text = "Mario Draghi è intervenuto a Bruxelles. «L'Europa deve investire di più nella difesa comune», "
                + "ha detto.";
        List<EntityMention> entities = new Entities(text)
                .add("Mario Draghi", EntityType.PER, "Mario Draghi")
                .add("Bruxelles", EntityType.LOC, "Bruxelles")
                .list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Mario Draghi", q.speaker());
        assertEquals("ha detto", q.cue());
    }

    @Test
    void statementWithoutCueOrNearbyPersonHasNoSpeaker() {
        String text = "Il cartello era chiaro. «Qui non si passa senza il permesso del comune di Roma».";
        Quotation q = only(tag(text, List.of(), Language.IT));
        assertNull(q.speaker());
        assertNull(q.cue());
    }

    @Test
    void quotationSpanningSentences() {
        String text = "Il ministro Rossi ha detto: «Siamo pronti. Lo faremo subito. Non c'è tempo da perdere.» "
                + "Poi è partito.";
        List<EntityMention> entities = new Entities(text).add("Rossi", EntityType.PER, "Mario Rossi").list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Siamo pronti. Lo faremo subito. Non c'è tempo da perdere.", q.text());
        assertEquals("Mario Rossi", q.speaker());
        assertEquals("ha detto", q.cue());
    }

    @Test
    void titlesAndNestedQuotesAreNotSeparateStatements() {
        String text = "«Il film “La vita è bella” ha cambiato la mia carriera», ha raccontato Roberto Benigni. "
                + "Ha poi presentato il libro intitolato «Il sogno di un uomo che non voleva crescere».";
        List<EntityMention> entities = new Entities(text)
                .add("Roberto Benigni", EntityType.PER, "Roberto Benigni").list();
        List<QuoteCandidate> all = candidates(text, entities);
        assertEquals(QuoteKind.NAME, candidate(all, "La vita è bella").kind());
        assertEquals(QuoteKind.NAME, candidate(all, "Il sogno di un uomo che non voleva crescere").kind());
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Roberto Benigni", q.speaker());
        assertEquals("ha raccontato", q.cue());
    }

    @Test
    void attributionInterjectedBetweenDashes() {
        String text = "«Tra le ragioni per cui sono qui – ha continuato il ministro Luca Verdi – c'è una ragione di "
                + "umanità». Poi è ripartito.";
        List<EntityMention> entities = new Entities(text).add("Luca Verdi", EntityType.PER, "Luca Verdi").list();
        Quotation q = only(tag(text, entities, Language.IT));
        assertEquals("Tra le ragioni per cui sono qui – ha continuato il ministro Luca Verdi – c'è una ragione di "
                + "umanità", q.text(), "the quotation is everything between the marks");
        assertEquals("Luca Verdi", q.speaker());
        assertEquals("ha continuato", q.cue());
    }

    @Test
    void consecutiveQuotationsKeepTheirSpeaker() {
        String text = "Pippo Baudo ha detto: «Nel paradiso degli artisti c'è un posto per lui» e «Con Fabrizio si "
                + "scacciava la tristezza». «Ci mancherà molto.»\n\n«Un altro paragrafo non si attribuisce da solo.»";
        List<EntityMention> entities = new Entities(text).add("Pippo Baudo", EntityType.PER, "Pippo Baudo").list();
        List<Quotation> quotations = tag(text, List.copyOf(entities), Language.IT);
        assertEquals(4, quotations.size(), quotations.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals("Pippo Baudo", quotations.get(i).speaker(), quotations.get(i).text());
            assertEquals("ha detto", quotations.get(i).cue(), quotations.get(i).text());
        }
        assertNull(quotations.get(3).cue(), "a new paragraph needs its own attribution");
    }

    @Test
    void ordinalSecondoIsNotACue() {
        String text = "Nel secondo tempo la squadra ha giocato il “calcio più bello della stagione”.";
        List<QuoteCandidate> all = candidates(text, List.of());
        assertEquals(1, all.size());
        assertTrue(!all.get(0).isStatement(), all.toString());
    }

    @Test
    void noQuotationsNoCandidates() {
        assertEquals(List.of(), tag("Nessuna citazione qui. L’anno scorso un po’ di tutto.", List.of(), Language.IT));
        assertEquals(List.of(), tag("", List.of(), Language.EN));
    }

    @Test
    void linearTime() {
        String paragraph = "Il Presidente turco Recep Tayyip Erdoğan ha incontrato i giornalisti. «Le relazioni "
                + "saranno rafforzate. Firmeremo presto», ha detto Erdoğan, parlando di “partenariato”. "
                + "\"Non ci fermeremo adesso,\" ha aggiunto il ministro.\n\n";
        String text = paragraph.repeat(5_000);
        List<EntityMention> entities = new ArrayList<>();
        for (int at = text.indexOf("Erdoğan"); at >= 0; at = text.indexOf("Erdoğan", at + 1)) {
            entities.add(new EntityMention("Erdoğan", at, at + 7, EntityType.PER, "Recep Tayyip Erdoğan"));
        }
        var sentences = SPLITTER.split(text);
        for (int warm = 0; warm < 3; warm++) {
            TAGGER.tag(text, sentences, entities, Language.IT);
        }
        long best = Long.MAX_VALUE;
        List<Quotation> quotations = List.of();
        for (int r = 0; r < 3; r++) {
            long start = CPU.getCurrentThreadCpuTime();
            quotations = TAGGER.tag(text, sentences, entities, Language.IT);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        double megabytesPerSecond = text.length() / 1e6 / (best / 1e9);
        System.out.printf("QuoteTagger: %.1f MB/s, %d quotations%n", megabytesPerSecond, quotations.size());
        assertEquals(10_000, quotations.size());
        // A quotation every 80 characters is far denser than news; the bound only catches quadratic behaviour
        // (which made this text take minutes); CPU time keeps it stable on a shared, loaded test machine.
        assertTrue(megabytesPerSecond >= 2, "too slow: " + megabytesPerSecond + " MB/s");
    }
}
