package org.fonti.tagging.quotes;

/** What a pair of quotation marks encloses. */
public enum QuoteKind {
    /** Reported speech or writing: a clause or sentence somebody said or wrote. */
    STATEMENT,
    /** A word or short phrase set off for emphasis, irony or as a borrowed term ("multidimensionale"). */
    SCARE_QUOTE,
    /** A proper name or the title of a work ("Turkish Aerospace Industries", «La grande bellezza»). */
    NAME
}
