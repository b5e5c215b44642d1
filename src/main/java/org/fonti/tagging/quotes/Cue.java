package org.fonti.tagging.quotes;

/**
 * Words near a quotation that say what it is: tokens [{@code first}, {@code last}] of a window, and their
 * character range [{@code start}, {@code end}) in the text.
 */
record Cue(Kind kind, int first, int last, int start, int end) {

    enum Kind {
        /** A reporting verb: "ha detto", "ha poi aggiunto", "said", "told". The speaker is its subject. */
        VERB,
        /** A written source: "si legge in una dichiarazione congiunta". The issuer may follow. */
        DOCUMENT,
        /** "secondo", "according to": the speaker is named right after. */
        SOURCE,
        /** "intitolato", "the so-called", "il film": what follows is a name or title. */
        TITLE
    }

    boolean reports() {
        return kind != Kind.TITLE;
    }
}
