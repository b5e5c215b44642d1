package org.fonti.tagging.entities;

import java.util.List;
import java.util.Set;
import org.fonti.tagging.EntityType;

/**
 * The part a known name plays where it stands, which can differ from the type its list gives: a city with
 * an article is its club ("il Napoli"), a capital or a country that acts is its government ("Mosca accusa",
 * "la Georgia ha replicato", "contro l'Argentina"), a seat of power is a place where something happens
 * ("alla Casa Bianca") or the office inside it ("il Cremlino ha smentito"), and a platform is a medium ("su
 * Twitter") unless it acts.
 */
final class KnownNameRoles {

    private static final Set<String> ARTICLES_BEFORE_TEAMS = Set.of(
            "il", "lo", "la", "l'", "l’", "del", "dello", "della", "dell'", "dell’", "al", "allo", "alla", "all'", "all’",
            "nel", "nello", "nella", "nell'", "nell’", "dal", "dallo", "dalla", "dall'", "dall’", "sul", "sulla", "col");
    /** Towns whose name includes its article: "dell'Aquila" is the town L'Aquila, not a club. */
    private static final Set<String> CITIES_WITH_ARTICLE = Set.of("Aquila", "Spezia");
    /** Regions whose name is also a club's, which takes the feminine article: "la Lazio". */
    private static final Set<String> REGIONS_NAMING_CLUBS = Set.of("Lazio");
    /** Feminine articles, which Italian also puts before a woman's surname ("la Houston"). */
    static final Set<String> FEMININE_ARTICLES = Set.of(
            "la", "della", "alla", "dalla", "nella", "sulla", "colla");
    private static final Set<String> AGENT_VERBS = Set.of(
            "ha", "hanno", "aveva", "avrebbe", "accusa", "accusò", "chiede", "chiese", "minaccia", "annuncia", "annunciò",
            "respinge", "replica", "nega", "condanna", "invia", "inviò", "firma", "firmò", "sostiene", "vuole", "intende",
            "decide", "decise", "riconosce", "protesta", "dichiara", "dichiarò", "risponde", "attacca", "esclude");
    private static final Set<String> SUBJECT_ARTICLES = Set.of("il", "lo", "la", "l'", "l’");
    private static final Set<String> SEAT_PREPOSITIONS = Set.of(
            "a", "al", "alla", "all'", "all’", "in", "nel", "nella", "nell'", "nell’", "presso", "dal", "dalla", "dall'",
            "dall’", "sul", "sulla", "verso", "davanti", "fuori", "dentro", "at", "outside", "inside");
    private static final Set<String> OF_ARTICLES = Set.of("del", "della", "dell'", "dell’", "degli", "dei", "dello");
    /** Nouns whose "of X" makes a country an actor: "le accuse della Russia", "l'ingresso della Macedonia". */
    private static final Set<String> ACTIONS_OF_STATES = Set.of(
            "accuse", "accusa", "adesione", "ingresso", "partecipazione", "posizione", "decisione", "risposta",
            "reazione", "proposta", "sostegno", "appoggio", "ritiro", "minacce", "minaccia", "condanna",
            "delegazione", "rappresentanti", "richiesta", "intervento", "pressioni", "rifiuto", "veto", "voto",
            "offerta", "candidatura", "nazionale", "squadra");
    /** Capitals the news uses for their governments, by canonical (English) name. */
    private static final Set<String> CAPITALS_AS_GOVERNMENTS = Set.of(
            "Moscow", "Washington", "Beijing", "Brussels", "London", "Paris", "Berlin", "Kyiv", "Kiev", "Tehran",
            "Tokyo", "Ankara", "Damascus", "Baghdad", "Kabul", "Islamabad", "New Delhi", "Pyongyang", "Seoul",
            "Tel Aviv", "Jerusalem", "Cairo", "Tripoli", "Riyadh", "Madrid", "Athens", "Warsaw", "Budapest",
            "Minsk", "Caracas", "Havana", "Belgrade", "Pristina", "Tbilisi", "Yerevan", "Baku", "Taipei");
    /** Words after a country that do not make it act: "la Russia è", "l'Italia del Nord", "la Francia e". */
    private static final Set<String> NOT_ACTIONS = Set.of(
            "e", "ed", "o", "che", "è", "era", "sarà", "di", "del", "della", "dei", "degli", "delle", "a", "al", "alla",
            "in", "nel", "nella", "con", "per", "su", "tra", "fra", "da", "dal", "dalla", "come", "ma", "anche",
            "meridionale", "settentrionale", "orientale", "occidentale", "centrale", "intera", "intero", "stessa",
            "stesso", "dove", "ovvero", "oppure", "cioè", "ossia", "and", "or", "is", "was", "of");

