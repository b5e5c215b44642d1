package org.fonti.tagging.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fonti.corpus.Language;
import org.fonti.tagging.EntityMention;

/**
 * Tags persons, organisations and places in Italian or English text with rules: word lists written for
 * the project, cues around the name, capitalisation, and agreement across the whole text (a name tagged
 * once with confidence is tagged the same everywhere). Every variant of one name in the text gets one
 * canonical name (see {@link EntityCanonicalizer}).
 *
 * <p>Build one and share it: the word lists are loaded once, and {@link #tag} keeps no state, so it is
 * safe to call from many threads.
 */
public final class EntityTagger {

    private final CandidateFinder finder;
    private final TopicalNames topicalNames;
    private final TextAgreement agreement;
    private final EntityCanonicalizer canonicalizer;

    public EntityTagger() {
        Lexicon lex = Lexicon.shared();
        this.finder = new CandidateFinder(lex);
        this.topicalNames = new TopicalNames();
        this.agreement = new TextAgreement(lex);
        this.canonicalizer = new EntityCanonicalizer();
    }

    /** Entity mentions in text order, with exact offsets into {@code text} and a canonical name each. */
    public List<EntityMention> tag(String text, Language lang) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Set<String> lowercaseWords = lowercaseWords(tokens);
        List<Candidate> candidates = finder.find(tokens, lang, lowercaseWords);
        List<Candidate> agreed = agreement.settle(tokens, topicalNames.apply(tokens, candidates), lowercaseWords);
        List<EntityMention> mentions = new ArrayList<>(agreed.size());
        for (Candidate c : agreed) {
            if (c.type() == null) {
                continue; // a known name of none of the three types (an event, a programme)
            }
            int start = tokens.get(c.from()).start();
            int end = tokens.get(c.to() - 1).end();
            String surface = text.substring(start, end);
            mentions.add(new EntityMention(surface, start, end, c.type(), surface));
        }
        return canonicalizer.canonicalize(text, mentions);
    }

    /** Words the text itself writes in lower case: their capitalised form is a sentence start, not a name. */
    private static Set<String> lowercaseWords(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            if (t.isWord() && Character.isLowerCase(t.text().charAt(0)) && !t.hasInnerCapital()) {
                words.add(NameFolding.fold(t.text()));
            }
        }
        return words;
    }

}
