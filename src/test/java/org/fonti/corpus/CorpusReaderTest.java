package org.fonti.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    private final CorpusReader reader = new CorpusReader();

    @TempDir
    Path dir;

    private ReadOutcome readOnly(String name) throws Exception {
        List<CorpusFile> files = reader.list(dir);
        return reader.read(files.stream().filter(f -> f.path().getFileName().toString().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void readsAnArticleAndNamesItByFile() throws Exception {
        Files.writeString(dir.resolve("a-story.txt"), "Testo dell'articolo.");
        var outcome = assertInstanceOf(ReadOutcome.Read.class, readOnly("a-story.txt"));
        assertEquals("a-story", outcome.article().id());
        assertEquals(64, outcome.article().contentHash().length());
    }

    @Test
    void skipsInvalidUtf8WithReason() throws Exception {
        Files.write(dir.resolve("latin1.txt"), "Città".getBytes(StandardCharsets.ISO_8859_1));
        var skipped = assertInstanceOf(ReadOutcome.Skipped.class, readOnly("latin1.txt"));
        assertTrue(skipped.reason().contains("UTF-8"), skipped.reason());
    }

    @Test
    void skipsBinaryEmptyAndForeignFiles() throws Exception {
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
        assertTrue(assertInstanceOf(ReadOutcome.Skipped.class, readOnly("image.txt")).reason().contains("binary"));
        assertTrue(assertInstanceOf(ReadOutcome.Skipped.class, readOnly("empty.txt")).reason().contains("empty"));
        assertTrue(assertInstanceOf(ReadOutcome.Skipped.class, readOnly("notes.pdf")).reason().contains("not an article file"));
    }

    @Test
    void skipsFilesOverTheSizeLimit() throws Exception {
        byte[] big = new byte[(int) CorpusReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(dir.resolve("huge.txt"), big);
        assertTrue(assertInstanceOf(ReadOutcome.Skipped.class, readOnly("huge.txt")).reason().contains("limit"));
    }

    @Test
    void ignoresHiddenFiles() throws Exception {
        Files.writeString(dir.resolve(".draft.txt"), "bozza");
        Files.writeString(dir.resolve("real.txt"), "vero");
        assertEquals(List.of("real"), reader.list(dir).stream().map(CorpusFile::id).toList());
    }
}
