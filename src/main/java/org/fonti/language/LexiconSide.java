package org.fonti.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One language's side of the lexicon: every entry's generated forms, indexed by folded form and by light stem,
 * separately for single words and for phrases. Immutable after construction.
 */
final class LexiconSide {

    /** An entry reached through one of its forms; {@code slot} is null when only the stem matched. */
    record Hit(int entry, Slot slot) {
    }

    private final Morphology morphology;
    private final Function<LexiconEntry, String> lemmaOf;
    private final List<Map<Slot, List<String>>> forms = new ArrayList<>();
    private final Map<String, List<Hit>> exact = new HashMap<>();
    private final Map<String, List<Hit>> stemmed = new HashMap<>();
    private final Set<String> words = new HashSet<>();
    private int longestPhrase = 1;

    LexiconSide(List<LexiconEntry> entries, Function<LexiconEntry, String> lemmaOf, Morphology morphology) {
        this.morphology = morphology;
        this.lemmaOf = lemmaOf;
        for (int i = 0; i < entries.size(); i++) {
            LexiconEntry entry = entries.get(i);
            String lemma = lemmaOf.apply(entry);
            Map<Slot, List<String>> entryForms = morphology.inflect(lemma, entry.partOfSpeech());
            forms.add(entryForms);
            for (Map.Entry<Slot, List<String>> slotForms : entryForms.entrySet()) {
                for (String form : slotForms.getValue()) {
                    String key = normalise(key(form));
                    add(exact, key, new Hit(i, slotForms.getKey()));
                    add(stemmed, stemKey(key), new Hit(i, null));
                    String[] parts = key.split(" ");
                    longestPhrase = Math.max(longestPhrase, parts.length);
                    for (String part : parts) {
                        words.add(part);
                    }
                }
            }
        }
    }

    private static void add(Map<String, List<Hit>> index, String key, Hit hit) {
        List<Hit> hits = index.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!hits.contains(hit)) {
            hits.add(hit);
        }
    }

    /** Folded words joined by single spaces; apostrophes of elisions become spaces so "dell'anno" = "dell anno". */
    static String key(String phrase) {
        String folded = Words.fold(phrase);
        StringBuilder key = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && !key.isEmpty()) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }

    /** A key with each word as phrases use it (Italian "a causa della" → "a causa di"). */
    String normalise(String key) {
        if (key.indexOf(' ') < 0) {
            return morphology.phraseWord(key);
        }
        String[] parts = key.split(" ");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = morphology.phraseWord(parts[i]);
        }
        return String.join(" ", parts);
    }

    /** The light stem of every word of a key. */
    String stemKey(String key) {
        String[] parts = key.split(" ");
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(morphology.lightStem(part));
        }
        return sb.toString();
    }

    /** Entries having {@code key} (folded, space-joined) as one of their forms, with the slot it fills. */
    List<Hit> exactHits(String key) {
        return exact.getOrDefault(normalise(key), List.of());
    }

    /** Other spellings of a single folded word to try when it matches no form. */
    List<String> variants(String key) {
        return morphology.variants(key);
    }

    /** Entries having a form with the same light stem as {@code key}. */
    List<Hit> stemHits(String key) {
        return stemmed.getOrDefault(stemKey(normalise(key)), List.of());
    }

    /** The generated forms of entry {@code entry} on this side. */
    Map<Slot, List<String>> forms(int entry) {
        return forms.get(entry);
    }

    /** This side's lemma of an entry, as written. */
    String lemma(LexiconEntry entry) {
        return lemmaOf.apply(entry);
    }

    /** Every folded word of every generated form. */
    Set<String> words() {
        return words;
    }

    /** The most words any form has. */
    int longestPhrase() {
        return longestPhrase;
    }
}
