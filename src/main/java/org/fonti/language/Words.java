package org.fonti.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word splitting, case/accent folding and resource reading shared by the detector and the translator. */
final class Words {

    /** A word: letters and digits, maybe joined by an inner apostrophe or hyphen ("dell'Unione", "don't", "e-mail"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*['’]?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    /** The words of {@code text} as typed (no folding), in order. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Lower case, accents removed, typographic apostrophe made plain: the key every lookup uses. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (isAscii(lower)) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Non-blank, non-comment lines of a UTF-8 classpath resource next to this class. */
    static List<String> resourceLines(String name) {
        InputStream in = Words.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/fonti/language/" + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** All whitespace-separated words of a word-list resource, folded. */
    static List<String> resourceWords(String name) {
        List<String> words = new ArrayList<>();
        for (String line : resourceLines(name)) {
            for (String w : line.strip().split("\\s+")) {
                words.add(fold(w));
            }
        }
        return words;
    }
}
