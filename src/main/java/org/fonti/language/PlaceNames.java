package org.fonti.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fonti.language.LexiconEntry.PartOfSpeech;

/**
 * Country names in English and Italian from the JDK's CLDR locale data (Kazakhstan ↔ Kazakistan). CLDR's
 * qualifiers are split off: "Myanmar (Burma)" ↔ "Myanmar (Birmania)" gives Myanmar ↔ Myanmar and Burma ↔ Birmania.
 * Older or more common exonyms CLDR lacks (Turkey for Türkiye) are written in lexicon-places.tsv.
 */
final class PlaceNames {

    private PlaceNames() {
    }

    static List<LexiconEntry> countries() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            String italian = country.getDisplayCountry(Locale.ITALIAN);
            if (english.isBlank() || italian.isBlank() || english.equals(code) || italian.equals(code)) {
                continue;
            }
            add(entries, main(english), main(italian));
            String englishQualifier = qualifier(english);
            String italianQualifier = qualifier(italian);
            if (englishQualifier != null && italianQualifier != null) {
                add(entries, englishQualifier, italianQualifier);
            }
        }
        return entries;
    }

    private static void add(List<LexiconEntry> entries, String english, String italian) {
        if (!english.isBlank() && !italian.isBlank()) {
            entries.add(new LexiconEntry(english, italian, 1.0, "place", PartOfSpeech.OTHER));
        }
    }

    /** The name without CLDR's qualifier: "Myanmar (Burma)" → "Myanmar", "Congo - Kinshasa" → "Congo". */
    private static String main(String name) {
        String clean = name.replace('’', '\'').replace(" & ", " and ");
        int paren = clean.indexOf(" (");
        if (paren > 0) {
            clean = clean.substring(0, paren);
        }
        int dash = clean.indexOf(" - ");
        if (dash > 0) {
            clean = clean.substring(0, dash);
        }
        return clean.strip();
    }

    /** The parenthesised alternative name, if any: "Myanmar (Burma)" → "Burma". */
    private static String qualifier(String name) {
        int open = name.indexOf(" (");
        int close = name.indexOf(')', open + 1);
        return open > 0 && close > open ? name.substring(open + 2, close).strip() : null;
    }
}
