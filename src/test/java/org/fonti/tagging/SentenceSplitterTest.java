package org.fonti.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    /** CPU time of the test thread: a loaded, shared machine slows wall time, not the work done. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> split(String text) {
        List<Sentence> sentences = SPLITTER.split(text);
        assertWellFormed(text, sentences);
        return sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** Trimmed, in order, non-overlapping, and covering every non-blank character. */
    private static void assertWellFormed(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertTrue(s.start() >= previousEnd, "overlap or disorder at " + s);
            assertTrue(s.end() > s.start(), "empty sentence " + s);
            assertTrue(text.substring(previousEnd, s.start()).isBlank(), "uncovered text before " + s);
            assertTrue(!Character.isWhitespace(text.charAt(s.start())), "untrimmed start " + s);
            assertTrue(!Character.isWhitespace(text.charAt(s.end() - 1)), "untrimmed end " + s);
            previousEnd = s.end();
        }
        assertTrue(text.substring(previousEnd).isBlank(), "uncovered text at the end");
    }

    @Test
    void splitsPlainSentencesAndTrims() {
        assertEquals(List.of("Piove da ieri.", "Domani smetterà?", "Speriamo!", "Lo vedremo…", "E poi."),
                split("  Piove da ieri. Domani smetterà? Speriamo! Lo vedremo… E poi.  \n"));
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \n\n\t "));
    }

    @Test
    void lastSentenceWithoutPunctuationIsKept() {
        assertEquals(List.of("Prima frase.", "Condividi Tweet Stampa"), split("Prima frase. Condividi Tweet Stampa"));
    }

    @Test
    void italianAbbreviationsDoNotSplit() {
        assertEquals(List.of("Il sig. Rossi e la sig.ra Bianchi hanno incontrato il dott. Verdi e il prof. Neri.",
                        "Poi l'on. Gialli, il sen. Blu e l'avv. Rosa sono arrivati con l'ing. Viola."),
                split("Il sig. Rossi e la sig.ra Bianchi hanno incontrato il dott. Verdi e il prof. Neri. "
                        + "Poi l'on. Gialli, il sen. Blu e l'avv. Rosa sono arrivati con l'ing. Viola."));
        assertEquals(List.of("Si veda l'art. 3 e gli artt. 5 e 6, pag. 12, n. 4, nn. 7-8, vol. II, cap. 3 (cfr. "
                        + "Es. 5).", "Fine."),
                split("Si veda l'art. 3 e gli artt. 5 e 6, pag. 12, n. 4, nn. 7-8, vol. II, cap. 3 (cfr. Es. 5). Fine."));
    }

    @Test
    void abbreviationsThatCanEndASentenceSplitBeforeACapital() {
        assertEquals(List.of("Vendono pane, latte ecc.", "Il negozio apre alle 8."),
                split("Vendono pane, latte ecc. Il negozio apre alle 8."));
        assertEquals(List.of("Lavora per Fiat S.p.A. di Torino e per Rossi s.r.l. da anni."),
                split("Lavora per Fiat S.p.A. di Torino e per Rossi s.r.l. da anni."));
        assertEquals(List.of("He works for Acme Inc.", "The firm is small."),
                split("He works for Acme Inc. The firm is small."));
        assertEquals(List.of("I like modern art.", "The museum is open."),
                split("I like modern art. The museum is open."));
    }

    @Test
    void englishAbbreviations() {
        assertEquals(List.of("Mr. Smith and Mrs. Jones met Dr. Brown on St. Mark's Square in the U.S. Capitol, "
                        + "e.g. at noon, i.e. before lunch, as in Smith vs. Jones with John Smith Jr. present."),
                split("Mr. Smith and Mrs. Jones met Dr. Brown on St. Mark's Square in the U.S. Capitol, "
                        + "e.g. at noon, i.e. before lunch, as in Smith vs. Jones with John Smith Jr. present."));
        assertEquals(List.of("The vote is on Jan. 5 at 10 a.m.", "Polls close at 8 p.m.", "Results follow."),
                split("The vote is on Jan. 5 at 10 a.m. Polls close at 8 p.m. Results follow."));
        assertEquals(List.of("Acme Co. was sold to Acme Ltd.", "Then it closed."),
                split("Acme Co. was sold to Acme Ltd. Then it closed."));
    }

    @Test
    void initialsDoNotSplit() {
        assertEquals(List.of("Il film di D. W. Griffith uscì nel 1915.", "J. R. R. Tolkien e J.R.R. Martin no."),
                split("Il film di D. W. Griffith uscì nel 1915. J. R. R. Tolkien e J.R.R. Martin no."));
        assertEquals(List.of("La causa di John P. Zenger e di N. Rossi fece storia."),
                split("La causa di John P. Zenger e di N. Rossi fece storia."));
    }

    @Test
    void numbersUrlsAndEmailsDoNotSplit() {
        assertEquals(List.of("Il PIL è cresciuto del 3.5% con 1.000.000 di euro il 10.05.2022 secondo www.istat.it "
                        + "e mario.rossi@example.it.", "Fine del 2023.", "Nuova frase."),
                split("Il PIL è cresciuto del 3.5% con 1.000.000 di euro il 10.05.2022 secondo www.istat.it "
                        + "e mario.rossi@example.it. Fine del 2023. Nuova frase."));
        assertEquals(List.of("Vedi https://example.com/a.b?c=1.2 per dettagli."),
                split("Vedi https://example.com/a.b?c=1.2 per dettagli."));
    }

    @Test
    void ellipsisBeforeLowercaseContinues() {
        assertEquals(List.of("Aspettava... e aspettava ancora… finché arrivò.", "Poi partì...", "Il resto è noto."),
                split("Aspettava... e aspettava ancora… finché arrivò. Poi partì... Il resto è noto."));
    }

    @Test
    void quotationContinuingTheSentenceStaysWhole() {
        assertEquals(List.of("“Le relazioni saranno portate al livello di un partenariato strategico rafforzato\", "
                        + "si legge in una dichiarazione congiunta.", "Altro."),
                split("“Le relazioni saranno portate al livello di un partenariato strategico rafforzato\", si legge "
                        + "in una dichiarazione congiunta. Altro."));
        assertEquals(List.of("«Siamo pronti. Lo faremo subito», ha detto il ministro."),
                split("«Siamo pronti. Lo faremo subito», ha detto il ministro."));
        assertEquals(List.of("«Siamo pronti. Lo faremo subito» – ha sottolineato Kotil."),
                split("«Siamo pronti. Lo faremo subito» – ha sottolineato Kotil."));
        assertEquals(List.of("\"We are ready. We will do it,\" the minister said.", "Then he left."),
                split("\"We are ready. We will do it,\" the minister said. Then he left."));
        assertEquals(List.of("«Basta. Ora si cambia.» ha detto Rossi."),
                split("«Basta. Ora si cambia.» ha detto Rossi."));
    }

    @Test
    void quotationEndingItsSentenceSplitsAtInnerEnds() {
        assertEquals(List.of("Il ministro ha detto: «Siamo pronti.", "Lo faremo subito.»", "Poi è partito."),
                split("Il ministro ha detto: «Siamo pronti. Lo faremo subito.» Poi è partito."));
        assertEquals(List.of("Il ministro ha detto: «Siamo pronti.", "Lo faremo subito».", "Poi è partito."),
                split("Il ministro ha detto: «Siamo pronti. Lo faremo subito». Poi è partito."));
        assertEquals(List.of("Titolo: «Siamo pronti.", "Lo faremo»", "Nuovo paragrafo."),
                split("Titolo: «Siamo pronti. Lo faremo»\n\nNuovo paragrafo."));
        assertEquals(List.of("He said: “We are ready.", "We will act.”", "Then he left."),
                split("He said: “We are ready. We will act.” Then he left."));
    }

    @Test
    void nestedAndApostrophesDoNotConfuseQuotes() {
        assertEquals(List.of("«Il titolo era “Basta. Ora”, disse l’autore», ha scritto Rossi.", "Fine."),
                split("«Il titolo era “Basta. Ora”, disse l’autore», ha scritto Rossi. Fine."));
        assertEquals(List.of("L’anno scorso all’indomani del voto.", "Poi un po’ di calma."),
                split("L’anno scorso all’indomani del voto. Poi un po’ di calma."));
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheParagraph() {
        assertEquals(List.of("Ha detto \"basta.", "Non si può andare avanti.", "Davvero."),
                split("Ha detto \"basta. Non si può andare avanti. Davvero."));
    }

    @Test
    void secondsMarkIsNotAQuote() {
        assertEquals(List.of("Ha chiuso in 1'58\"17 davanti a tutti.", "Poi ha detto \"basta 2023\" e se n'è andato.",
                        "Fine."),
                split("Ha chiuso in 1'58\"17 davanti a tutti. Poi ha detto \"basta 2023\" e se n'è andato. Fine."));
    }

    @Test
    void strayStraightQuoteDoesNotGlueSentences() {
        assertEquals(List.of("Il \"piano è partito.", "Poi altro.", "Alla fine \"Rossi\", ha detto lui."),
                split("Il \"piano è partito. Poi altro. Alla fine \"Rossi\", ha detto lui."));
    }

    @Test
    void paragraphBreaksAndHeadlinesEndSentences() {
        assertEquals(List.of("Titolo senza punto", "Primo paragrafo senza punto finale", "Secondo paragrafo.",
                        "Didascalia della foto", "Testo."),
                split("Titolo senza punto\nPrimo paragrafo senza punto finale\n\nSecondo paragrafo.\n"
                        + "Didascalia della foto\nTesto."));
        assertEquals(List.of("Una riga spezzata,\nche continua sulla riga dopo.", "Fine: due punti"),
                split("Una riga spezzata,\nche continua sulla riga dopo.\r\nFine: due punti\r\n"));
        assertEquals(List.of("«Una citazione aperta", "Nuovo paragrafo.»"),
                split("«Una citazione aperta\n\nNuovo paragrafo.»"));
    }

    @Test
    void seedArticle001() throws IOException {
        String text = Files.readString(Path.of("corpus/001_dcc75ec4f32a0260.txt"));
        List<String> sentences = split(text);
        assertTrue(sentences.contains("Turchia e Kazakistan hanno firmato ad Ankara lo scorso 10 maggio, un "
                + "“partenariato strategico rafforzato” con l’obiettivo di ampliare la cooperazione in numerosi "
                + "settori strategici tra cui quello della difesa"), "headline line");
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith("“Le relazioni tra Turchia e Kazakistan")
                && s.endsWith("del Presidente turco Recep Tayyip Erdoğan.")), "joint declaration sentence");
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith("Nel frattempo sono stati oltre una dozzina")
                && s.endsWith("con lo Stato dell'Asia centrale”.")), "Erdoğan quotation sentence");
        assertTrue(sentences.contains("L’UAV Anka assemblato in Turchia"), "photo caption");
        assertTrue(sentences.contains("Condividi Tweet Copia Collegamento Stampa / Salva come PDF HOMEPAGE"));
        assertTrue(sentences.contains("Entrambi i leader hanno espresso la loro soddisfazione per gli i stretti "
                + "legami basati su radici storiche, di lingua e cultura comuni, nonché uno stretto dialogo politico "
                + "e una cooperazione “multidimensionale”."));
    }

    @Test
    void seedArticle000() throws IOException {
        String text = Files.readString(Path.of("corpus/000_bcb8d4918311a745.txt"));
        List<String> sentences = split(text);
        assertTrue(sentences.contains("title: Russia, Turchia e la difesa kazaka"), "front matter line");
        assertTrue(sentences.contains("Tuttavia, negli ultimi dieci anni la situazione è andata mutando molto "
                + "rapidamente, anche grazie alla spinta narrativa che Recep Tayyp Erdogan ha dato al concetto alla "
                + "base degli “Stati Uniti del mondo turco”."));
        assertTrue(sentences.contains("Mentre a novembre il ministro della Difesa kazako Ruslan Zhaksylykov ha "
                + "rivelato l’intenzione di co-produrre droni da combattimento insieme alla Corea del Sud in "
                + "territorio kazako."));
        long bodySentences = sentences.stream().filter(s -> s.endsWith(".")).count();
        assertEquals(18, bodySentences);
        assertTrue(sentences.contains("source: Formiche"), "a line ending in a URL slash is its own line");
    }

    @Test
    void isFast() {
        String paragraph = "Il sig. Rossi ha detto: «Siamo pronti. Lo faremo», secondo l'art. 3 del 10.05.2022. "
                + "Mr. Smith said \"we are ready\" in the U.S. on Monday... and left! Ecco 3.5 milioni? Sì.\n\n";
        String text = paragraph.repeat(200_000 / paragraph.length() * 100);
        for (int warm = 0; warm < 3; warm++) {
            SPLITTER.split(text);
        }
        // Best of several rounds of CPU time: a busy neighbour on the shared test machine must not fail the build.
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            long start = CPU.getCurrentThreadCpuTime();
            SPLITTER.split(text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        double megabytesPerSecond = text.length() / 1e6 / (best / 1e9);
        System.out.printf("SentenceSplitter: %.1f MB/s%n", megabytesPerSecond);
        assertTrue(megabytesPerSecond >= 20, "too slow: " + megabytesPerSecond + " MB/s");
    }
}
