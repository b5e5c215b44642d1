package org.fonti.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fonti.tagging.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalNerCommandTest {

    private static final String BIO = """
            Sindaci\tO
            riuniti\tO
            a\tO
            Vallescura\tB-LOC

            Ieri\tO
            il\tO
            sindaco\tO
            Ottavio\tB-PER
            Zanchetta\tI-PER
            ha\tO
            detto\tO
            :\tO
            "\tO
            Roma\tB-LOC
            ,\tO
            non\tO
            l'\tO
            Unione\tB-ORG
            Europea\tI-ORG
            "\tO
            .\tO

            """;

    @Test
    void rejoinsTokensWithOrdinarySpacingAndSplitsDocumentsAtHeadlines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.tsv");
        Files.writeString(file, BIO, StandardCharsets.UTF_8);
        List<EvalNerCommand.Document> docs = EvalNerCommand.readDocuments(file);
        assertEquals(1, docs.size());
        EvalNerCommand.Document doc = docs.get(0);
        assertEquals("Sindaci riuniti a Vallescura\nIeri il sindaco Ottavio Zanchetta ha detto: \"Roma, non "
                + "l'Unione Europea\".", doc.text());
        assertEquals(21, doc.tokens());
        assertEquals(List.of("Vallescura", "Ottavio Zanchetta", "Roma", "Unione Europea"),
                doc.gold().stream().map(s -> doc.text().substring(s.start(), s.end())).toList());
        assertEquals(EntityType.PER, doc.gold().get(1).type());
    }

    @Test
    void aRunOfUnpunctuatedLinesIsOneDocumentNotManyOneLineArticles(@TempDir Path dir) throws Exception {
        String bio = BIO + """
                Onda\tB-ORG
                -\tO
                Brio\tB-PER

                Torre\tB-ORG
                -\tO
                Ivanov\tB-PER

                Nuovo\tO
                titolo\tO

                Fine\tO
                .\tO

                """;
        Path file = dir.resolve("list.tsv");
        Files.writeString(file, bio, StandardCharsets.UTF_8);
        List<EvalNerCommand.Document> docs = EvalNerCommand.readDocuments(file);
        // the three unpunctuated lines after the body ("Onda - Brio", "Torre - Ivanov", "Nuovo titolo") open one
        // document together; the old rule made each of them a document of its own
        assertEquals(2, docs.size());
        assertTrue(docs.get(1).text().startsWith("Onda - Brio\nTorre - Ivanov\n"), docs.get(1).text());
        Files.writeString(file, BIO + "Fine\tO\n.\tO\n\n" + BIO, StandardCharsets.UTF_8);
        assertEquals(2, EvalNerCommand.readDocuments(file).size());
    }

    @Test
    void writesTokenGoldAndPredictedLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.tsv");
        Path labels = dir.resolve("labels.tsv");
        Files.writeString(file, BIO, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new CommandLine(new EvalNerCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute(file.toString(), "--passes", "0", "--output", labels.toString());
        assertEquals(0, code);
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        assertTrue(lines.contains("Ottavio\tB-PER\tB-PER"), lines::toString);
        assertTrue(lines.contains("Zanchetta\tI-PER\tI-PER"), lines::toString);
        assertEquals("", lines.get(4), "a blank line ends each sentence");
    }

    @Test
    void printsScoresPerTypeAndMicro(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.tsv");
        Files.writeString(file, BIO, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new CommandLine(new EvalNerCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute(file.toString(), "--passes", "1");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("micro"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("PER ")), out);
        assertTrue(out.contains("tokens per CPU-second"), out);
    }

    @Test
    void aMissingFileIsOneClearLineAndExitCodeTwo(@TempDir Path dir) {
        int code = new CommandLine(new EvalNerCommand()).execute(dir.resolve("nope.tsv").toString());
        assertEquals(2, code);
    }
}
