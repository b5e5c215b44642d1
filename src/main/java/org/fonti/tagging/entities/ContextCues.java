package org.fonti.tagging.entities;

import java.util.List;
import java.util.Set;

/**
 * Words just before a name that say what it names: a title or role ("il presidente turco Erdoğan"), an
 * organisation noun ("l'impresa turca Aselsan"), a place noun ("la cittadina di Vallescura").
 */
final class ContextCues {

    /** Words that may stand between a cue and the name it introduces: "il presidente turco Erdoğan". */
    static final Set<String> ARTICLES = Set.of(
            "il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'", "the", "a", "an", "del", "della",
            "dello", "dell'", "dei", "degli", "delle", "di", "d'", "of", "suo", "sua", "loro", "nostro", "his", "her",
            "their", "its", "former", "ex", "neo", "vice", "nuovo", "nuova", "attuale", "uscente", "designato",
            "eletto", "generale", "delegato", "italiano", "italiana", "stesso", "stessa", "\"", "“", "«", "'", "‘",
            "new", "current", "late", "then");
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "'", "‘", "’");

    private final Lexicon lex;

    ContextCues(Lexicon lex) {
        this.lex = lex;
    }

    boolean startsPerson(Token t) {
        String key = NameFolding.fold(t.text());
        return lex.personTitles.contains(key) || lex.firstNames.contains(key);
    }

    /** A title, or a long one misspelt by a letter ("Presedente"), so that it is not taken for a name. */
    boolean isTitle(String key) {
        if (lex.personTitles.contains(key)) {
            return true;
        }
        if (key.length() < 7 || lex.firstNames.contains(key) || lex.orgHeads.contains(key) || lex.locHeads.contains(key)
                || lex.institutionHeads.containsKey(key) || lex.names.containsKey(key) || lex.commonWords.contains(key)
                || lex.dictionary.isItalianWord(key)) {
            return false; // "Ministero", "Sinistra" are words of their own, not "ministro", "ministra" misspelt
        }
        for (String title : lex.personTitles) {
            if (title.length() >= 7 && NameFolding.editDistance(title, key, 1) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** A place noun before the name: "il villaggio georgiano di Zemo Nikozi", "la città di Vallescura". */
    boolean locCueBefore(List<Token> tokens, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            String key = NameFolding.fold(tokens.get(k).text());
            if (lex.locCues.contains(key)) {
                return true;
            }
            if (!ARTICLES.contains(key) && !lex.nationalities.contains(key)) {
                return false;
            }
        }
        return false;
    }

    /** A title or role shortly before the name: "il presidente turco Recep Tayyip Erdoğan". */
    boolean personCueBefore(List<Token> tokens, int from) {
        // "il sindaco di Valdorso": what follows "title di" is the place or body of the title, not a person.
        if (from > 0 && lex.isConnector(tokens.get(from - 1))) {
            return false;
        }
        return cueBefore(tokens, from, lex.personTitles, 5);
    }

    /** An organisation noun shortly before the name: "l'impresa turca Aselsan", "l'azienda di droni Tai". */
    boolean orgCueBefore(List<Token> tokens, int from) {
        return cueBefore(tokens, from, lex.orgCues, 5);
    }

    boolean cueBefore(List<Token> tokens, int from, Set<String> cues, int window) {
        int lowercaseNouns = 0;
        for (int k = from - 1; k >= 0 && k >= from - window; k--) {
            Token t = tokens.get(k);
            String text = t.text();
            String key = NameFolding.fold(text);
            if (cues.contains(key)) {
                return true;
            }
            if (ARTICLES.contains(key) || QUOTES.contains(text) || lex.nationalities.contains(key)
                    || lex.headQualifiers.contains(key)) {
                continue;
            }
            if (CandidateFinder.isNameToken(t) && !t.initial()) {
                continue;
            }
            if (t.initial()) {
                return false;
            }
            // One lower-case noun after "di": "azienda di droni", "ministro della Difesa".
            if (t.isWord() && !t.isCapitalised() && lowercaseNouns == 0 && k > 0
                    && (tokens.get(k - 1).text().equals("di") || tokens.get(k - 1).text().equals("of"))) {
                lowercaseNouns++;
                continue;
            }
            return false;
        }
        return false;
    }
}
