package org.fonti.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fonti.corpus.Language;

/**
 * Translates query terms between Italian and English with Fonti's {@link Lexicon}. Phrases are recognised greedily,
 * longest first ("joint declaration" → "dichiarazione congiunta"); single words are looked up by any inflected form
 * ("drones" → droni, drone; "signed" → firmato, firmò) and, failing that, by light stem. Matching ignores case and
 * accents. Names, numbers and function words get no translation: the caller searches the original query beside the
 * translations. Thread-safe.
 */
public final class QueryTranslator {

    /** At most this many targets per term: more only dilutes the query. */
    private static final int MAX_TARGETS = 12;
    /** Each further form of the same entry counts a little less than the one before. */
    private static final double FORM_DECAY = 0.9;
    private static final double MIN_FORM_FACTOR = 0.5;
    /** An unverified cognate guess (formation → formazione) counts well below a lexicon translation. */
    private static final double COGNATE_WEIGHT = 0.4;
    /** A capitalised word matching a common word may well be a name (Meloni, Conte): its translations count less. */
    private static final double NAME_AS_WORD_FACTOR = 0.5;
    /** A match found only through the light stem is less certain than an exact form. */
    private static final double STEM_FACTOR = 0.8;

    private final Lexicon lexicon;
    private final Set<String> italianFunctionWords;
    private final Set<String> englishFunctionWords;

    /** A translator over the lexicon shipped on the classpath. */
    public QueryTranslator() {
        this(Lexicon.standard());
    }

    public QueryTranslator(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.italianFunctionWords = Set.copyOf(Words.resourceWords("function-words-it.txt"));
        this.englishFunctionWords = Set.copyOf(Words.resourceWords("function-words-en.txt"));
    }

    /** Splits {@code query} into words and translates them; token indices refer to {@link #tokens(String)}. */
    public List<TermTranslation> translate(String query, Language from, Language to) {
        return translate(tokens(query), from, to);
    }

    /** The words of a query as this translator splits them ("dell'accordo" stays one token). */
    public static List<String> tokens(String query) {
        return Words.split(query);
    }

