package org.fonti.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fonti.corpus.Language;
import org.fonti.language.LanguageDetector;
import org.fonti.language.QueryLanguage;

/**
 * Measures {@link LanguageDetector} on aligned sentences: every English and Italian sentence as a text, and every
 * window of two and of three consecutive words as a query (a crude stand-in for journalists' queries, names
 * included). Usage: {@code LanguageDetectionCheck DIR [--half first|second|all]}, default the held-out second half.
 */
public final class LanguageDetectionCheck {

    private LanguageDetectionCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LanguageDetectionCheck DIR [--half first|second|all]");
            System.exit(2);
        }
        String half = args.length >= 3 && args[1].equals("--half") ? args[2] : "second";
        LanguageDetector detector = new LanguageDetector();
        System.out.println("half: " + half);
        for (String file : List.of("tatoeba_en_it.tsv", "oldi_seed_en_it.tsv.gz")) {
            List<ParallelPairs.Pair> pairs = ParallelPairs.read(Path.of(args[0]).resolve(file)).half(half).pairs();
            int texts = 0;
            int textsRight = 0;
            int[] queries = new int[4];
            int[] right = new int[4];
            int[] ambiguous = new int[4];
            int[] wrong = new int[4];
            for (ParallelPairs.Pair pair : pairs) {
                for (Language language : List.of(Language.EN, Language.IT)) {
                    String text = language == Language.EN ? pair.english() : pair.italian();
                    texts++;
                    if (detector.detect(text) == language) {
                        textsRight++;
                    }
                    String[] words = text.split("[^\\p{L}\\p{N}'’-]+");
                    for (int size = 2; size <= 3; size++) {
                        for (int i = 0; i + size <= words.length; i++) {
                            String query = String.join(" ", List.of(words).subList(i, i + size)).strip();
                            if (query.isEmpty()) {
                                continue;
                            }
                            QueryLanguage result = detector.detectQuery(query);
                            queries[size]++;
                            if (result.ambiguous()) {
                                ambiguous[size]++;
                            } else if (result.language() == language) {
                                right[size]++;
                            } else {
                                wrong[size]++;
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-24s texts %5d right %6.2f%%%n", file, texts, 100.0 * textsRight / texts);
            for (int size = 2; size <= 3; size++) {
                System.out.printf(Locale.ROOT,
                        "%-24s %d-word queries %6d: right %5.1f%%, ambiguous %5.1f%%, wrong %5.1f%%%n",
                        file, size, queries[size], 100.0 * right[size] / queries[size],
                        100.0 * ambiguous[size] / queries[size], 100.0 * wrong[size] / queries[size]);
            }
        }
    }
}
