package org.fonti.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fonti.language.LexiconEntry.PartOfSpeech;

/** Country names in English and Italian from the JDK's CLDR locale data (Kazakhstan ↔ Kazakistan). */
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
            entries.add(new LexiconEntry(english, italian, 1.0, "place", PartOfSpeech.OTHER));
        }
        return entries;
    }
}
