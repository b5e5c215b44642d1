package org.fonti.tagging.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks within each paragraph, in one pass with a small stack.
 *
 * <ul>
 *   <li>« closes with », “ and „ with ” or a straight ", and a straight " with ” or another " (so the mixed
 *       pairs “…" and "…” of real articles pair). A straight " opens when no double quote is open, closes the
 *       innermost one otherwise (pairing by alternation), and is a seconds/inches mark after a digit. A straight
 *       " after a blank and before a letter is an opening mark even when one is open: closing marks never follow
 *       a blank, so the earlier straight quote was a stray one.</li>
 *   <li>‘ opens only when not glued to a preceding letter; ’ closes it only when not followed by a letter,
 *       so apostrophes (l’anno, po’ di) never pair.</li>
 *   <li>A mark that closes an outer quote drops the unclosed ones inside it; a blank line drops everything
 *       still open, so one missing mark cannot pair across paragraphs.</li>
 * </ul>
 */
final class QuotePairer {

    /** Positions of an opening and its closing mark; the quoted text lies strictly between them. */
    record MarkPair(int openMark, int closeMark) {
    }

    private QuotePairer() {
    }

    static List<MarkPair> pair(String text) {
        List<MarkPair> pairs = new ArrayList<>();
        char[] kinds = new char[8];
        int[] positions = new int[8];
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int closing = -1;
            char opening = 0;
            switch (c) {
                case '\n' -> {
                    if (isBlankLineAfter(text, i)) {
                        depth = 0;
                    }
                }
                case '«' -> opening = '«';
                case '»' -> closing = find(kinds, depth, '«', '«');
                case '“', '„' -> {
                    boolean looksClosing = c == '“' && depth > 0 && isDouble(kinds[depth - 1])
                            && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                            && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)));
                    if (looksClosing) {
                        closing = depth - 1;
                    } else {
                        opening = '“';
                    }
                }
                case '”' -> {
                    closing = find(kinds, depth, '“', '"');
                    if (closing < 0 && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                            && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                        opening = '“'; // ”…” typesetting
                    }
                }
                case '"' -> {
                    boolean openerShape = (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                            && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
                    if (depth > 0 && isDouble(kinds[depth - 1]) && openerShape) {
                        // A closing quote never follows a blank: the open straight quote was a stray mark (drop
                        // it), while inside “…” this one opens a nested quote.
                        if (kinds[depth - 1] == '"') {
                            depth--;
                        }
                        opening = '"';
                    } else if (depth > 0 && isDouble(kinds[depth - 1])) {
                        closing = depth - 1;
                    } else if (i == 0 || !Character.isDigit(text.charAt(i - 1))) {
                        opening = '"';
                    }
                }
                case '‘' -> {
                    if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                        opening = '‘';
                    }
                }
                case '’' -> {
                    boolean apostrophe = (i + 1 < n && Character.isLetter(text.charAt(i + 1)))
                            || isTruncatedWord(text, i);
                    if (!apostrophe && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                        closing = find(kinds, depth, '‘', '‘');
                    }
                }
                default -> {
                    // not a quotation mark
                }
            }
            if (closing >= 0) {
                if (hasContent(text, positions[closing] + 1, i)) {
                    pairs.add(new MarkPair(positions[closing], i));
                }
                depth = closing;
            } else if (opening != 0) {
                if (depth == kinds.length) {
                    kinds = java.util.Arrays.copyOf(kinds, depth * 2);
                    positions = java.util.Arrays.copyOf(positions, depth * 2);
                }
                kinds[depth] = opening;
                positions[depth] = i;
                depth++;
            }
        }
        pairs.sort(Comparator.comparingInt(MarkPair::openMark));
        return pairs;
    }

    /** Italian words truncated with an apostrophe at their end: "un po’", "di’", "va’", "be’". */
    private static final java.util.Set<String> TRUNCATED = java.util.Set.of(
            "po", "mo", "be", "di", "fa", "va", "da", "sta", "to");

    private static boolean isTruncatedWord(String text, int apostrophe) {
        int b = apostrophe;
        while (b > 0 && Character.isLetter(text.charAt(b - 1)) && apostrophe - b <= 3) {
            b--;
        }
        boolean wordStart = b == 0 || !Character.isLetter(text.charAt(b - 1));
        return wordStart && TRUNCATED.contains(text.substring(b, apostrophe).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isDouble(char kind) {
        return kind == '“' || kind == '"';
    }

    /** The stack index of the innermost open mark of either kind, or -1. */
    private static int find(char[] kinds, int depth, char a, char b) {
        for (int d = depth - 1; d >= 0; d--) {
            if (kinds[d] == a || kinds[d] == b) {
                return d;
            }
        }
        return -1;
    }

    private static boolean isBlankLineAfter(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasContent(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }
}