    private final Lexicon lex;

    KnownNameRoles(Lexicon lex) {
        this.lex = lex;
    }

    /** "ha scritto su Twitter": a platform named as a medium, which is no entity here. */
    boolean namesAMedium(List<Token> tokens, int from, int to) {
        return to == from + 1 && lex.platforms.contains(NameFolding.fold(tokens.get(from).text()))
                && (to >= tokens.size() || !AGENT_VERBS.contains(tokens.get(to).text()));
    }

    /** The type the known name {@code entry}, found at [from, to), takes where it stands. */
    EntityType typeHere(List<Token> tokens, int from, int to, Lexicon.Entry entry) {
        String before = from > 0 ? tokens.get(from - 1).text().toLowerCase() : "";
        String after = to < tokens.size() ? tokens.get(to).text() : "";
        if (entry.type() == EntityType.LOC) {
            String surface = CandidateFinder.surface(tokens, from, to);
            if (ARTICLES_BEFORE_TEAMS.contains(before) && lex.places.isCity(surface)
                    && !CITIES_WITH_ARTICLE.contains(surface)) {
                return EntityType.ORG; // Italian writes cities without an article: "il Napoli" is the club
            }
            if (FEMININE_ARTICLES.contains(before) && REGIONS_NAMING_CLUBS.contains(surface)) {
                return EntityType.ORG; // the region is "il Lazio", the club "la Lazio"
            }
            if (AGENT_VERBS.contains(after) && CAPITALS_AS_GOVERNMENTS.contains(entry.canonical())
                    && !CandidateFinder.PLACE_PREPOSITIONS.contains(before)) {
                return EntityType.ORG; // "Mosca accusa", "Washington chiede"
            }
            if (actsAsCountry(tokens, from, to, surface)
                    || AGENT_VERBS.contains(after) && SUBJECT_ARTICLES.contains(before)) {
                return EntityType.ORG; // "il Belgio ritenta", "contro l'Argentina", "la Georgia ha replicato"
            }
        }
        if (lex.seats.contains(Lexicon.key(tokens, from, to))) {
            return SEAT_PREPOSITIONS.contains(before) ? EntityType.LOC : EntityType.ORG;
        }
        return entry.type();
    }

    private boolean actsAsCountry(List<Token> tokens, int from, int to, String surface) {
        if (from == 0 || !lex.places.isCountry(surface)) {
            return false;
        }
        String before = tokens.get(from - 1).text().toLowerCase();
        if (before.equals("contro") || from >= 2 && tokens.get(from - 2).text().equalsIgnoreCase("contro")
                && SUBJECT_ARTICLES.contains(before)) {
            return true;
        }
        if (from >= 2 && OF_ARTICLES.contains(before)
                && ACTIONS_OF_STATES.contains(tokens.get(from - 2).text().toLowerCase())) {
            return true; // "le accuse della Russia", "l'adesione della Macedonia"
        }
        if (!SUBJECT_ARTICLES.contains(before) || to >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(to);
        return next.isWord() && !next.isCapitalised() && !next.isElided()
                && !lex.connectors.contains(NameFolding.fold(next.text()))
                && !NOT_ACTIONS.contains(next.text());
    }
}
