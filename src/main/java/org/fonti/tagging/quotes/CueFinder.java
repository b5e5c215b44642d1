package org.fonti.tagging.quotes;

import java.util.ArrayList;
import java.util.List;
import org.fonti.tagging.quotes.Lexicon.Section;

/** Finds reporting, document, source and title cues in a window of tokens, left to right. */
final class CueFinder {

    private static final int MAX_ADVERBS = 2;

    private final Lexicon lexicon;

    CueFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Cue> find(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Cue cue = cueAt(tokens, i);
            if (cue == null) {
                i++;
            } else {
                cues.add(cue);
                i = cue.last() + 1;
            }
        }
        return cues;
    }

    private Cue cueAt(List<Token> tokens, int i) {
        if (!tokens.get(i).word()) {
            return null;
        }
        int n = lexicon.match(Section.DOCUMENT_TRIGGER, tokens, i);
        if (n > 0) {
            return cue(Cue.Kind.DOCUMENT, tokens, i, extendOverDocument(tokens, i + n - 1));
        }
        n = lexicon.match(Section.SOURCE, tokens, i);
        if (n > 0) {
            return cue(Cue.Kind.SOURCE, tokens, i, i + n - 1);
        }
        if (lexicon.contains(Section.AUXILIARY, tokens.get(i).lower())) {
            int k = i + 1;
            int adverbs = 0;
            while (k < tokens.size() && adverbs < MAX_ADVERBS && tokens.get(k).word()
                    && lexicon.contains(Section.ADVERB, tokens.get(k).lower())) {
                k++;
                adverbs++;
            }
            if (k < tokens.size()) {
                n = lexicon.match(Section.PARTICIPLE, tokens, k);
                if (n > 0) {
                    return cue(Cue.Kind.VERB, tokens, i, k + n - 1);
                }
            }
        }
        n = lexicon.match(Section.FINITE, tokens, i);
        boolean noun = i > 0 && tokens.get(i - 1).word()
                && lexicon.contains(Section.DETERMINER, tokens.get(i - 1).lower()); // "la replica", "the claims"
        if (n > 0 && !noun) {
            return cue(Cue.Kind.VERB, tokens, i, i + n - 1);
        }
        n = lexicon.match(Section.TITLE_CUE, tokens, i);
        if (n > 0) {
            return cue(Cue.Kind.TITLE, tokens, i, i + n - 1);
        }
        return null;
    }

    /**
     * "si legge" + "in una dichiarazione congiunta": an optional preposition and article, a document noun and
     * its modifiers. Returns the last token of the cue.
     */
    private int extendOverDocument(List<Token> tokens, int last) {
        int k = last + 1;
        int skipped = 0;
        while (k < tokens.size() && skipped < 2 && tokens.get(k).word()
                && lexicon.contains(Section.FUNCTION_WORD, tokens.get(k).lower())) {
            k++;
            skipped++;
        }
        if (k >= tokens.size() || lexicon.match(Section.DOCUMENT_NOUN, tokens, k) == 0) {
            return last;
        }
        int end = k + lexicon.match(Section.DOCUMENT_NOUN, tokens, k) - 1;
        while (end + 1 < tokens.size() && lexicon.match(Section.DOCUMENT_MODIFIER, tokens, end + 1) > 0) {
            end += lexicon.match(Section.DOCUMENT_MODIFIER, tokens, end + 1);
        }
        return end;
    }

    private static Cue cue(Cue.Kind kind, List<Token> tokens, int first, int last) {
        return new Cue(kind, first, last, tokens.get(first).start(), tokens.get(last).end());
    }
}
