package org.fonti.tagging.dates;

import java.util.Arrays;
import java.util.Locale;

/**
 * A cheap tokenisation of a whole text into parallel arrays: words (with an elided article kept as one token
 * ending in an apostrophe, "dell'" or "quest'"), digit runs and single punctuation characters. Typographic
 * apostrophes are normalised to ASCII in {@link #norm}, so every rule sees "l'anno" whichever apostrophe the text used.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf((char) c);
        }
    }

    final String text;
    int size;
    int[] start;
    int[] end;
    byte[] kind;
    /** Lower-cased token text with ’ replaced by '. */
    String[] norm;
    /** Value of a digit run (up to 9 digits), else -1. */
    int[] num;

    private Tokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 4);
        start = new int[capacity];
        end = new int[capacity];
        kind = new byte[capacity];
        norm = new String[capacity];
        num = new int[capacity];
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                int value = j - i <= 9 ? Integer.parseInt(text, i, j, 10) : -1;
                t.add(i, j, NUM, text.substring(i, j), value);
                i = j;
            } else if (isUrlStart(text, i)) {
                // a link's slug ("...-lo-scorso-10-maggio-...") is not prose: skip it whole
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else if (isWordChar(c)) {
                int j = i;
                while (j < n && isWordChar(text.charAt(j))) {
                    j++;
                }
                // "l'anno", "dell'8 marzo": the article keeps its apostrophe and the next word starts a new token
                boolean elided = j + 1 < n && isApostrophe(text.charAt(j))
                        && (isWordChar(text.charAt(j + 1)) || Character.isDigit(text.charAt(j + 1)));
                String word = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (elided) {
                    word = word + "'";
                    j++;
                }
                t.add(i, j, WORD, word, -1);
                i = j;
            } else {
                char normalised = isApostrophe(c) ? '\'' : c;
                String s = normalised < 128 ? ASCII[normalised] : String.valueOf(normalised);
                t.add(i, i + 1, PUNCT, s, -1);
                i++;
            }
        }
        return t;
    }

    private static boolean isUrlStart(String text, int i) {
        char c = text.charAt(i);
        return (c == 'h' || c == 'w') && (text.startsWith("http://", i) || text.startsWith("https://", i)
                || text.startsWith("www.", i));
    }

    /** Letters, except the ordinal indicators º and ª, which mark "1º" like the degree sign in "1°". */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) && c != 'º' && c != 'ª';
    }

    /** ', ’ and the look-alikes writers use for it (‘93, ʼ, `). */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
    }

    private void add(int s, int e, byte k, String text, int value) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            kind = Arrays.copyOf(kind, capacity);
            norm = Arrays.copyOf(norm, capacity);
            num = Arrays.copyOf(num, capacity);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        norm[size] = text;
        num[size] = value;
        size++;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isNum(int i) {
        return i >= 0 && i < size && kind[i] == NUM;
    }

    boolean is(int i, String word) {
        return i >= 0 && i < size && norm[i].equals(word);
    }

    boolean isAny(int i, String... words) {
        if (i < 0 || i >= size) {
            return false;
        }
        for (String w : words) {
            if (norm[i].equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Digits of a number token: "05" has 2. */
    int digits(int i) {
        return end[i] - start[i];
    }

    /** True when token i+1 follows token i with no character in between ("10/05", "1°"). */
    boolean glued(int i) {
        return i + 1 < size && end[i] == start[i + 1];
    }

    String norm(int i) {
        return i >= 0 && i < size ? norm[i] : "";
    }

    /** Sentence punctuation or a line break between tokens i and i+1 (or the text edge). */
    boolean isSentenceEnd(int i) {
        if (i < 0 || i >= size) {
            return true;
        }
        if (kind[i] == PUNCT) {
            String s = norm[i];
            if (s.equals(".") || s.equals("!") || s.equals("?") || s.equals(";")) {
                return true;
            }
        }
        if (i + 1 < size) {
            for (int k = end[i]; k < start[i + 1]; k++) {
                if (text.charAt(k) == '\n') {
                    return true;
                }
            }
        }
        return false;
    }
}
