package org.fonti.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.fonti.corpus.CorpusFile;
import org.fonti.corpus.CorpusReader;
import org.fonti.corpus.Language;
import org.fonti.corpus.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    /** Sentences written for this test. */
    private static final List<String> SENTENCES = List.of(
            "Il consiglio comunale si è riunito ieri sera per discutere il bilancio.",
            "La seduta è durata più di quattro ore.",
            "I consiglieri dell'opposizione hanno chiesto di rinviare il voto.",
            "Il sindaco ha respinto la richiesta e ha difeso i conti del comune.",
            "Secondo i dati presentati, la spesa per le scuole crescerà del dieci per cento.",
            "I cittadini presenti in aula hanno applaudito a lungo.",
            "La prossima riunione è fissata per il mese di marzo.",
            "Nel frattempo gli uffici prepareranno una relazione dettagliata.",
            "Il porto ha registrato un aumento del traffico delle merci.",
            "Le associazioni di categoria chiedono nuovi investimenti nelle infrastrutture.",
            "Il maltempo ha causato danni alle coltivazioni della pianura.",
            "Gli agricoltori attendono i risarcimenti promessi dalla regione.");

    @Test
    void sameSeedGivesTheSameArticlesAndAnotherSeedDifferentOnes() {
        var a = new CorpusGenerator(SENTENCES, 7);
        var b = new CorpusGenerator(SENTENCES, 7);
        var c = new CorpusGenerator(SENTENCES, 8);
        for (int i = 0; i < 50; i++) {
            assertEquals(a.article(i), b.article(i));
        }
        assertNotEquals(a.article(3).fileText(), c.article(3).fileText());
        // An article does not depend on which others were generated before it.
        assertEquals(a.article(41), new CorpusGenerator(SENTENCES, 7).article(41));
    }

    @Test
    void articlesHaveEightToFortySentencesAndDatesFrom2015To2025() {
        var generator = new CorpusGenerator(SENTENCES, 11);
        for (int i = 0; i < 300; i++) {
            SyntheticArticle article = generator.article(i);
            assertTrue(article.sentences() >= CorpusGenerator.MIN_SENTENCES && article.sentences() <= CorpusGenerator.MAX_SENTENCES,
                    article.id() + " has " + article.sentences() + " sentences");
            LocalDate date = LocalDate.parse(article.date());
            assertTrue(!date.isBefore(LocalDate.of(2015, 1, 1)) && !date.isAfter(LocalDate.of(2025, 12, 31)), article.date());
            assertTrue(!article.title().isBlank() && article.title().length() < article.body().length());
        }
    }

    @Test
    void writtenFilesAreTheSameBytesEveryTimeAndParseAsArticles(@TempDir Path dir) throws IOException {
        var generator = new CorpusGenerator(SENTENCES, 3);
        long bytes = generator.write(dir.resolve("one"), 30, new TermStatistics(), done -> { });
        generator.write(dir.resolve("two"), 30, null, done -> { });
        var reader = new CorpusReader();
        List<CorpusFile> files = reader.list(dir.resolve("one"));
        assertEquals(30, files.size());
        long total = 0;
        for (CorpusFile file : files) {
            Path twin = dir.resolve("two").resolve(dir.resolve("one").relativize(file.path()));
            assertArrayEquals(Files.readAllBytes(file.path()), Files.readAllBytes(twin));
            total += Files.size(file.path());

            var read = assertInstanceOf(ReadOutcome.Read.class, reader.read(file));
            SyntheticArticle expected = generator.article(Integer.parseInt(file.id().substring(1)));
            assertEquals(expected.id(), read.article().id());
            assertEquals(expected.title(), read.article().title());
            assertEquals(expected.date(), read.article().date());
            assertEquals(expected.url(), read.article().url());
            assertEquals(expected.source(), read.article().source());
            assertEquals(Language.IT, read.article().language());
            assertEquals(expected.body(), read.article().text());
        }
        assertEquals(total, bytes);
    }

    @Test
    void termStatisticsCountDocumentsNotOccurrences() {
        var stats = new TermStatistics();
        stats.addDocument("Il bilancio del comune. Il bilancio è stato approvato.");
        stats.addDocument("Il comune ha approvato il bilancio.");
        stats.addDocument("Piove sul porto.");
        assertEquals(3, stats.documents());
        assertEquals(2, stats.documentFrequency("bilancio"));
        assertEquals(0, stats.documentFrequency("il"));
        assertEquals(List.of("approvato", "bilancio", "comune"), stats.byFrequency().subList(0, 3));
    }

    @Test
    void poolsKeepWholeSentencesOnly() throws IOException {
        var wikinews = SentencePool.wikinewsSentences(new BufferedReader(new StringReader(
                "Un titolo senza punto finale\nLa città si è svegliata sotto la neve questa mattina.\nTroppo corta.\n")));
        assertEquals(List.of("La città si è svegliata sotto la neve questa mattina."), wikinews);
        var europarl = SentencePool.europarlSentences(new BufferedReader(new StringReader(
                "Titolo\t2004-03-30\tfine di una frase tagliata. La Commissione ha presentato la proposta ieri."
                        + "   Il Consiglio la esaminerà nella prossima riunione. E questa resta a metà perché\n")));
        assertEquals(List.of("La Commissione ha presentato la proposta ieri.",
                "Il Consiglio la esaminerà nella prossima riunione."), europarl);
    }

    @Test
    void queryMixHasFourQueriesOfEveryKindInterleaved() {
        var stats = new TermStatistics();
        var generator = new CorpusGenerator(SENTENCES, 5);
        Stream.iterate(0, i -> i + 1).limit(200).map(generator::article).forEach(a -> stats.addDocument(a.title() + " " + a.body()));
        var mix = QueryMix.build(stats, TermStatistics.frequentBigrams(SENTENCES, 40),
                List.of("PER:Sergio Mattarella", "ORG:Istat", "LOC:Bari", "PER:Mario Draghi"));
        assertEquals(QueryMix.KINDS.size() * QueryMix.PER_KIND, mix.size());
        for (int i = 0; i < QueryMix.KINDS.size(); i++) {
            assertEquals(QueryMix.KINDS.get(i), mix.get(i).kind());
        }
        assertEquals(mix, QueryMix.build(stats, TermStatistics.frequentBigrams(SENTENCES, 40),
                List.of("PER:Sergio Mattarella", "ORG:Istat", "LOC:Bari", "PER:Mario Draghi")));
    }
}
