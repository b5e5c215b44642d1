package org.fonti.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fonti.corpus.Language;
import org.fonti.language.QueryTranslator;
import org.fonti.language.TermTranslation;
import org.fonti.language.WeightedTerm;

/**
 * Measures how much of a sentence the lexicon can carry into the other language: for each aligned English–Italian
 * pair, the share of the source sentence's content-word tokens that {@link QueryTranslator} translates into a word
 * found (after light normalisation) in the target sentence.
 *
 * <p>Usage: {@code LexiconCoverage DIR [--half first|second|all] [--gaps N]} where DIR holds
 * {@code tatoeba_en_it.tsv} and {@code oldi_seed_en_it.tsv.gz} (see their README: CC BY 2.0 FR and CC BY-SA 4.0,
 * measurement only). The default half is the second one (ids above half the largest id), kept for measuring; gap
 * lists ({@code --gaps}) are only printed for the first half, the part one may learn from.
 */
public final class LexiconCoverage {

    /** Counters for one file and direction. */
    private static final class Tally {
        int sentences;
        int content;
        int translated;
        int hits;
        int hitsTop3;
        int sameAsTyped;
        final Map<String, Integer> unknown = new HashMap<>();
        final Map<String, Integer> missed = new HashMap<>();

        String summary() {
            return String.format(Locale.ROOT,
                    "%5d sentences %6d content tokens | translated %5.1f%% | hit %5.1f%% (top-3 %5.1f%%) | "
                            + "hit or same-as-typed %5.1f%%",
                    sentences, content, pct(translated), pct(hits), pct(hitsTop3), pct(hits + sameAsTyped));
        }

        private double pct(int n) {
            return content == 0 ? 0 : 100.0 * n / content;
        }
    }

    private final QueryTranslator translator = new QueryTranslator();
    private final Set<String> italianFunctionWords;
    private final Set<String> englishFunctionWords;

    private LexiconCoverage() throws IOException {
        italianFunctionWords = functionWords("function-words-it.txt");
        englishFunctionWords = functionWords("function-words-en.txt");
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LexiconCoverage DIR [--half first|second|all] [--gaps N]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String half = "second";
        int gaps = 0;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--half" -> half = args[++i];
                case "--gaps" -> gaps = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (gaps > 0 && !half.equals("first")) {
            throw new IllegalArgumentException(
                    "gap lists are only shown for --half first (the second half is held out)");
        }
        LexiconCoverage coverage = new LexiconCoverage();
        System.out.println("half: " + half);
        for (String file : List.of("tatoeba_en_it.tsv", "oldi_seed_en_it.tsv.gz")) {
            List<ParallelPairs.Pair> pairs = ParallelPairs.read(dir.resolve(file)).half(half).pairs();
            for (Language from : List.of(Language.EN, Language.IT)) {
                Tally tally = coverage.measure(pairs, from);
                System.out.printf(Locale.ROOT, "%-24s %s→%s  %s%n", file, from.code(), other(from).code(),
                        tally.summary());
                if (gaps > 0) {
                    printTop("  untranslated", tally.unknown, gaps);
                    printTop("  translated, not found in target", tally.missed, gaps);
                }
            }
        }
    }

    private Tally measure(List<ParallelPairs.Pair> pairs, Language from) {
        Tally tally = new Tally();
        Language to = other(from);
        for (ParallelPairs.Pair pair : pairs) {
            String source = from == Language.EN ? pair.english() : pair.italian();
            String target = from == Language.EN ? pair.italian() : pair.english();
            Set<String> targetWords = normalisedWords(target, to);
            List<String> tokens = QueryTranslator.tokens(source);
            List<TermTranslation> translations = translator.translate(tokens, from, to);
            TermTranslation[] covering = new TermTranslation[tokens.size()];
            for (TermTranslation t : translations) {
                for (int i = t.firstToken(); i <= t.lastToken(); i++) {
                    covering[i] = t;
                }
            }
            tally.sentences++;
            for (int i = 0; i < tokens.size(); i++) {
                String word = fold(tokens.get(i));
                if (!isContentWord(word, from)) {
                    continue;
                }
                tally.content++;
                TermTranslation t = covering[i];
                if (t == null) {
                    if (targetWords.contains(normalise(withoutPossessive(word), to))) {
                        tally.sameAsTyped++;
                    } else {
                        tally.unknown.merge(word, 1, Integer::sum);
                    }
                    continue;
                }
                tally.translated++;
                int rank = firstFoundRank(t.targets(), targetWords, to);
                if (rank >= 0) {
                    tally.hits++;
                    if (rank < 3) {
                        tally.hitsTop3++;
                    }
                } else if (targetWords.contains(normalise(withoutPossessive(word), to))) {
                    tally.sameAsTyped++;
                } else {
                    tally.missed.merge(word, 1, Integer::sum);
                }
            }
        }
        return tally;
    }

    /** Rank of the first target whose words all occur in the target sentence, or -1. */
    private static int firstFoundRank(List<WeightedTerm> targets, Set<String> targetWords, Language to) {
        for (int rank = 0; rank < targets.size(); rank++) {
            boolean all = true;
            for (String w : targets.get(rank).term().split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty() && !targetWords.contains(normalise(fold(w), to))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return rank;
            }
        }
        return -1;
    }

    private boolean isContentWord(String folded, Language language) {
        if (folded.length() < 2 || !folded.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')) {
            return false;
        }
        Set<String> functionWords = language == Language.IT ? italianFunctionWords : englishFunctionWords;
        String bare = folded;
        int apostrophe = folded.indexOf('\'');
        if (apostrophe >= 0) {
            bare = language == Language.IT ? folded.substring(apostrophe + 1) : folded.substring(0, apostrophe);
        }
        return bare.length() > 1 && !functionWords.contains(bare) && !functionWords.contains(folded);
    }

    private static Set<String> normalisedWords(String sentence, Language language) {
        Set<String> words = new HashSet<>();
        for (String token : sentence.split("[^\\p{L}\\p{N}'’]+")) {
            String folded = fold(token);
            for (String part : folded.split("'")) {
                if (!part.isEmpty()) {
                    words.add(normalise(part, language));
                }
            }
        }
        return words;
    }

    /** Names keep matching as typed: "Tom's" is found as "Tom". */
    private static String withoutPossessive(String folded) {
        return folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
    }

    /** Light normalisation: Italian loses its final vowel, English its plural -s. */
    private static String normalise(String folded, Language language) {
        int n = folded.length();
        if (n <= 3) {
            return folded;
        }
        if (language == Language.IT) {
            return "aeiou".indexOf(folded.charAt(n - 1)) >= 0 ? folded.substring(0, n - 1) : folded;
        }
        return folded.endsWith("s") && !folded.endsWith("ss") ? folded.substring(0, n - 1) : folded;
    }

    private static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static Language other(Language language) {
        return language == Language.IT ? Language.EN : Language.IT;
    }

    private static void printTop(String title, Map<String, Integer> counts, int n) {
        StringBuilder sb = new StringBuilder(title).append(":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(e -> sb.append(' ').append(e.getKey()).append('(').append(e.getValue()).append(')'));
        System.out.println(sb);
    }

    private static Set<String> functionWords(String name) throws IOException {
        Set<String> words = new HashSet<>();
        try (InputStream in = QueryTranslator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(fold(w));
                        }
                    }
                }
            }
        }
        return words;
    }
}
