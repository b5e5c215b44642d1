package org.fonti.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists and reads the article files of a corpus folder (recursively; hidden files and folders are ignored).
 * Files that cannot be articles are reported as {@link ReadOutcome.Skipped} with the reason, never thrown.
 */
public final class CorpusReader {

    /** Files larger than this are skipped: 10 MiB is far beyond any news article and keeps memory bounded. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Extensions read as articles; anything else in the folder is skipped with a warning. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "text");

    private final ArticleParser parser = new ArticleParser();

    /** Every regular, non-hidden file below {@code folder}, sorted by path. */
    public List<CorpusFile> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("corpus folder not found: " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            var files = new ArrayList<CorpusFile>();
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p) || isHidden(folder, p)) {
                    continue;
                }
                try {
                    files.add(new CorpusFile(p, idOf(p), Files.size(p), Files.getLastModifiedTime(p).toMillis()));
                } catch (IOException e) {
                    files.add(new CorpusFile(p, idOf(p), -1, -1));
                }
            }
            files.sort(Comparator.comparing(CorpusFile::path));
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads and parses one file; every failure becomes a {@link ReadOutcome.Skipped} naming the reason. */
    public ReadOutcome read(CorpusFile file) {
        Path path = file.path();
        String extension = extensionOf(path);
        if (!EXTENSIONS.contains(extension)) {
            return new ReadOutcome.Skipped(path, "not an article file (expected ." + String.join(", .", EXTENSIONS.stream().sorted().toList()) + ")");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return new ReadOutcome.Skipped(path, "larger than the " + MAX_FILE_BYTES / (1024 * 1024) + " MiB limit (" + size + " bytes)");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return new ReadOutcome.Skipped(path, "unreadable: " + e.getMessage());
        }
        return parse(path, file.id(), bytes);
    }

    /** Parses article bytes that did not come from a file (e.g. an upload); same checks as {@link #read}. */
    public ReadOutcome parse(Path path, String id, byte[] bytes) {
        if (bytes.length == 0) {
            return new ReadOutcome.Skipped(path, "empty file");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return new ReadOutcome.Skipped(path, "larger than the " + MAX_FILE_BYTES / (1024 * 1024) + " MiB limit");
        }
        if (looksBinary(bytes)) {
            return new ReadOutcome.Skipped(path, "binary content, not text");
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new ReadOutcome.Skipped(path, "not valid UTF-8 (" + e.getMessage() + ")");
        }
        try {
            return new ReadOutcome.Read(path, parser.parse(id, raw, sha256(bytes)));
        } catch (IllegalArgumentException e) {
            return new ReadOutcome.Skipped(path, e.getMessage());
        }
    }

    /** Document id: the file name without its extension. */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extensionOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** NUL bytes or many control characters mean a binary file even when the bytes happen to decode. */
    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 100 + 1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
