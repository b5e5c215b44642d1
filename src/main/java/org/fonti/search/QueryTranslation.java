package org.fonti.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fonti.corpus.Language;
import org.fonti.language.QueryTranslator;
import org.fonti.language.TermTranslation;
import org.fonti.language.WeightedTerm;

/**
 * The other-language alternatives of a query's words and quoted phrases, looked up by the text the parser hands
 * over. A multi-word lexicon term ("joint declaration") gives each of its words the whole target phrase
 * ("dichiarazione congiunta"), so a document with that phrase satisfies every word of the query.
 */
final class QueryTranslation {

    /** One way of saying a query word or phrase in {@code language}, with its weight in (0, 1]. */
    record Alternative(Language language, String text, double weight) {
        boolean isPhrase() {
            return text.indexOf(' ') > 0;
        }
    }

    static final QueryTranslation NONE = new QueryTranslation();

    private final Map<String, List<Alternative>> byWord = new HashMap<>();
    private final Map<String, List<Alternative>> byPhrase = new HashMap<>();
    private final Map<String, List<List<Alternative>>> phraseWords = new HashMap<>();
    private final List<Interpretation> interpretations = new ArrayList<>();

    private QueryTranslation() {
    }

    /** Translates the bare words (in query order, so adjacent words can form one term) and each quoted phrase. */
    static QueryTranslation of(QueryTranslator translator, List<String> words, List<String> phrases,
                               Language from, Language to) {
        var result = new QueryTranslation();
        for (TermTranslation term : translator.translate(words, from, to)) {
            result.interpretations.add(new Interpretation(term.source(), from.code(), to.code(), term.targets()));
            for (int i = term.firstToken(); i <= term.lastToken(); i++) {
                result.add(result.byWord, words.get(i), to, term.targets());
            }
        }
        for (String phrase : phrases) {
            List<String> tokens = QueryTranslator.tokens(phrase);
            List<TermTranslation> terms = translator.translate(tokens, from, to);
            if (terms.size() == 1 && terms.get(0).firstToken() == 0 && terms.get(0).lastToken() == tokens.size() - 1) {
                result.add(result.byPhrase, phrase, to, terms.get(0).targets());
            } else {
                // No lexicon entry for the whole phrase: it degrades to its words, each in any of its translations.
                var perWord = new ArrayList<List<Alternative>>();
                for (TermTranslation term : terms) {
                    perWord.add(alternatives(to, term.targets()));
                }
                if (!perWord.isEmpty()) {
                    result.phraseWords.put(key(phrase), perWord);
                }
            }
            terms.forEach(term -> result.interpretations.add(
                    new Interpretation(term.source(), from.code(), to.code(), term.targets())));
        }
        return result;
    }

    /** Both translations merged, for a query whose language could not be told. */
    QueryTranslation and(QueryTranslation other) {
        var merged = new QueryTranslation();
        for (QueryTranslation part : List.of(this, other)) {
            part.byWord.forEach((k, v) -> merged.byWord.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            part.byPhrase.forEach((k, v) -> merged.byPhrase.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            merged.phraseWords.putAll(part.phraseWords);
            merged.interpretations.addAll(part.interpretations);
        }
        return merged;
    }

    List<Alternative> forWord(String word) {
        return byWord.getOrDefault(key(word), List.of());
    }

    List<Alternative> forPhrase(String phrase) {
        return byPhrase.getOrDefault(key(phrase), List.of());
    }

    /** For a phrase with no whole translation: per translated word, its alternatives (all words must match). */
    List<List<Alternative>> forPhraseWords(String phrase) {
        return phraseWords.getOrDefault(key(phrase), List.of());
    }

    List<Interpretation> interpretations() {
        return List.copyOf(interpretations);
    }

    private void add(Map<String, List<Alternative>> map, String source, Language to, List<WeightedTerm> targets) {
        map.computeIfAbsent(key(source), k -> new ArrayList<>()).addAll(alternatives(to, targets));
    }

    private static List<Alternative> alternatives(Language to, List<WeightedTerm> targets) {
        return targets.stream().map(t -> new Alternative(to, t.term(), t.weight())).toList();
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
