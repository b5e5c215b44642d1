package org.fonti.tagging.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word (letters and digits, with inner hyphens and number separators) or a single punctuation character.
 * Apostrophes separate words and are dropped ("dell'Asia" is "dell", "Asia").
 */
record Token(int start, int end, String lower, boolean word, boolean capitalized) {

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = Math.max(0, from);
        int limit = Math.min(text.length(), to);
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\'' || c == '’' || c == '`') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < limit) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if (isInnerJoiner(text, d, j, limit)) {
                        j++;
                    } else {
                        break;
                    }
                }
                String surface = text.substring(i, j);
                tokens.add(new Token(i, j, surface.toLowerCase(Locale.ROOT), true, Character.isUpperCase(c)));
                i = j;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c), false, false));
                i++;
            }
        }
        return tokens;
    }

    /** Hyphens inside words ("business-first") and separators inside numbers (3.5, 1.000, 4,56). */
    private static boolean isInnerJoiner(String text, char d, int j, int limit) {
        if (j + 1 >= limit) {
            return false;
        }
        char next = text.charAt(j + 1);
        if (d == '-') {
            return Character.isLetterOrDigit(next);
        }
        if (d == '.' || d == ',') {
            return Character.isDigit(next) && Character.isDigit(text.charAt(j - 1));
        }
        return false;
    }

    static int countWords(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.word) {
                n++;
            }
        }
        return n;
    }
}
