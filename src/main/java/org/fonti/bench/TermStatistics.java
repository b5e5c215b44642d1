package org.fonti.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * Document frequencies of the content words of a corpus, to pick query words of high, middle and low
 * frequency from the corpus itself. Words are lower-cased letter runs of at least {@value #MIN_LENGTH}
 * letters that are not Italian stopwords. Not thread-safe: fed by the single generating thread.
 */
public final class TermStatistics {

    static final int MIN_LENGTH = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final CharArraySet STOPWORDS = ItalianAnalyzer.getDefaultStopSet();

    private final Map<String, int[]> documentFrequency = new HashMap<>();
    private int documents;

    public void addDocument(String text) {
        documents++;
        var seen = new HashSet<String>();
        for (String word : contentWords(text)) {
            if (seen.add(word)) {
                documentFrequency.computeIfAbsent(word, w -> new int[1])[0]++;
            }
        }
    }

    public int documents() {
        return documents;
    }

    public int documentFrequency(String word) {
        int[] df = documentFrequency.get(word);
        return df == null ? 0 : df[0];
    }

    /** Words by falling document frequency, ties in alphabetical order (so the order is deterministic). */
    public List<String> byFrequency() {
        var words = new ArrayList<>(documentFrequency.keySet());
        words.sort(Comparator.<String>comparingInt(w -> -documentFrequency.get(w)[0]).thenComparing(Comparator.naturalOrder()));
        return words;
    }

    /**
     * The {@code count} words whose document frequency is nearest to {@code target}, nearest first. Ties (there
     * are many at low frequencies) are broken by the words' string hash, which is stable across JVMs and spreads
     * the picks over the alphabet instead of taking the first words in "a".
     */
    public List<String> nearFrequency(int target, int count) {
        var words = new ArrayList<>(documentFrequency.keySet());
        words.sort(Comparator.<String>comparingInt(w -> Math.abs(documentFrequency.get(w)[0] - target))
                .thenComparingInt(String::hashCode)
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(words.subList(0, Math.min(count, words.size())));
    }

    /** Adjacent pairs of content words in the given sentences, most frequent first (ties alphabetical). */
    public static List<String> frequentBigrams(List<String> sentences, int count) {
        var counts = new HashMap<String, Integer>();
        for (String sentence : sentences) {
            Matcher m = WORD.matcher(sentence);
            String previous = null;
            int previousEnd = -1;
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                boolean content = isContentWord(word);
                // Only words separated by a single space form a phrase (not across commas or apostrophes).
                if (content && previous != null && m.start() == previousEnd + 1 && sentence.charAt(previousEnd) == ' ') {
                    counts.merge(previous + " " + word, 1, Integer::sum);
                }
                previous = content ? word : null;
                previousEnd = m.end();
            }
        }
        var bigrams = new ArrayList<>(counts.keySet());
        bigrams.sort(Comparator.<String>comparingInt(b -> -counts.get(b)).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(bigrams.subList(0, Math.min(count, bigrams.size())));
    }

    static List<String> contentWords(String text) {
        var words = new ArrayList<String>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (isContentWord(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isContentWord(String word) {
        return word.length() >= MIN_LENGTH && !STOPWORDS.contains(word);
    }
}
