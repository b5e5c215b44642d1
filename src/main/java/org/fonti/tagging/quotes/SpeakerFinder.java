package org.fonti.tagging.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.quotes.Lexicon.Section;

/**
 * Looks up who can speak in one text: person and organisation mentions by position, and the roles the text
 * gave to persons ("del Presidente turco Recep Tayyip Erdoğan" makes "il presidente turco" mean Erdoğan).
 * Built per text; lookups are binary searches plus short scans.
 */
final class SpeakerFinder {

    /** Word tokens looked at on each side of a person mention for the role the text gives it. */
    private static final int ROLE_WINDOW_WORDS = 4;
    private static final int ROLE_WINDOW_CHARS = 80;
    private static final int MAX_ROLE_CANDIDATES = 64;

    private record RoledPerson(int start, String canonical, Set<String> context) {
    }

    private final String text;
    private final Lexicon lexicon;
    /** PER and ORG mentions sorted by start. */
    private final List<EntityMention> speakers;
    private Map<String, List<RoledPerson>> personsByRole;

    SpeakerFinder(String text, List<EntityMention> entities, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        List<EntityMention> candidates = new ArrayList<>();
        for (EntityMention e : entities) {
            if (e.type() == EntityType.PER || e.type() == EntityType.ORG) {
                candidates.add(e);
            }
        }
        candidates.sort(Comparator.comparingInt(EntityMention::start));
        this.speakers = candidates;
    }

    static String nameOf(EntityMention mention) {
        return mention.canonical() != null && !mention.canonical().isBlank() ? mention.canonical() : mention.text();
    }

    /** The first person lying entirely in [from, to), or failing that the first organisation. */
    EntityMention firstIn(int from, int to) {
        return personOrOrganisation(firstStartingAtOrAfter(from), 1, from, to);
    }

    /** The last person lying entirely in [from, to), or failing that the last organisation. */
    EntityMention lastIn(int from, int to) {
        return personOrOrganisation(firstStartingAtOrAfter(to) - 1, -1, from, to);
    }

    /**
     * Walks the speakers from index {@code i} in {@code step} direction while they start inside [from, to): the
     * first person lying entirely in the range, or failing that the first organisation met.
     */
    private EntityMention personOrOrganisation(int i, int step, int from, int to) {
        EntityMention organisation = null;
        for (; i >= 0 && i < speakers.size(); i += step) {
            EntityMention e = speakers.get(i);
            if (e.start() < from || e.start() >= to) {
                break;
            }
            if (e.end() > to) {
                continue;
            }
            if (e.type() == EntityType.PER) {
                return e;
            }
            if (organisation == null) {
                organisation = e;
            }
        }
        return organisation;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = speakers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (speakers.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The role words among {@code tokens[from..to)} when they contain a role noun ("il presidente turco" →
     * {presidente, turco}), else null. Function words are left out.
     */
    Set<String> roleQuery(List<Token> tokens, int from, int to) {
        Set<String> query = new HashSet<>();
        boolean role = false;
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            Token t = tokens.get(i);
            if (!t.word() || lexicon.contains(Section.FUNCTION_WORD, t.lower())
                    || lexicon.contains(Section.ADVERB, t.lower())) {
                continue;
            }
            role |= lexicon.contains(Section.ROLE, t.lower());
            query.add(t.lower());
        }
        return role ? query : null;
    }

    /**
     * The one person mentioned before {@code before} whose role words include all of {@code query}; null when
     * there is none or more than one. Only the nearest {@link #MAX_ROLE_CANDIDATES} mentions with the same role
     * noun are compared, which keeps long texts linear.
     */
    String personWithRole(Set<String> query, int before) {
        if (query == null) {
            return null;
        }
        List<RoledPerson> withRole = null;
        for (String word : query) {
            if (lexicon.contains(Section.ROLE, word)) {
                withRole = personsByRole().get(word);
                break;
            }
        }
        if (withRole == null) {
            return null;
        }
        String found = null;
        int compared = 0;
        for (int i = countStartingBefore(withRole, before) - 1; i >= 0 && compared < MAX_ROLE_CANDIDATES; i--) {
            RoledPerson p = withRole.get(i);
            compared++;
            if (p.context().containsAll(query)) {
                if (found != null && !found.equals(p.canonical())) {
                    return null;
                }
                found = p.canonical();
            }
        }
        return found;
    }

    private static int countStartingBefore(List<RoledPerson> persons, int offset) {
        int lo = 0;
        int hi = persons.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (persons.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Person mentions that have a role, in text order, under each role noun of their context. */
    private Map<String, List<RoledPerson>> personsByRole() {
        if (personsByRole == null) {
            Map<String, List<RoledPerson>> byRole = new HashMap<>();
            for (EntityMention e : speakers) {
                if (e.type() != EntityType.PER) {
                    continue;
                }
                Set<String> context = roleContext(e);
                if (context == null) {
                    continue;
                }
                RoledPerson person = new RoledPerson(e.start(), nameOf(e), context);
                for (String word : context) {
                    if (lexicon.contains(Section.ROLE, word)) {
                        byRole.computeIfAbsent(word, w -> new ArrayList<>()).add(person);
                    }
                }
            }
            personsByRole = byRole;
        }
        return personsByRole;
    }

    /**
     * The words next to a person mention that describe it: up to four words before ("del Presidente turco",
     * "Trade Minister"), the words of the mention itself ("Presidente Erdoğan"), and an apposition after a
     * comma ("Rossi, ministro dell'Economia,"). Null unless they contain a role noun.
     */
    private Set<String> roleContext(EntityMention e) {
        Set<String> context = new HashSet<>();
        List<Token> before = Token.tokenize(text, e.start() - ROLE_WINDOW_CHARS, e.start());
        int taken = 0;
        for (int i = before.size() - 1; i >= 0 && taken < ROLE_WINDOW_WORDS; i--) {
            Token t = before.get(i);
            if (!t.word()) {
                break;
            }
            addDescriptive(context, t);
            taken++;
        }
        for (Token t : Token.tokenize(text, e.start(), e.end())) {
            addDescriptive(context, t);
        }
        List<Token> after = Token.tokenize(text, e.end(), e.end() + ROLE_WINDOW_CHARS);
        if (!after.isEmpty() && after.get(0).lower().equals(",")) {
            for (int i = 1; i < after.size() && i <= ROLE_WINDOW_WORDS; i++) {
                Token t = after.get(i);
                if (!t.word()) {
                    break;
                }
                addDescriptive(context, t);
            }
        }
        for (String word : context) {
            if (lexicon.contains(Section.ROLE, word)) {
                return Set.copyOf(context);
            }
        }
        return null;
    }

    private void addDescriptive(Set<String> context, Token t) {
        if (t.word() && !lexicon.contains(Section.FUNCTION_WORD, t.lower())) {
            context.add(t.lower());
        }
    }
}
