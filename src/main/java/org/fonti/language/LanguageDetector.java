package org.fonti.language;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fonti.corpus.Language;

/**
 * Tells Italian from English, for whole articles ({@link #detect}) and for two- or three-word queries
 * ({@link #detectQuery}). Evidence is summed per word as a log-odds-like score: function words weigh most, then
 * frequent content words and the bilingual lexicon's one-sided vocabulary, then spelling cues (-zione, -mente,
 * final accented vowels, elisions like "dell'" for Italian; -tion, -ing, -ness, "th", "w", "n't" for English).
 * Capitalised words that no list knows are taken for names and give no evidence, so name-heavy texts stay robust.
 * Immutable and thread-safe once built.
 */
public final class LanguageDetector {

    /** Articles are decided on their first words; more adds cost, not accuracy. */
    private static final int MAX_TEXT_WORDS = 4000;
    /** Below this margin a query is reported ambiguous (about one strong cue). */
    private static final double QUERY_MARGIN = 1.2;

    private static final double FUNCTION_WORD = 3.0;
    private static final double COMMON_WORD = 2.0;
    private static final double LEXICON_WORD = 1.0;

    private final Set<String> italianFunction;
    private final Set<String> englishFunction;
    private final Set<String> italianCommon;
    private final Set<String> englishCommon;
    private final Set<String> italianVocabulary;
    private final Set<String> englishVocabulary;

    /** Built from Fonti's word lists and the bilingual lexicon on the classpath. */
    public LanguageDetector() {
        this(Lexicon.standard());
    }

    /** Uses {@code lexicon}'s one-sided vocabulary as extra (weaker) evidence. */
    public LanguageDetector(Lexicon lexicon) {
        this(lexicon.italianOnlyWords(), lexicon.englishOnlyWords());
    }

    LanguageDetector(Set<String> italianVocabulary, Set<String> englishVocabulary) {
        Set<String> itFunction = new HashSet<>(Words.resourceWords("function-words-it.txt"));
        Set<String> enFunction = new HashSet<>(Words.resourceWords("function-words-en.txt"));
        Set<String> itCommon = new HashSet<>(Words.resourceWords("common-words-it.txt"));
        Set<String> enCommon = new HashSet<>(Words.resourceWords("common-words-en.txt"));
        // A word both languages use ("a", "in", "come", "per", "no") says nothing about either.
        Set<String> shared = new HashSet<>(itFunction);
        shared.addAll(itCommon);
        Set<String> english = new HashSet<>(enFunction);
        english.addAll(enCommon);
        shared.retainAll(english);
        itFunction.removeAll(shared);
        enFunction.removeAll(shared);
        itCommon.removeAll(shared);
        enCommon.removeAll(shared);
        this.italianFunction = Set.copyOf(itFunction);
        this.englishFunction = Set.copyOf(enFunction);
        this.italianCommon = Set.copyOf(itCommon);
        this.englishCommon = Set.copyOf(enCommon);
        this.italianVocabulary = Set.copyOf(italianVocabulary);
        this.englishVocabulary = Set.copyOf(englishVocabulary);
    }

    /** The language of an article or passage; Italian when the text gives no evidence at all. */
    public Language detect(String text) {
        List<String> words = Words.split(text);
        if (words.size() > MAX_TEXT_WORDS) {
            words = words.subList(0, MAX_TEXT_WORDS);
        }
        return score(words) >= 0 ? Language.IT : Language.EN;
    }

    /** The language of a short query; a query without evidence is ambiguous and reported as Italian. */
    public QueryLanguage detectQuery(String query) {
        return detectQuery(query, Language.IT);
    }

    /** As {@link #detectQuery(String)}, reporting {@code fallback} when the query gives no evidence either way. */
    public QueryLanguage detectQuery(String query, Language fallback) {
        double score = score(Words.split(query));
        double margin = Math.abs(score);
        Language language = score > 0 ? Language.IT : score < 0 ? Language.EN : fallback;
        double confidence = 1.0 / (1.0 + Math.exp(-margin));
        return new QueryLanguage(language, confidence, margin < QUERY_MARGIN);
    }

