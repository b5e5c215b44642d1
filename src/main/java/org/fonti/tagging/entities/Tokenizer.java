package org.fonti.tagging.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation with exact offsets, the way names need it: hyphenated names stay
 * whole ("Kassym-Jomart"), dotted abbreviations stay whole ("S.p.A.", "F."), elided articles are split off
 * ("dell'Italia" = "dell'" + "Italia") while apostrophes inside surnames are kept ("D'Alema", "O'Brien").
 */
final class Tokenizer {

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dott", "dr", "sig", "sigg", "sigra", "on", "sen", "prof", "avv", "ing", "arch", "mons", "gen",
            "col", "magg", "cap", "ten", "mr", "mrs", "ms", "st", "jr", "sr", "fr", "rev", "gov", "pres", "lt",
            "sgt", "capt", "amb", "vs", "ecc", "etc", "n", "no", "art", "pag", "ca", "co", "inc", "ltd", "corp");

    /** Abbreviations written before a name, kept with their full stop: "dott. Rossi", "St. Louis". */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "dott", "dr", "sig", "sigg", "sigra", "on", "sen", "prof", "avv", "ing", "mons", "gen", "mr", "mrs", "ms",
            "st", "mt", "ft", "jr", "sr", "rev", "gov", "lt", "sgt", "capt", "col", "magg");

    /** A web address by its domain: "teopol.it", "Megaupload.com", "www.cia.gov". */
    static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?:www\\.)?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*"
            + "\\.(?:it|com|org|net|eu|gov|edu|info|int|io|tv|uk|de|fr|es|ch|ru|cn|jp)(?![\\p{L}\\p{N}])");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        boolean boundary = true;
        boolean quoteOpen = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' || c == '\r') {
                    boundary = true;
                }
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i);
            } else if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                i += 3;
            } else {
                i++;
            }
            String t = text.substring(start, i);
            boolean initial = boundary || quoteOpen;
            tokens.add(new Token(t, start, i, initial));
            if (Character.isLetterOrDigit(c)) {
                boundary = false;
                quoteOpen = false;
            } else {
                if (isSentenceEnd(t, tokens)) {
                    boundary = true;
                } else if (isOpeningQuote(t, text, start)) {
                    quoteOpen = true;
                } else if (!boundary && !t.equals("(") && !t.equals("-") && !t.equals("–")) {
                    quoteOpen = false;
                }
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int start = i;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            char next = i + 1 < n ? text.charAt(i + 1) : ' ';
            if ((c == '-' || c == '‐') && Character.isLetterOrDigit(next)) {
                i++;
                continue;
            }
            if (c == '.') {
                if (Character.isLetter(next)) {
                    Matcher web = WEB_ADDRESS.matcher(text).region(start, n);
                    if (web.lookingAt()) {
                        return web.end(); // "Repubblica.it", "www.cia.gov": one name, and no sentence ends inside
                    }
                }
                boolean dotted = isDottedSoFar(text, start, i);
                if (dotted && Character.isLetter(next)) {
                    i++;
                    continue;
                }
                if (TITLE_ABBREVIATIONS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return i + 1;
                }
                boolean hasDot = text.lastIndexOf('.', i - 1) >= start;
                boolean initialLetter = i - start == 1 && Character.isUpperCase(text.charAt(start));
                return dotted && (hasDot || initialLetter) ? i + 1 : i;
            }
            if (c == '\'' || c == '’') {
                if (!Character.isLetter(next)) {
                    return i;
                }
                if ((next == 's' || next == 'S') && !Character.isLetter(afterNext(text, i))) {
                    return i;
                }
                if (i - start == 1 && Character.isUpperCase(text.charAt(start)) && text.charAt(start) != 'L'
                        && Character.isUpperCase(next)) {
                    i++;
                    continue;
                }
                return i + 1;
            }
            return i;
        }
        return i;
    }

    private static char afterNext(String text, int i) {
        return i + 2 < text.length() ? text.charAt(i + 2) : ' ';
    }

    /** True for "S", "S.p", "U.S" : short letter groups joined by dots. */
    private static boolean isDottedSoFar(String text, int start, int end) {
        int run = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                run = 0;
            } else if (Character.isLetter(c) && ++run <= 2) {
                continue;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceEnd(String t, List<Token> tokens) {
        if (t.equals("!") || t.equals("?") || t.equals("…") || t.equals("...")) {
            return true;
        }
        if (!t.equals(".")) {
            return false;
        }
        if (tokens.size() >= 2) {
            Token before = tokens.get(tokens.size() - 2);
            if (before.end() == tokens.get(tokens.size() - 1).start()
                    && ABBREVIATIONS.contains(before.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpeningQuote(String t, String text, int start) {
        return switch (t) {
            case "“", "«", "‘", "„" -> true;
            case "\"", "'" -> start + 1 < text.length() && !Character.isWhitespace(text.charAt(start + 1))
                    && (start == 0 || Character.isWhitespace(text.charAt(start - 1))
                    || text.charAt(start - 1) == '(');
            default -> false;
        };
    }
}
