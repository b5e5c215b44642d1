package org.fonti.tagging.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.entities.Candidate.Evidence;

/**
 * Settles the type of every candidate with the rest of the text: the members of a list agree, an acronym
 * in brackets takes the type of the name before it, a name tagged once with confidence is tagged the same
 * everywhere ("Erdogan" alone is a person because "Recep Tayyip Erdoğan" was one), and the two sides of a
 * match are teams. Candidates that nothing supports are dropped.
 */
final class TextAgreement {

    private static final Set<String> SPORT_WORDS = Set.of(
            "partita", "partite", "gol", "goal", "rete", "reti", "campionato", "squadra", "squadre", "allenatore",
            "calcio", "rugby", "pallavolo", "basket", "match", "girone", "qualificazione", "qualificazioni",
            "mondiale", "mondiali", "europei", "finale", "semifinale", "quarti", "pareggio", "pareggia", "vittoria",
            "sconfitta", "attaccante", "portiere", "difensore", "centrocampista", "azzurri", "azzurrini", "tifosi",
            "ct", "playoff", "torneo", "medaglia", "olimpiadi", "nazionale", "scudetto", "classifica", "punti");
    /** Words before a country that make it the place where something happens. */
    private static final Set<String> PLACE_WORDS = Set.of(
            "a", "ad", "in", "nel", "nella", "nello", "negli", "nelle", "nell'", "nell’", "da", "dal", "dalla",
            "dall'", "dall’", "verso", "per", "di", "d'", "d’", "tra", "fra", "sud", "nord", "est", "ovest");

    /** Verbs in the plural whose subject acts: "Cina e Russia hanno espresso", "Francia e Germania chiedono". */
    private static final Set<String> PLURAL_AGENT_VERBS = Set.of(
            "hanno", "avevano", "avrebbero", "chiedono", "accusano", "firmano", "firmarono", "condannano",
            "sostengono", "respingono", "vogliono", "decidono", "annunciano", "minacciano", "propongono",
            "riconoscono", "negano", "votano", "votarono");

    private final Lexicon lex;

    TextAgreement(Lexicon lex) {
        this.lex = lex;
    }

    List<Candidate> settle(List<Token> tokens, List<Candidate> candidates, Set<String> lowercaseWords) {
        return namesEchoPersons(tokens, countriesPlayInSportsTexts(tokens, matchesAreBetweenTeams(tokens,
                agreeAcrossText(tokens, acronymsInBrackets(tokens, countriesThatActTogether(tokens,
                        listsShareAType(tokens, candidates)))))), lowercaseWords);
    }

    /**
     * "Cina, Russia e India hanno espresso il loro rammarico": countries listed as the subject of a verb in the
     * plural act as their governments.
     */
    private List<Candidate> countriesThatActTogether(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        int i = 0;
        while (i < out.size()) {
            int j = lastInList(tokens, out, i);
            int after = out.get(j).to();
            if (j > i && after < tokens.size() && PLURAL_AGENT_VERBS.contains(tokens.get(after).text())
                    && allStates(tokens, out, i, j)) {
                for (int k = i; k <= j; k++) {
                    if (out.get(k).type() == EntityType.LOC) {
                        out.set(k, out.get(k).withType(EntityType.ORG, Evidence.STRONG));
                    }
                }
            }
            i = j + 1;
        }
        return out;
    }

    private boolean allStates(List<Token> tokens, List<Candidate> list, int from, int to) {
        for (int k = from; k <= to; k++) {
            Candidate c = list.get(k);
            if (c.type() != EntityType.ORG && (c.type() != EntityType.LOC || !isCountry(tokens, c))) {
                return false; // countries, and bodies such as the European Union beside them
            }
        }
        return true;
    }

