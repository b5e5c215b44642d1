package org.fonti.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Measures {@link SentenceSplitter} against a one-sentence-per-line file such as
 * {@code /work/shared/data/text/wikinews_it_kind.txt.gz}: lines are joined into paragraphs of eight (lines
 * without final punctuation, i.e. headlines, keep their line break) and the sentence ends found are compared
 * with the line ends. Lines ending in ":", ";" or "," are not counted as sentence ends (the source splits
 * there; Fonti does not). Run: {@code java -cp target/classes:target/test-classes
 * org.fonti.tagging.SentenceSplitterMeasurement FILE [examples]}.
 */
public final class SentenceSplitterMeasurement {

    private SentenceSplitterMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines;
        try (var reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
            lines = reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        int examples = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        StringBuilder text = new StringBuilder();
        Set<Integer> gold = new HashSet<>();
        int inParagraph = 0;
        for (String line : lines) {
            text.append(line);
            char last = line.charAt(line.length() - 1);
            if (":;,".indexOf(last) < 0) {
                gold.add(text.length());
            }
            boolean finalPunctuation = ".!?…»”\")".indexOf(last) >= 0;
            if (!finalPunctuation || ++inParagraph == 8) {
                text.append(finalPunctuation ? "\n\n" : "\n");
                inParagraph = 0;
            } else {
                text.append(' ');
            }
        }
        String joined = text.toString();
        SentenceSplitter splitter = new SentenceSplitter();
        long start = System.nanoTime();
        List<Sentence> sentences = splitter.split(joined);
        double seconds = (System.nanoTime() - start) / 1e9;
        Set<Integer> found = new HashSet<>();
        for (Sentence s : sentences) {
            found.add(s.end());
        }
        int agreed = 0;
        for (int end : gold) {
            if (found.contains(end)) {
                agreed++;
            }
        }
        System.out.printf("line ends %d, sentence ends %d, agreeing %d: precision %.4f, recall %.4f "
                        + "(%.1f MB in %.3f s, first call)%n", gold.size(), found.size(), agreed,
                agreed / (double) found.size(), agreed / (double) gold.size(), joined.length() / 1e6, seconds);
        int shown = 0;
        for (Sentence s : sentences) {
            if (!gold.contains(s.end()) && shown++ < examples) {
                System.out.println("extra end: …" + context(joined, s.end()));
            }
        }
    }

    private static String context(String text, int at) {
        return (text.substring(Math.max(0, at - 60), at) + "|" + text.substring(at, Math.min(text.length(), at + 40)))
                .replace('\n', ' ');
    }
}
