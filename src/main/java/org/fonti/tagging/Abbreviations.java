package org.fonti.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Abbreviations that end with a dot, grouped by what a following capitalised word means. Loaded once from
 * {@code abbreviations.txt} next to this class; immutable afterwards.
 */
final class Abbreviations {

    /** What a dot after this word means when the next word is capitalised or a number. */
    enum Kind {
        /** Titles and connectors ("dott.", "Mr.", "e.g."): the sentence always goes on. */
        NEVER_FINAL,
        /** References ("art.", "pag.", "n."): the sentence goes on before a number or Roman numeral only. */
        BEFORE_NUMBER,
        /** Words that often close a sentence ("ecc.", "Inc."): a capitalised word starts a new one. */
        MAY_END
    }

    private static final String RESOURCE = "abbreviations.txt";

    private final Map<String, Kind> kinds;

    private Abbreviations(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    static Abbreviations load() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Kind> kinds = new HashMap<>();
            Kind section = null;
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                switch (line) {
                    case "[never-final]" -> section = Kind.NEVER_FINAL;
                    case "[before-number]" -> section = Kind.BEFORE_NUMBER;
                    case "[may-end]" -> section = Kind.MAY_END;
                    default -> {
                        if (section == null) {
                            throw new IllegalStateException(RESOURCE + ": entry before any section: " + line);
                        }
                        kinds.put(line.toLowerCase(Locale.ROOT), section);
                    }
                }
            }
            return new Abbreviations(kinds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of {@code word} (without its final dot, any case), or null when it is not a known abbreviation. */
    Kind kindOf(String word) {
        return kinds.get(word.toLowerCase(Locale.ROOT));
    }
}
