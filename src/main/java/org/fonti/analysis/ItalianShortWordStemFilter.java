package org.fonti.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Conflates the gender and number endings of 4- and 5-letter Italian words (drone/droni, casa/case, anno/anni),
 * which Lucene's {@code ItalianLightStemFilter} leaves alone because it only stems words of 6 letters or more.
 * Place it after accent folding and the light stemmer; it applies the same ending rules to the short words.
 */
final class ItalianShortWordStemFilter extends TokenFilter {

    private static final int MIN_LENGTH = 4;
    private static final int LIGHT_STEMMER_MIN_LENGTH = 6;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ItalianShortWordStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length >= MIN_LENGTH && length < LIGHT_STEMMER_MIN_LENGTH) {
            char[] buffer = term.buffer();
            if (Character.isLetter(buffer[length - 2])) {
                term.setLength(stem(buffer, length));
            }
        }
        return true;
    }

    /** The light stemmer's ending rules: drop a final vowel, and an i/h before it where the stemmer would. */
    private static int stem(char[] s, int length) {
        char before = s[length - 2];
        return switch (s[length - 1]) {
            case 'e', 'i' -> before == 'i' || before == 'h' ? length - 2 : length - 1;
            case 'a', 'o' -> before == 'i' ? length - 2 : length - 1;
            default -> length;
        };
    }
}
