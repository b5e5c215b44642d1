package org.fonti.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits Italian or English news text into sentences in one left-to-right pass.
 *
 * <p>Rules, in the order they matter:
 * <ul>
 *   <li>A blank line (paragraph break) always ends a sentence, and so does a line break after a line without
 *       final punctuation (headlines, captions, bylines). A line ending in {@code , ; : - (} is taken as a hard
 *       wrap and continues.</li>
 *   <li>{@code . ! ? …} (and runs of them) end a sentence only when followed by whitespace and then something
 *       that can start a sentence: not a lower-case letter (ellipses mid-sentence, unknown abbreviations), not
 *       continuing punctuation. A dot followed directly by a letter or digit never ends one (3.5, 1.000.000,
 *       10.05.2022, example.com, mario.rossi@example.it).</li>
 *   <li>Known abbreviations (see {@code abbreviations.txt}) and single capital letters (initials: "D. W.
 *       Griffith") do not end a sentence before a capitalised word.</li>
 *   <li>Quotations: inside “…”, «…», ‘…’ or "…" (straight quotes pair by alternation within a paragraph) sentence
 *       ends are only remembered. When the outermost quote closes, they are confirmed if the quotation ends its
 *       sentence (final punctuation before the closing mark and a new sentence after it, or punctuation right
 *       after the mark, as in {@code «…».}); otherwise the quotation continues its sentence ({@code “…”, si
 *       legge}, {@code «…» – ha detto}) and the whole is one sentence. A quotation still open at a paragraph
 *       or headline end confirms them too, and so does a straight " that is shaped like an opening mark (blank
 *       before, letter after) while a straight quote is open, so an unpaired mark costs little.</li>
 * </ul>
 * Sentences are trimmed of surrounding whitespace and cover every non-blank character of the text in order.
 * Thread-safe: all per-call state lives in a {@link Scan}.
 */
public final class SentenceSplitter {

    private final Abbreviations abbreviations;

    public SentenceSplitter() {
        this.abbreviations = Abbreviations.load();
    }

    public List<Sentence> split(String text) {
        return new Scan(text).run();
    }

    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
        }
        if (c < '\u00A0') {
            return false;
        }
        return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosingBracket(char c) {
        return c == ')' || c == ']';
    }

    /** Characters that may precede the first word of a sentence: opening quotes, brackets, dialogue dashes. */
    private static boolean isOpener(char c) {
        return c == '“' || c == '«' || c == '"' || c == '‘' || c == '„' || c == '(' || c == '['
                || c == '–' || c == '—' || c == '-';
    }

    /** Punctuation that cannot start a sentence, so a terminal before it does not end one. */
    private static boolean continuesSentence(char c) {
        return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '%'
                || isTerminal(c) || c == '”' || c == '»' || c == '’';
    }

    /** Per-call mutable state of one pass over a text. */
    private final class Scan {
        private final String t;
        private final int n;
        private final List<Sentence> out = new ArrayList<>();
        private int segmentStart;
        private int lineStart;
        private int lastNonSpace = -1;
        /** Open quote marks, innermost last; straight quotes and „ are stored as '"' and '“'. */
        private char[] quotes = new char[4];
        private int depth;
        /** Sentence ends seen inside the current outermost quotation, waiting for it to close. */
        private int[] pending = new int[8];
        private int pendingCount;

        Scan(String text) {
            this.t = text;
            this.n = text.length();
        }

        List<Sentence> run() {
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (c == '\n') {
                    onLineEnd(i);
                    i++;
                } else if (isSpace(c)) {
                    i++;
                } else if (isTerminal(c)) {
                    i = onTerminal(i);
                } else if (c == '“' || c == '”' || c == '«' || c == '»' || c == '"' || c == '‘' || c == '’'
                        || c == '„') {
                    lastNonSpace = i;
                    onQuoteMark(i);
                    i++;
                } else {
                    lastNonSpace = i;
                    i++;
                }
            }
            confirmPending();
            cut(n);
            return out;
        }

        private void onLineEnd(int i) {
            boolean lineHasText = lastNonSpace >= lineStart;
            if (!lineHasText || endsWithoutFinalPunctuation(lastNonSpace)) {
                confirmPending();
                depth = 0;
                cut(i);
            }
            lineStart = i + 1;
        }

        /** True for a line ending like a headline; false after final punctuation or a hard-wrap mark. */
        private boolean endsWithoutFinalPunctuation(int last) {
            int p = last;
            while (p > lineStart && isClosingMark(t.charAt(p))) {
                p--;
            }
            char c = t.charAt(p);
            if (isTerminal(c)) {
                return false;
            }
            return !(c == ',' || c == ';' || c == ':' || c == '-' || c == '–' || c == '—' || c == '(');
        }

        private boolean isClosingMark(char c) {
            return isClosingBracket(c) || c == '”' || c == '»' || c == '"' || c == '’';
        }

        private int onTerminal(int i) {
            int j = i;
            while (j < n && isTerminal(t.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < n) {
                if (isClosingBracket(t.charAt(k))) {
                    k++;
                    continue;
                }
                int closedTo = depth > 1 ? closes(k) : -1;
                if (closedTo > 0) {
                    depth = closedTo;
                    k++;
                    continue;
                }
                break;
            }
            lastNonSpace = k - 1;
            if (depth > 0 && k < n && closes(k) == 0) {
                // Final punctuation right before the outermost closing mark: decided when the mark is read.
                return k;
            }
            if (endsSentence(i, j, k)) {
                if (depth > 0) {
                    addPending(k);
                } else {
                    cut(k);
                }
            }
            return k;
        }

        /**
         * The depth the quote stack falls back to if the mark at {@code k} closes an open quote, or -1 when it
         * does not close anything.
         */
        private int closes(int k) {
            char c = t.charAt(k);
            char opener = switch (c) {
                case '»' -> '«';
                case '”', '"' -> '“';
                case '’' -> (k + 1 < n && Character.isLetter(t.charAt(k + 1))) ? 0 : '‘';
                default -> 0;
            };
            if (opener == 0) {
                return -1;
            }
            for (int d = depth - 1; d >= 0; d--) {
                char open = quotes[d];
                if (open == opener || (opener == '“' && open == '"')) {
                    return d;
                }
                if (c == '"' || c == '’') {
                    // Ambiguous marks only close the innermost quote; otherwise they open or are apostrophes.
                    return -1;
                }
            }
            return -1;
        }

        private void onQuoteMark(int i) {
            char c = t.charAt(i);
            if (c == '"' && depth > 0 && quotes[depth - 1] == '"' && hasOpenerShape(i)) {
                // Closing marks never follow a blank: the open straight quote was a stray mark.
                if (depth == 1) {
                    confirmPending();
                }
                depth--;
                push('"');
                return;
            }
            int closedTo = closes(i);
            if (closedTo >= 0) {
                depth = closedTo;
                if (depth == 0) {
                    onOutermostClose(i);
                }
                return;
            }
            if (c == '"' && i > 0 && Character.isDigit(t.charAt(i - 1))) {
                // 58"17, 15" : seconds or inches, not an opening quote.
                return;
            }
            switch (c) {
                case '«', '“', '„', '"' -> push(c == '„' ? '“' : c);
                case '‘' -> {
                    boolean afterLetter = i > 0 && Character.isLetter(t.charAt(i - 1));
                    if (!afterLetter) {
                        push('‘');
                    }
                }
                default -> {
                    // A stray closing mark or an apostrophe: nothing to track.
                }
            }
        }

        private boolean hasOpenerShape(int i) {
            return (i == 0 || isSpace(t.charAt(i - 1))) && i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1));
        }

        private void push(char opener) {
            if (depth == quotes.length) {
                quotes = Arrays.copyOf(quotes, depth * 2);
            }
            quotes[depth++] = opener;
        }

        private void onOutermostClose(int mark) {
            boolean finalPunctuationInside = mark > 0 && isTerminal(t.charAt(mark - 1));
            int k = mark + 1;
            while (k < n && isClosingBracket(t.charAt(k))) {
                k++;
            }
            lastNonSpace = k - 1;
            int next = skipSpace(k);
            if (next >= n) {
                confirmPending();
                cut(k);
                return;
            }
            if (isTerminal(t.charAt(next))) {
                // «…». — the punctuation after the mark ends the sentence; the quotation is complete in it.
                confirmPending();
                return;
            }
            if (containsLineBreak(k, next)) {
                // The line ends with the quotation, so does its sentence (see onLineEnd).
                confirmPending();
                return;
            }
            if (finalPunctuationInside && next > k && startsSentence(next)) {
                confirmPending();
                cut(k);
            } else {
                pendingCount = 0;
            }
        }

        private boolean containsLineBreak(int from, int to) {
            for (int p = from; p < to; p++) {
                if (t.charAt(p) == '\n') {
                    return true;
                }
            }
            return false;
        }

        /** Whether the terminal run [i, j), followed by closing brackets/marks up to k, ends a sentence. */
        private boolean endsSentence(int i, int j, int k) {
            if (k >= n) {
                return true;
            }
            if (!isSpace(t.charAt(k))) {
                return false;
            }
            int next = skipSpace(k);
            if (next >= n) {
                return true;
            }
            int w = skipOpeners(next);
            if (w >= n) {
                return true;
            }
            char c = t.charAt(w);
            if (Character.isLowerCase(c)) {
                return false;
            }
            boolean capital = Character.isUpperCase(c) || Character.isTitleCase(c);
            boolean digit = Character.isDigit(c);
            if (!capital && !digit) {
                return !continuesSentence(c);
            }
            if (j - i != 1 || t.charAt(i) != '.') {
                return true;
            }
            return switch (wordBefore(i)) {
                case NONE -> true;
                case INITIAL, NEVER_FINAL -> false;
                case BEFORE_NUMBER -> !(digit || isRomanNumeral(w));
                case MAY_END -> true;
            };
        }

        private enum WordKind { NONE, INITIAL, NEVER_FINAL, BEFORE_NUMBER, MAY_END }

        /** Classifies the word (letters and inner dots) that ends at the dot at {@code dot}. */
        private WordKind wordBefore(int dot) {
            int b = dot;
            boolean innerDots = false;
            while (b > 0) {
                char c = t.charAt(b - 1);
                if (Character.isLetter(c)) {
                    b--;
                } else if (c == '.' && b - 2 >= 0 && Character.isLetter(t.charAt(b - 2))) {
                    innerDots = true;
                    b--;
                } else {
                    break;
                }
            }
            if (b == dot) {
                return WordKind.NONE;
            }
            if (b > 0 && (Character.isDigit(t.charAt(b - 1)) || t.charAt(b - 1) == '@')) {
                return WordKind.NONE;
            }
            if (dot - b == 1) {
                // Single letters are initials ("D. W. Griffith", "John P. Zenger") or abbreviations ("v.
                // Schalkwyk", "c. 7", "p. 12"): whatever follows belongs to the same sentence.
                return WordKind.INITIAL;
            }
            String word = t.substring(b, dot);
            Abbreviations.Kind kind = abbreviations.kindOf(word);
            if (kind != null) {
                return switch (kind) {
                    case NEVER_FINAL -> WordKind.NEVER_FINAL;
                    case BEFORE_NUMBER -> WordKind.BEFORE_NUMBER;
                    case MAY_END -> WordKind.MAY_END;
                };
            }
            // Unknown dotted words are acronyms or abbreviations ("A.SE.CON.", "c.t. Bettini"): the capital that
            // follows is more often a name than a new sentence.
            if (innerDots) {
                return WordKind.INITIAL;
            }
            return WordKind.NONE;
        }

        private boolean isRomanNumeral(int w) {
            int p = w;
            while (p < n && "IVXLCDM".indexOf(t.charAt(p)) >= 0) {
                p++;
            }
            return p > w && (p == n || !Character.isLetter(t.charAt(p)));
        }

        private boolean startsSentence(int next) {
            int w = skipOpeners(next);
            if (w >= n) {
                return true;
            }
            char c = t.charAt(w);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            return !continuesSentence(c);
        }

        private int skipSpace(int p) {
            while (p < n && isSpace(t.charAt(p))) {
                p++;
            }
            return p;
        }

        private int skipOpeners(int p) {
            while (p < n && (isOpener(t.charAt(p)) || isSpace(t.charAt(p)))) {
                p++;
            }
            return p;
        }

        private void addPending(int position) {
            if (pendingCount == pending.length) {
                pending = Arrays.copyOf(pending, pendingCount * 2);
            }
            pending[pendingCount++] = position;
        }

        private void confirmPending() {
            for (int p = 0; p < pendingCount; p++) {
                cut(pending[p]);
            }
            pendingCount = 0;
        }

        /** Ends the current segment at {@code end}; emits it trimmed unless it is blank. */
        private void cut(int end) {
            if (end <= segmentStart) {
                return;
            }
            int s = segmentStart;
            int e = end;
            while (s < e && isSpace(t.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(t.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Sentence(s, e));
            }
            segmentStart = end;
        }
    }
}
