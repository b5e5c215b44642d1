package org.fonti.tagging;

/**
 * A direct quotation: {@code text} is the quoted words without the quote marks, exactly
 * {@code source.substring(start, end)}. {@code speaker} is the canonical name of who said it, or null
 * when the text does not say; {@code cue} is the reporting words that attribute it ("ha detto"), or null.
 */
public record Quotation(String text, int start, int end, String speaker, String cue) {
    public Quotation {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quotation range " + start + ".." + end);
        }
    }
}
