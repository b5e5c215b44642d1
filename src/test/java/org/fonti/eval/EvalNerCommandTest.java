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
