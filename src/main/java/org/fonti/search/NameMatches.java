package org.fonti.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query words that name a known entity ("Tayyip Erdogan", "Turchia"), found by longest match over
 * consecutive words. Each such word also matches every article that mentions the entity under any spelling, so a
 * search for "Tayyip Erdogan" finds the article that misspells him "Tayyp".
 */
final class NameMatches {

    static final NameMatches NONE = new NameMatches();
    private static final int LONGEST_NAME_IN_WORDS = 5;
    private static final int SHORTEST_SINGLE_WORD_NAME = 4;

    private final Map<String, List<String>> keysByWord = new HashMap<>();
    private final Set<String> allKeys = new LinkedHashSet<>();

    private NameMatches() {
    }

    static NameMatches of(List<String> words, EntityDirectory directory) {
        var found = new NameMatches();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            List<String> keys = List.of();
            for (int length = Math.min(LONGEST_NAME_IN_WORDS, words.size() - i); length >= 1; length--) {
                String name = String.join(" ", words.subList(i, i + length));
                if (length == 1 && name.length() < SHORTEST_SINGLE_WORD_NAME) {
                    continue;
                }
                keys = directory.keys(null, name);
                if (!keys.isEmpty()) {
                    matched = length;
                    break;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int w = i; w < i + matched; w++) {
                found.keysByWord.computeIfAbsent(words.get(w).toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).addAll(keys);
            }
            found.allKeys.addAll(keys);
            i += matched;
        }
        return found;
    }

    /** Entity keys ("TYPE:canonical") that {@code word} belongs to the name of. */
    List<String> keysFor(String word) {
        return keysByWord.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every entity key the query names; their mentions are highlighted in passages. */
    Set<String> keys() {
        return allKeys;
    }
}
