package org.fonti.tagging.entities;

/**
 * A word or punctuation mark with its offsets in the source text. {@code initial} is true where a capital
 * letter says nothing about the word being a name: at the start of a sentence or of a quotation.
 */
record Token(String text, int start, int end, boolean initial) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** "iPhone", "eBay", "d'Alema" are written with a capital inside, which marks a name too. */
    boolean hasInnerCapital() {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return Character.isLowerCase(text.charAt(0));
            }
        }
        return false;
    }

    boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Elided articles and prepositions keep their apostrophe: "dell'", "l'", "d'". */
    boolean isElided() {
        char last = text.charAt(text.length() - 1);
        return text.length() > 1 && (last == '\'' || last == '’');
    }
}
