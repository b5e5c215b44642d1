package org.fonti.corpus;

import java.util.Locale;
import java.util.Optional;

/** The languages Fonti analyses. Articles in any other language are treated as the closest of these. */
public enum Language {
    IT("it"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, as used in front matter, the API and field names. */
    public String code() {
        return code;
    }

    /** Parses "it", "IT", "ita", "italian", "en", "eng", "english"; empty for anything else. */
    public static Optional<Language> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "it", "ita", "italian", "italiano" -> Optional.of(IT);
            case "en", "eng", "english", "inglese" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
