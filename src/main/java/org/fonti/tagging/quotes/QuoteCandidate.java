package org.fonti.tagging.quotes;

import org.fonti.tagging.Quotation;

/**
 * Any text between a pair of quotation marks, with its classification. {@code start}/{@code end} delimit the
 * quoted words without the marks and without surrounding blanks ({@code text == source.substring(start, end)});
 * {@code openMark}/{@code closeMark} are the positions of the marks themselves. {@code speaker} and
 * {@code cue} are only set for statements.
 */
public record QuoteCandidate(String text, int start, int end, int openMark, int closeMark, QuoteKind kind,
                             String speaker, String cue) {

    public QuoteCandidate {
        if (openMark < 0 || openMark >= start || end < start || closeMark < end) {
            throw new IllegalArgumentException("bad quote candidate " + openMark + "/" + start + ".." + end + "/"
                    + closeMark);
        }
    }

    public boolean isStatement() {
        return kind == QuoteKind.STATEMENT;
    }

    /** Whether this candidate's marks lie inside the other's quoted words. */
    public boolean isInside(QuoteCandidate other) {
        return other != this && openMark >= other.start && closeMark < other.end;
    }

    public Quotation toQuotation() {
        return new Quotation(text, start, end, speaker, cue);
    }
}
