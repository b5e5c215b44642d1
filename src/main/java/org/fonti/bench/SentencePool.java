package org.fonti.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The real Italian sentences the synthetic corpus is made of: Italian Wikinews (one sentence a line) and the
 * Italian Europarl lines shipped with Lucene's test framework (about 1 KB chunks, split into sentences here).
 */
public final class SentencePool {

    static final String WIKINEWS = "text/wikinews_it_kind.txt.gz";
    static final String EUROPARL = "text/europarl_it.lines.txt.gz";

    private static final Pattern FINAL_PUNCTUATION = Pattern.compile(".*[.!?»”\"]$");
    private static final Pattern SENTENCE_BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«“\"])");
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 80;

    private SentencePool() {
    }

    /** The sentences of both files under {@code dataDir}, in file order (so the pool itself is deterministic). */
    public static List<String> load(Path dataDir) throws IOException {
        Path wikinews = dataDir.resolve(WIKINEWS);
        Path europarl = dataDir.resolve(EUROPARL);
        for (Path required : List.of(wikinews, europarl)) {
            if (!Files.isRegularFile(required)) {
                throw new NoSuchFileException(required.toString());
            }
        }
        var sentences = new ArrayList<String>();
        try (var reader = gzipReader(wikinews)) {
            sentences.addAll(wikinewsSentences(reader));
        }
        try (var reader = gzipReader(europarl)) {
            sentences.addAll(europarlSentences(reader));
        }
        return List.copyOf(sentences);
    }

    /** Wikinews lines that are sentences: headlines (no final punctuation) and broken lines are left out. */
    static List<String> wikinewsSentences(BufferedReader reader) throws IOException {
        var out = new ArrayList<String>();
        for (String line; (line = reader.readLine()) != null; ) {
            String s = line.strip();
            if (FINAL_PUNCTUATION.matcher(s).matches() && usable(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Europarl lines are {@code title<TAB>date<TAB>text} where the text is a chunk that often starts and ends
     * mid-sentence: the first and last pieces of each chunk are dropped, the whole sentences in between kept.
     */
    static List<String> europarlSentences(BufferedReader reader) throws IOException {
        var out = new ArrayList<String>();
        for (String line; (line = reader.readLine()) != null; ) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            String[] pieces = SENTENCE_BOUNDARY.split(parts[2].replaceAll("\\s+", " ").strip());
            for (int i = 1; i < pieces.length - 1; i++) {
                String s = pieces[i].strip();
                if (FINAL_PUNCTUATION.matcher(s).matches() && usable(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static boolean usable(String sentence) {
        if (sentence.indexOf('\uFFFD') >= 0) { // a chunk cut inside a multi-byte character
            return false;
        }
        int words = sentence.split(" ").length;
        return words >= MIN_WORDS && words <= MAX_WORDS;
    }

    private static BufferedReader gzipReader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16), decoder));
    }
}
