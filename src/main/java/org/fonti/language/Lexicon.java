package org.fonti.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fonti's English–Italian lexicon, read from the TSV files named in {@code lexicon-files.txt} (all written for
 * Fonti; see that file for the format). Immutable once loaded.
 */
public final class Lexicon {

    private static final class Holder {
        static final Lexicon STANDARD = load();
    }

    private final List<LexiconEntry> entries;
    private final Set<String> italianOnlyWords;
    private final Set<String> englishOnlyWords;

    Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        Set<String> italian = new HashSet<>();
        Set<String> english = new HashSet<>();
        for (LexiconEntry e : entries) {
            for (String w : Words.split(e.italian())) {
                italian.add(Words.fold(w));
            }
            for (String w : Words.split(e.english())) {
                english.add(Words.fold(w));
            }
        }
        Set<String> shared = new HashSet<>(italian);
        shared.retainAll(english);
        italian.removeAll(shared);
        english.removeAll(shared);
        this.italianOnlyWords = Set.copyOf(italian);
        this.englishOnlyWords = Set.copyOf(english);
    }

    /** The lexicon shipped on the classpath, loaded once. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /** Every written entry, in file order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** Folded words that occur on the Italian side only. */
    public Set<String> italianOnlyWords() {
        return italianOnlyWords;
    }

    /** Folded words that occur on the English side only. */
    public Set<String> englishOnlyWords() {
        return englishOnlyWords;
    }

    private static Lexicon load() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String file : Words.resourceWords("lexicon-files.txt")) {
            entries.addAll(LexiconEntry.parseFile(file, Words.resourceLines(file)));
        }
        return new Lexicon(entries);
    }
}