    /**
     * "La carriera di Dalla", "Intanto Willy tenta": once a text has named a person in full ("Lucio Dalla"),
     * a part of that name standing alone is that person, even where the word alone proves nothing (a common
     * word, a sentence start). At a sentence start the text must not also write the word in lower case. After a
     * feminine article, such a part is that person even where a rule read another type ("la Houston").
     */
    private List<Candidate> namesEchoPersons(List<Token> tokens, List<Candidate> candidates,
                                             Set<String> lowercaseWords) {
        Set<String> parts = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PER && c.length() >= 2 && c.evidence() != Evidence.WEAK) {
                for (int k = c.from(); k < c.to(); k++) {
                    Token t = tokens.get(k);
                    if (t.isCapitalised() && t.text().length() > 2 && !lex.isConnector(t)) {
                        parts.add(NameFolding.fold(t.text()));
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size() + 4);
        int next = 0;
        int covered = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (next < candidates.size() && candidates.get(next).from() <= i) {
                Candidate c = candidates.get(next++);
                out.add(womanBySurname(tokens, c, parts));
                covered = Math.max(covered, c.to());
            }
            if (i < covered) {
                continue; // inside a candidate
            }
            Token t = tokens.get(i);
            String key = NameFolding.fold(t.text());
            if (t.isWord() && t.isCapitalised() && !t.isAllCaps() && parts.contains(key)
                    && (!t.initial() || !lowercaseWords.contains(key))
                    && (i + 1 >= tokens.size() || !CandidateFinder.isNameToken(tokens.get(i + 1)))) {
                out.add(new Candidate(i, i + 1, EntityType.PER, Evidence.MEDIUM, false));
            }
        }
        while (next < candidates.size()) {
            out.add(candidates.get(next++));
        }
        return out;
    }

    /** "la Houston", "della Santelli": Italian puts the article before a woman's surname. */
    private static Candidate womanBySurname(List<Token> tokens, Candidate c, Set<String> personParts) {
        int i = c.from();
        if (c.length() == 1 && c.type() != EntityType.PER && i > 0
                && personParts.contains(NameFolding.fold(tokens.get(i).text()))
                && KnownNameRoles.FEMININE_ARTICLES.contains(tokens.get(i - 1).text().toLowerCase())) {
            return c.withType(EntityType.PER, Evidence.MEDIUM);
        }
        return c;
    }

