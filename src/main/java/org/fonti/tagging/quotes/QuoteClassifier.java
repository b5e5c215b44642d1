package org.fonti.tagging.quotes;

import java.util.List;
import org.fonti.tagging.quotes.Lexicon.Section;
import org.fonti.tagging.quotes.Lexicon.VerbEvidence;

/**
 * Decides whether quoted words are a statement, a scare quote or a name, from the words themselves and from
 * what the text around them says ({@link Evidence}). Rules, first match wins:
 * <ol>
 *   <li>after a title cue ("intitolato", "the so-called", "il film"): a name when capitalised, else a scare
 *       quote;</li>
 *   <li>one or two words: a statement only right next to a reporting cue and capitalised or punctuated
 *       («Mai», ha detto), else a name when capitalised like one, else a scare quote;</li>
 *   <li>capitalised like a name (most content words capitalised, no sentence punctuation, at most 8 words) and
 *       without a lower-case verb: a name ("Turkish Aerospace Industries", "Stati Uniti del mondo turco");</li>
 *   <li>a statement when a reporting cue is near and there are 3+ words with a verb, sentence punctuation or
 *       5+ words; or a reporting cue or a colon is right before 3+ words (lui replica: «Provvedimento di
 *       gravità inaudita», L'annuncio di Brunetta: «Wi-fi per tutte le scuole»); or 4+ words with a clear verb ("Berlusconi è uno stronzo"); or 5+ words with a verb; or a
 *       capitalised, punctuated sentence with a verb or of 4+ words; or 12+ words;</li>
 *   <li>otherwise a scare quote ("partenariato strategico rafforzato") or a name.</li>
 * </ol>
 */
final class QuoteClassifier {

    /** What the surrounding text says about a quotation. */
    record Evidence(boolean reportingCue, boolean adjacentCue, boolean titleCue, boolean colonBefore) {
        static final Evidence NONE = new Evidence(false, false, false, false);
    }

    private static final int MAX_NAME_WORDS = 8;

    private final Lexicon lexicon;
    /** The other language's lexicon, for quotations in it («It is time to leave» in an Italian article). */
    private final Lexicon foreign;

    QuoteClassifier(Lexicon lexicon, Lexicon foreign) {
        this.lexicon = lexicon;
        this.foreign = foreign;
    }

    QuoteKind classify(List<Token> quoted, Evidence evidence) {
        int words = Token.countWords(quoted);
        if (words == 0) {
            return QuoteKind.SCARE_QUOTE;
        }
        boolean punctuated = hasSentencePunctuation(quoted);
        boolean capitalised = firstWord(quoted).capitalized();
        boolean nameLike = !punctuated && words <= MAX_NAME_WORDS && isCapitalisedLikeAName(quoted)
                && !lexicon.contains(Section.VERB_FORM, firstWord(quoted).lower()); // «È una Bibbia»
        VerbEvidence verbEvidence = verbEvidence(quoted, !nameLike);
        boolean verb = verbEvidence != VerbEvidence.NONE;
        boolean strongVerb = verbEvidence == VerbEvidence.STRONG;

        if (evidence.titleCue()) {
            return capitalised ? QuoteKind.NAME : QuoteKind.SCARE_QUOTE;
        }
        if (words <= 2) {
            if (evidence.adjacentCue() && (capitalised || punctuated)) {
                return QuoteKind.STATEMENT;
            }
            return nameLike ? QuoteKind.NAME : QuoteKind.SCARE_QUOTE;
        }
        if (nameLike && !verb) {
            return QuoteKind.NAME;
        }
        boolean statement = (evidence.reportingCue() && (verb || punctuated || words >= 5))
                || ((evidence.adjacentCue() || evidence.colonBefore()) && words >= 3)
                || (strongVerb && words >= 4)
                || (verb && words >= 5)
                || (punctuated && capitalised && (verb || words >= 4))
                || words >= 12;
        if (statement) {
            return QuoteKind.STATEMENT;
        }
        return nameLike ? QuoteKind.NAME : QuoteKind.SCARE_QUOTE;
    }

    private static Token firstWord(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word()) {
                return t;
            }
        }
        throw new IllegalArgumentException("no words");
    }

    private static boolean hasSentencePunctuation(List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.word()) {
                switch (t.lower()) {
                    case ".", "!", "?", "…", ";" -> {
                        return true;
                    }
                    default -> {
                        // commas, dashes and brackets also occur in names and noun phrases
                    }
                }
            }
        }
        return false;
    }

    /**
     * The first word and the first content word (not a function word, not a number) are capitalised, and so are
     * at least half of the content words: "Stati Uniti del mondo turco", not "Il popolo di Ostia inneggia al Duce".
     */
    private boolean isCapitalisedLikeAName(List<Token> tokens) {
        int content = 0;
        int capitals = 0;
        boolean first = true;
        for (Token t : tokens) {
            if (!t.word()) {
                continue;
            }
            if (first && !t.capitalized()) {
                return false;
            }
            first = false;
            if (Character.isDigit(t.lower().charAt(0)) || lexicon.contains(Section.FUNCTION_WORD, t.lower())) {
                continue;
            }
            if (content == 0 && !t.capitalized()) {
                return false;
            }
            content++;
            if (t.capitalized()) {
                capitals++;
            }
        }
        return content > 0 && capitals * 2 >= content;
    }

    /**
     * STRONG for a closed-class verb form, a distinctive verb ending, a word with an ambiguous ending right after
     * a clause word ("che rafforzano"), or a distinctive auxiliary of the other language ("It is time"); WEAK for
     * two words with ambiguous endings ("partenariato ... rafforzato"); NONE otherwise. Capitalised words count
     * only as the first word of a sentence-like quote ("Siamo pronti"), never inside a name.
     */
    private VerbEvidence verbEvidence(List<Token> tokens, boolean firstWordMayBeVerb) {
        int weak = 0;
        Token previous = null;
        boolean first = true;
        for (Token t : tokens) {
            if (!t.word()) {
                previous = null;
                continue;
            }
            boolean considered = !t.capitalized() || (first && firstWordMayBeVerb);
            first = false;
            if (considered) {
                VerbEvidence evidence = lexicon.verbEvidence(t.lower());
                if (evidence == VerbEvidence.STRONG || foreign.contains(Section.FOREIGN_VERB_MARKER, t.lower())) {
                    return VerbEvidence.STRONG;
                }
                if (evidence == VerbEvidence.WEAK) {
                    if (previous != null && lexicon.contains(Section.VERB_PRECEDER, previous.lower())) {
                        return VerbEvidence.STRONG;
                    }
                    weak++;
                }
            }
            previous = t;
        }
        return weak >= 2 ? VerbEvidence.WEAK : VerbEvidence.NONE;
    }
}
