package org.fonti.tagging.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Morph-it, the Italian morphological dictionary in LanguageTool's Italian module: it knows the common words
 * of Italian in all their forms, and many names (tagged NPR). It tells a sentence that opens with
 * "Deludente" or "Musica" from one that opens with a name.
 */
final class ItalianDictionary {

    private static final String RESOURCE = "/org/languagetool/resource/it/italian.dict";
    private static final String PROPER_NOUN = "NPR";

    /** Lookups reuse buffers, so each thread has its own over the one immutable dictionary. */
    private final ThreadLocal<DictionaryLookup> lookups;

    /** Reads the dictionary; build one per process (the {@link Lexicon} holds it). */
    ItalianDictionary() {
        URL url = ItalianDictionary.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("missing Morph-it dictionary " + RESOURCE + " (org.languagetool:language-it)");
        }
        try {
            Dictionary dictionary = Dictionary.read(url);
            lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * True for a capitalised word that Italian uses as a common word ("Musica", "Deludente", "Seppur") and
     * that the dictionary does not also list as a name ("Conte", "Rossi").
     */
    boolean isCommonWordOnly(String word) {
        if (isTagged(word, true)) {
            return false;
        }
        return isTagged(word.toLowerCase(Locale.ROOT), false);
    }

    /** Whether Italian has the word, in lower case, as any common word: "sinistra" is no misspelt "ministra". */
    boolean isItalianWord(String lowercase) {
        return isTagged(lowercase, false);
    }

    /** What Italian makes of a lower-case word, from one lookup. */
    enum WordKind { NOUN_OR_ADJECTIVE, OTHER_WORD, UNKNOWN }

    /** "sanità", "pesante" are nouns or adjectives; "costituirsi" is another word; a word Morph-it lacks is unknown. */
    WordKind kindOf(String lowercase) {
        WordKind kind = WordKind.UNKNOWN;
        for (WordData data : lookups.get().lookup(lowercase)) {
            String tag = data.getTag() == null ? "" : data.getTag().toString();
            if (tag.startsWith("NOUN") || tag.startsWith("ADJ")) {
                return WordKind.NOUN_OR_ADJECTIVE;
            }
            if (!tag.startsWith(PROPER_NOUN)) {
                kind = WordKind.OTHER_WORD;
            }
        }
        return kind;
    }

    /** Whether the dictionary lists the word with a proper-noun tag ({@code names}) or another tag. */
    private boolean isTagged(String word, boolean names) {
        for (WordData data : lookups.get().lookup(word)) {
            CharSequence tag = data.getTag();
            boolean name = tag != null && tag.toString().startsWith(PROPER_NOUN);
            if (name == names) {
                return true;
            }
        }
        return false;
    }
}