    /**
     * The translations of the terms of {@code tokens} from {@code from} into {@code to}, in token order; tokens with
     * no translation (names, numbers, function words, unknown words) are left out.
     */
    public List<TermTranslation> translate(List<String> tokens, Language from, Language to) {
        if (from == to) {
            throw new IllegalArgumentException("source and target language are both " + from);
        }
        LexiconSide source = lexicon.side(from);
        LexiconSide target = lexicon.side(to);
        List<String> contentKeys = tokens.stream().map(t -> contentKey(t, from)).toList();
        List<String> fullKeys = tokens.stream().map(t -> fullKey(t, from)).toList();
        // Capitals mark names, except in a query typed all in capitals or in a title-cased headline of four words
        // or more; a short all-capitalised query ("Giorgia Meloni", "Mario Draghi BCE") is a run of names.
        boolean anyLowercase = tokens.stream().anyMatch(t -> !t.isEmpty() && Character.isLowerCase(t.charAt(0)));
        boolean anyMixedCase = tokens.stream().anyMatch(t -> t.chars().anyMatch(Character::isLowerCase));
        boolean capitalisationInformative = anyMixedCase && (anyLowercase || tokens.size() < 4);
        List<TermTranslation> result = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TermTranslation phrase = longestPhrase(tokens, contentKeys, fullKeys, i, source, target);
            if (phrase != null) {
                result.add(phrase);
                i = phrase.lastToken() + 1;
                continue;
            }
            String key = contentKeys.get(i);
            if (!key.isEmpty() && !isFunctionWord(tokens.get(i), key, from) && !isNumber(key)) {
                Capitalisation capitalisation = capitalisationInformative
                        ? Capitalisation.of(tokens.get(i), i) : Capitalisation.COMMON_WORD;
                List<WeightedTerm> targets = translations(source, target, key, capitalisation);
                if (targets.isEmpty() && key.indexOf(' ') < 0 && capitalisation == Capitalisation.COMMON_WORD) {
                    targets = CognateGuesser.guess(key, from).stream()
                            .map(guess -> new WeightedTerm(guess, COGNATE_WEIGHT)).toList();
                }
                if (!targets.isEmpty()) {
                    result.add(new TermTranslation(tokens.get(i), i, i, targets));
                }
            }
            i++;
        }
        return result;
    }

    /**
     * The longest lexicon phrase starting at token {@code start}. The first token may be taken with or without its
     * elided article ("l'Unione europea", "all'interno di"); later tokens are taken whole.
     */
    private TermTranslation longestPhrase(List<String> tokens, List<String> contentKeys, List<String> fullKeys,
                                          int start, LexiconSide source, LexiconSide target) {
        int longest = Math.min(source.longestPhrase(), tokens.size() - start);
        for (int length = longest; length >= 2; length--) {
            StringBuilder rest = new StringBuilder();
            for (int j = start + 1; j < start + length; j++) {
                rest.append(' ').append(fullKeys.get(j));
            }
            for (String first : List.of(fullKeys.get(start), contentKeys.get(start))) {
                if (first.isEmpty()) {
                    continue;
                }
                String key = first + rest;
                if (key.split(" ").length < 2) {
                    continue;
                }
                List<WeightedTerm> targets = translations(source, target, key);
                if (!targets.isEmpty()) {
                    String typed = String.join(" ", tokens.subList(start, start + length));
                    return new TermTranslation(typed, start, start + length - 1, targets);
                }
                if (first.equals(contentKeys.get(start))) {
                    break;
                }
            }
        }
        return null;
    }

    /** Exact forms first; the light stem only when no form matches. */
    private List<WeightedTerm> translations(LexiconSide source, LexiconSide target, String key) {
        return translations(source, target, key, Capitalisation.COMMON_WORD);
    }

    private List<WeightedTerm> translations(LexiconSide source, LexiconSide target, String key,
                                            Capitalisation capitalisation) {
        List<LexiconSide.Hit> hits = source.exactHits(key);
        if (capitalisation == Capitalisation.NAME) {
            // A probable name: entries written capitalised (Turkey, Moscow) count fully; a common word only in its
            // dictionary form and at half weight (Church, Empire; but not Meloni as the plural of melone).
            List<LexiconSide.Hit> proper = new ArrayList<>();
            List<LexiconSide.Hit> common = new ArrayList<>();
            for (LexiconSide.Hit hit : hits) {
                String lemma = source.lemma(lexicon.entries().get(hit.entry()));
                if (Character.isUpperCase(lemma.charAt(0))) {
                    proper.add(hit);
                } else if (LexiconSide.key(lemma).equals(key)) {
                    common.add(hit);
                }
            }
            return proper.isEmpty() ? weigh(target, common, NAME_AS_WORD_FACTOR) : weigh(target, proper, 1.0);
        }
        double factor = 1.0;
        if (hits.isEmpty() && key.indexOf(' ') < 0) {
            for (String variant : source.variants(key)) {
                hits = source.exactHits(variant);
                if (!hits.isEmpty()) {
                    break;
                }
            }
        }
        if (hits.isEmpty() && capitalisation == Capitalisation.COMMON_WORD) { // a stem is too loose for a name
            hits = source.stemHits(key);
            factor = STEM_FACTOR;
        }
        if (capitalisation == Capitalisation.INITIAL && !isLemmaOfAny(source, hits, key)) {
            factor *= NAME_AS_WORD_FACTOR; // "Meloni ..." may be a surname; "Droni ..." may be auto-capitalised
        }
        return weigh(target, hits, factor);
    }

    private boolean isLemmaOfAny(LexiconSide source, List<LexiconSide.Hit> hits, String key) {
        for (LexiconSide.Hit hit : hits) {
            if (LexiconSide.key(source.lemma(lexicon.entries().get(hit.entry()))).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private List<WeightedTerm> weigh(LexiconSide target, List<LexiconSide.Hit> hits, double factor) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (LexiconSide.Hit hit : hits) {
            double entryWeight = lexicon.entries().get(hit.entry()).weight() * factor;
            addTargets(weights, target.forms(hit.entry()), hit.slot(), entryWeight);
        }
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(MAX_TARGETS)
                .map(e -> new WeightedTerm(e.getKey(), e.getValue()))
                .toList();
    }

    /** The target forms that render {@code slot}, best first, each weighted a little less than the one before. */
    private static void addTargets(Map<String, Double> weights, Map<Slot, List<String>> targetForms, Slot slot,
                                   double entryWeight) {
        // Round robin over the counterpart slots, so an English past yields firmato, firmò, firmare before the
        // rarer forms of any one slot (firmata, firmarono, ...).
        List<String> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Slot> slots = slot == null ? List.copyOf(targetForms.keySet()) : slot.counterparts();
        int longest = slots.stream().mapToInt(s -> targetForms.getOrDefault(s, List.of()).size()).max().orElse(0);
        for (int rank = 0; rank < longest; rank++) {
            for (Slot s : slots) {
                List<String> list = targetForms.getOrDefault(s, List.of());
                if (rank < list.size() && seen.add(list.get(rank))) {
                    ordered.add(list.get(rank));
                }
            }
        }
        if (ordered.isEmpty()) { // no counterpart slot (e.g. a noun reached through a verb slot): use the lemma
            targetForms.values().stream().findFirst().ifPresent(list -> ordered.add(list.get(0)));
        }
        double factor = 1.0;
        for (String form : ordered) {
            double w = entryWeight * factor;
            weights.merge(form, w, Math::max);
            factor = Math.max(MIN_FORM_FACTOR, factor * FORM_DECAY);
        }
    }

    /**
     * What a token's capitals suggest. A capitalised word after the first ("migranti Meloni", "Giorgia Meloni") is
     * probably a name; the first word of a query may be a name or a common word capitalised by the keyboard
     * ("Meloni migranti", "Droni turchi"), so it is translated at a lower weight when it is not a dictionary form.
     */
    private enum Capitalisation {
        COMMON_WORD, INITIAL, NAME;

        static Capitalisation of(String typed, int index) {
            boolean capitalised = typed.length() > 1 && Character.isUpperCase(typed.charAt(0))
                    && typed.chars().skip(1).anyMatch(Character::isLowerCase);
            if (!capitalised) {
                return COMMON_WORD;
            }
            return index == 0 ? INITIAL : NAME;
        }
    }

    /**
     * A function word gets no translation of its own ("the", "di", "stato" as in "è stato"), except when typed in
     * capitals as an acronym ("US", "UN").
     */
    private boolean isFunctionWord(String typed, String key, Language language) {
        Set<String> functionWords = language == Language.IT ? italianFunctionWords : englishFunctionWords;
        boolean acronym = typed.length() > 1
                && typed.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
        return functionWords.contains(key) && !acronym;
    }

    private static boolean isNumber(String key) {
        return key.chars().anyMatch(Character::isDigit);
    }

    /** The whole token as a key: "dell'accordo" → "dell accordo" (the elided article kept as a word). */
    static String fullKey(String token, Language language) {
        String folded = Words.fold(token);
        if (language == Language.EN) {
            return contentKey(token, language);
        }
        return LexiconSide.key(folded);
    }

    /**
     * The lookup key of a token: folded, without an Italian elided article or preposition ("dell'accordo" →
     * "accordo") and without the English possessive ("Turkey's" → "turkey"). Empty for a token that is only an
     * elision ("l'").
     */
    static String contentKey(String token, Language language) {
        String folded = Words.fold(token);
        int apostrophe = folded.indexOf('\'');
        if (apostrophe >= 0) {
            if (language == Language.IT) {
                folded = folded.substring(apostrophe + 1);
            } else if (folded.endsWith("'s") || folded.endsWith("'")) {
                folded = folded.substring(0, apostrophe);
            }
        }
        return LexiconSide.key(folded);
    }
}
