package org.fonti.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fonti.corpus.Language;

/**
 * Fonti's English–Italian lexicon: the entries of the TSV files named in {@code lexicon-files.txt} (all written for
 * Fonti; the format is described in {@link LexiconEntry#parseFile}), plus country names from the JDK's locale
 * data ({@link PlaceNames}). Every entry is indexed on both sides with its generated inflections. Immutable.
 */
public final class Lexicon {

    private static final class Holder {
        static final Lexicon STANDARD = load();
    }

    private final List<LexiconEntry> entries;
    private final LexiconSide english;
    private final LexiconSide italian;
    private final Set<String> italianOnlyWords;
    private final Set<String> englishOnlyWords;

    Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        this.english = new LexiconSide(this.entries, LexiconEntry::english, new EnglishMorphology());
        this.italian = new LexiconSide(this.entries, LexiconEntry::italian, new ItalianMorphology());
        Set<String> it = new HashSet<>(italian.words());
        Set<String> en = new HashSet<>(english.words());
        Set<String> shared = new HashSet<>(it);
        shared.retainAll(en);
        it.removeAll(shared);
        en.removeAll(shared);
        this.italianOnlyWords = Set.copyOf(it);
        this.englishOnlyWords = Set.copyOf(en);
    }

    /** The lexicon shipped on the classpath, loaded once. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /** Every entry, written ones in file order, then the generated place names. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** Folded words (with their generated forms) that occur on the Italian side only. */
    public Set<String> italianOnlyWords() {
        return italianOnlyWords;
    }

    /** Folded words (with their generated forms) that occur on the English side only. */
    public Set<String> englishOnlyWords() {
        return englishOnlyWords;
    }

    LexiconSide side(Language language) {
        return language == Language.IT ? italian : english;
    }

    private static Lexicon load() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String file : Words.resourceWords("lexicon-files.txt")) {
            entries.addAll(LexiconEntry.parseFile(file, Words.resourceLines(file)));
        }
        entries.addAll(PlaceNames.countries());
        return new Lexicon(entries);
    }
}