    /**
     * "Cattenom, Civaux, Flamanville e Golfech": in a list of names, the unknown ones take the type of the
     * known ones, when all the known ones agree.
     */
    private static List<Candidate> listsShareAType(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        int i = 0;
        while (i < out.size()) {
            int j = lastInList(tokens, out, i);
            if (j > i) {
                EntityType known = null;
                boolean agree = true;
                for (int k = i; k <= j; k++) {
                    Candidate c = out.get(k);
                    if (c.type() != null && c.evidence() == Evidence.STRONG) {
                        agree &= known == null || known == c.type();
                        known = c.type();
                    }
                }
                if (known == null) {
                    known = soleGuess(out, i, j);
                }
                if (known != null && known != EntityType.ORG && agree) {
                    for (int k = i; k <= j; k++) {
                        Candidate c = out.get(k);
                        if (isUntyped(c) || c.evidence() == Evidence.WEAK) {
                            out.set(k, c.withType(known, Evidence.MEDIUM));
                        }
                    }
                }
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * "tra Pievebella, Roccalta e Valdoro", "con Rossi, Bianchi e Verdi": with no known member, a list takes the
     * one type guessed for any of its members (places and persons: a guessed organisation is too weak to spread).
     */
    private static EntityType soleGuess(List<Candidate> list, int from, int to) {
        EntityType guess = null;
        for (int k = from; k <= to; k++) {
            EntityType t = list.get(k).type();
            if (t != null) {
                if (guess != null && guess != t) {
                    return null;
                }
                guess = t;
            }
        }
        return guess == EntityType.ORG ? null : guess;
    }

    /** The index of the last candidate of the list ("A, B e C") that starts at {@code i}. */
    private static int lastInList(List<Token> tokens, List<Candidate> list, int i) {
        int j = i;
        while (j + 1 < list.size() && isListSeparator(tokens, list.get(j), list.get(j + 1))) {
            j++;
        }
        return j;
    }

    private static boolean isListSeparator(List<Token> tokens, Candidate a, Candidate b) {
        if (b.from() != a.to() + 1) {
            return false;
        }
        String between = tokens.get(a.to()).text();
        return between.equals(",") || between.equals("e") || between.equals("ed") || between.equals("and");
    }

    /**
     * "Cooperazione Italiana Solidarietà (CIS)": a name that introduces an acronym in brackets is an
     * organisation unless something better says otherwise, and the acronym is of the same type; after a person,
     * the acronym is the person's party or company ("Paolo Scaroni (ENI)").
     */
    private List<Candidate> acronymsInBrackets(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate name = out.get(i);
            Candidate acronym = out.get(i + 1);
            if (acronym.from() != name.to() + 1 || acronym.length() != 1 || acronym.to() >= tokens.size()
                    || !tokens.get(name.to()).text().equals("(") || !tokens.get(acronym.to()).text().equals(")")
                    || !tokens.get(acronym.from()).isAllCaps()) {
                continue;
            }
            if (CandidateFinder.isProvinceCode(tokens, acronym.from(), acronym.to())) {
                // "Vernio (PO)" is a town and its province; "Mario Rossi (PD)" is a person and a party.
                if (name.type() == EntityType.PER) {
                    Lexicon.Entry party = lex.acronyms.get(tokens.get(acronym.from()).text());
                    out.set(i + 1, acronym.withType(party != null ? party.type() : EntityType.ORG, Evidence.MEDIUM));
                } else if (name.evidence() != Evidence.STRONG || name.type() == null) {
                    out.set(i, name.withType(EntityType.LOC, Evidence.MEDIUM));
                }
                continue;
            }
            if (acronym.type() == EntityType.ORG && acronym.evidence() == Evidence.STRONG) {
                continue; // a known body keeps its type: "Sardegna (PD)" lists a region and a party
            }
            if (name.type() == EntityType.PER && name.evidence() != Evidence.WEAK) {
                // "Valeria Ciarambino (M5S)", "Paolo Scaroni (ENI)": a person, then the party or company
                if (acronym.evidence() != Evidence.STRONG) {
                    out.set(i + 1, acronym.withType(EntityType.ORG, Evidence.MEDIUM));
                }
                continue;
            }
            if (isUntyped(name) || name.evidence() == Evidence.WEAK) {
                name = name.withType(EntityType.ORG, Evidence.MEDIUM);
                out.set(i, name);
            }
            out.set(i + 1, acronym.withType(name.type(), Evidence.MEDIUM));
        }
        return out;
    }

    /**
     * "Juventus - Milan", "Ecuador - Polonia": two names joined by a spaced dash are the sides of a match,
     * so teams (organisations) even when one is written like a place.
     */
    private List<Candidate> matchesAreBetweenTeams(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate a = out.get(i);
            Candidate b = out.get(i + 1);
            if (b.from() != a.to() + 1 || !isSpacedDash(tokens, a.to())) {
                continue;
            }
            // Two towns joined by a dash are a route ("Seregno - Saronno"), two countries a match.
            boolean teamLike = a.type() != EntityType.PER && b.type() != EntityType.PER && !isEvent(a) && !isEvent(b)
                    && (a.type() == EntityType.ORG || b.type() == EntityType.ORG
                    || a.type() == EntityType.LOC && b.type() == EntityType.LOC
                    && isCountry(tokens, a) && isCountry(tokens, b));
            if (teamLike) {
                out.set(i, a.withType(EntityType.ORG, Evidence.MEDIUM));
                out.set(i + 1, b.withType(EntityType.ORG, Evidence.MEDIUM));
            }
        }
        return out;
    }

    /**
     * In a report on a match or a championship, a country is its national team ("l'Italia pareggia",
     * "contro il Galles") and a town listed with a club is a club ("la Roma, Catania e Palermo"), except where it
     * is the place where something happens ("in Sudafrica", "a Cardiff").
     */
    private List<Candidate> countriesPlayInSportsTexts(List<Token> tokens, List<Candidate> candidates) {
        int sportWords = 0;
        for (Token t : tokens) {
            if (t.isWord() && SPORT_WORDS.contains(t.text().toLowerCase())) {
                sportWords++;
            }
        }
        if (sportWords < 3) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.type() != EntityType.LOC || c.from() > 0
                    && PLACE_WORDS.contains(tokens.get(c.from() - 1).text().toLowerCase())) {
                continue;
            }
            if (lex.places.isCountry(Lexicon.key(tokens, c.from(), c.to()))
                    || isCity(tokens, c) && listedWithATeam(tokens, out, i)) {
                // "l'Italia pareggia"; "nella Roma, Catania, Napoli e Palermo": towns listed with a club are clubs
                out.set(i, c.withType(EntityType.ORG, Evidence.MEDIUM));
            }
        }
        return out;
    }

    /** A candidate with no type yet; a strong one with no type is a known untyped name (an event), which keeps none. */
    private static boolean isUntyped(Candidate c) {
        return c.type() == null && !isEvent(c);
    }

    private static boolean isEvent(Candidate c) {
        return c.type() == null && c.evidence() == Evidence.STRONG;
    }

    /** Whether the candidate at {@code i} is in a list ("A, B e C") with an organisation. */
    private static boolean listedWithATeam(List<Token> tokens, List<Candidate> list, int i) {
        for (int k = i; k > 0 && isListSeparator(tokens, list.get(k - 1), list.get(k)); k--) {
            if (list.get(k - 1).type() == EntityType.ORG) {
                return true;
            }
        }
        for (int k = i; k + 1 < list.size() && isListSeparator(tokens, list.get(k), list.get(k + 1)); k++) {
            if (list.get(k + 1).type() == EntityType.ORG) {
                return true;
            }
        }
        return false;
    }

    private boolean isCountry(List<Token> tokens, Candidate c) {
        return lex.places.isCountry(Lexicon.key(tokens, c.from(), c.to()));
    }

    private boolean isCity(List<Token> tokens, Candidate c) {
        return lex.places.isCity(Lexicon.key(tokens, c.from(), c.to()));
    }

    /** The largest vote for a type other than person: 3 or more means a strong piece of evidence. */
    private static int strongest(EnumMap<EntityType, Integer> votes) {
        int max = 0;
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getKey() != EntityType.PER) {
                max = Math.max(max, e.getValue());
            }
        }
        return max;
    }

    private static boolean isSpacedDash(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return (t.text().equals("-") || t.text().equals("–")) && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() < t.start() && t.end() < tokens.get(k + 1).start();
    }

    /**
     * Gives every candidate the type that the best evidence in the whole text supports for the same name:
     * "Erdogan" alone is a person because "Recep Tayyip Erdoğan" was one a paragraph before.
     */
    private List<Candidate> agreeAcrossText(List<Token> tokens, List<Candidate> candidates) {
        Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
        Map<String, EntityType> personParts = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() == null || c.evidence() == Evidence.WEAK || c.needsSupport()) {
                continue;
            }
            int weight = c.evidence() == Evidence.STRONG ? 3 : 1;
            votes.computeIfAbsent(Lexicon.key(tokens, c.from(), c.to()), k -> new EnumMap<>(EntityType.class))
                    .merge(c.type(), weight, Integer::sum);
            if (c.type() == EntityType.PER && c.length() >= 2) {
                for (int k = c.from(); k < c.to(); k++) {
                    personParts.put(NameFolding.fold(tokens.get(k).text()), EntityType.PER);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.evidence() == Evidence.STRONG) {
                out.add(c);
                continue;
            }
            String key = Lexicon.key(tokens, c.from(), c.to());
            EnumMap<EntityType, Integer> v = votes.get(key);
            EntityType voted = null;
            if (c.length() == 1 && personParts.containsKey(key) && (v == null || strongest(v) < 3)) {
                // "a Gbagbo" after "Laurent Gbagbo": the full name outweighs a preposition's guess.
                voted = EntityType.PER;
            } else if (v != null) {
                voted = v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            if (voted != null) {
                out.add(c.withType(voted, Evidence.MEDIUM));
            } else if (!c.needsSupport() && c.type() != null) {
                out.add(c);
            }
        }
        return out;
    }
}