    /** Positive for Italian, negative for English. */
    private double score(List<String> words) {
        double total = 0;
        for (String word : words) {
            total += wordScore(word);
        }
        return total;
    }

    private double wordScore(String typed) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        double elision = elisionScore(lower);
        if (elision != 0) {
            return elision;
        }
        String key = Words.fold(lower);
        if (italianFunction.contains(key)) {
            return FUNCTION_WORD;
        }
        if (englishFunction.contains(key)) {
            return -FUNCTION_WORD;
        }
        if (italianCommon.contains(key)) {
            return COMMON_WORD;
        }
        if (englishCommon.contains(key)) {
            return -COMMON_WORD;
        }
        boolean inItalian = italianVocabulary.contains(key);
        boolean inEnglish = englishVocabulary.contains(key);
        if (inItalian != inEnglish) {
            return (inItalian ? LEXICON_WORD : -LEXICON_WORD) + spellingScore(lower) * 0.5;
        }
        if (inItalian || !Character.isUpperCase(typed.charAt(0))) {
            return spellingScore(lower);
        }
        return 0; // an unknown capitalised word: a name, whatever its spelling
    }

    /** "dell'anno", "l'accordo", "c'è" are Italian; "don't", "it's", "we're" are English. */
    private double elisionScore(String lower) {
        int apostrophe = lower.indexOf('\'');
        if (apostrophe < 0) {
            return 0;
        }
        String head = lower.substring(0, apostrophe);
        String tail = lower.substring(apostrophe + 1);
        if (tail.equals("s") || tail.equals("t") || tail.equals("re") || tail.equals("ll") || tail.equals("ve")
                || tail.equals("d") || tail.equals("m")) {
            return -FUNCTION_WORD;
        }
        return switch (head) {
            case "l", "dell", "all", "dall", "nell", "sull", "un", "d", "c", "quest", "quell", "sant", "anch",
                 "dov", "com", "nessun", "buon", "bell", "tutt", "po", "s", "m", "t", "v", "n", "gl", "ch" ->
                    FUNCTION_WORD;
            default -> 0;
        };
    }

    /** Weak cues from the shape of a word, for words no list knows. */
    static double spellingScore(String lower) {
        int n = lower.length();
        if (n < 3) {
            return 0;
        }
        char last = lower.charAt(n - 1);
        if ("àèéìòóù".indexOf(last) >= 0) {
            return 2.0;
        }
        double s = 0;
        if (lower.endsWith("zione") || lower.endsWith("zioni")) {
            s += 2.0;
        } else if (lower.endsWith("mente") && n > 6) {
            s += 1.5;
        } else if (lower.endsWith("ggio") || lower.endsWith("ggi") || lower.endsWith("zza") || lower.endsWith("zze")
                || lower.endsWith("ismo") || lower.endsWith("ista") || lower.endsWith("isti")) {
            s += 1.0;
        } else if (lower.matches(".*[aeiou](?:tt|ss|ll|nn|rr|cc|pp|bb|mm|zz|gg)[aeio]i?")) {
            s += 0.8;
        }
        if (lower.endsWith("tion") || lower.endsWith("tions") || lower.endsWith("ness") || lower.endsWith("ship")
                || lower.endsWith("ships")) {
            s -= 2.0;
        } else if ((lower.endsWith("ing") || lower.endsWith("ings")) && n > 4) {
            s -= 1.5;
        } else if ((lower.endsWith("ly") || lower.endsWith("ful") || lower.endsWith("ous")) && n > 4) {
            s -= 1.2;
        } else if (lower.endsWith("ed") && n > 4) {
            s -= 0.8;
        }
        if (lower.contains("th") || lower.contains("w") || lower.contains("ck") || lower.contains("sh")) {
            s -= 0.8;
        }
        if (lower.contains("gli") || lower.contains("gn") || lower.contains("zi")) {
            s += 0.5;
        }
        if ("aeio".indexOf(last) >= 0) {
            s += 0.4;
        } else if (last == 'y' || last == 'k' || last == 'w') {
            s -= 0.8;
        } else if (Character.isLetter(last)) {
            s -= 0.4;
        }
        return s;
    }
}
