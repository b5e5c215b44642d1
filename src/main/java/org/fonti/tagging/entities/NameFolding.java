package org.fonti.tagging.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a name to a comparison key: lower case, no diacritics, common transliterations unified,
 * so that "Erdoğan", "Erdogan" and "ERDOGAN" compare equal. Keys are for matching only, never shown.
 */
final class NameFolding {

    private NameFolding() {
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (ascii) {
            return normalisePunctuation(lower);
        }
        StringBuilder sb = new StringBuilder(lower.length());
        // Letters that NFD does not decompose into base + mark.
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ı' -> sb.append('i');
                case 'ł' -> sb.append('l');
                case 'ø' -> sb.append('o');
                case 'đ', 'ð' -> sb.append('d');
                case 'ß' -> sb.append("ss");
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                case 'þ' -> sb.append("th");
                case '’', '‘', 'ʼ', '`', '´' -> sb.append('\'');
                case '–', '—', '‐' -> sb.append('-');
                default -> sb.append(c);
            }
        }
        String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return normalisePunctuation(out.toString());
    }

    private static String normalisePunctuation(String s) {
        if (s.indexOf('-') < 0 && s.indexOf("  ") < 0) {
            return s;
        }
        return s.replace('-', ' ').replaceAll(" +", " ");
    }

    /** Letters outside ASCII, as a measure of how faithfully a variant keeps the original spelling. */
    static int diacriticCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }

    /** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed {@code max}. */
    static int editDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
