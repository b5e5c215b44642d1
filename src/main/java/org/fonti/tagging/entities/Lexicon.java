package org.fonti.tagging.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.fonti.tagging.EntityType;

/**
 * The word lists the tagger decides with, loaded once from the classpath (resource files written for this
 * project, plus country names from the JDK's locale data). Every key is folded with {@link NameFolding}.
 */
final class Lexicon {

    /** A known name: its type and the spelling every variant is shown as. */
    /** A known name: its type, or null for a name of none of the types (an event, a programme, a religion). */
    record Entry(EntityType type, String canonical) {
    }

    /**
     * A head noun that, by itself or with "di X", names an institution or a place; {@code absorbsPlace}
     * tells whether "di &lt;known place&gt;" after it belongs to the name.
     */
    record Head(EntityType type, boolean standsAlone, boolean absorbsPlace) {
    }

    private static final String DIR = "/org/fonti/tagging/entities/";
    private static final Set<String> TITLE_ARTICLES = Set.of("Il", "Lo", "La", "I", "Gli", "Le", "The", "A", "An");
    /**
     * Lists of known names; when two lists hold one spelling, the earlier list decides its type. The long list of
     * people comes after the bodies so that a body or a place sharing a spelling with someone keeps its own type;
     * the long list of places comes last so that the people and bodies listed elsewhere keep theirs.
     */
    private static final List<String> NAME_FILES = List.of("organisations.txt", "people.txt",
            "organisations-public.txt", "organisations-companies.txt", "organisations-sport.txt",
            "organisations-more.txt", "organisations-local.txt", "people-more.txt", "people-history.txt",
            "places-more.txt");

    final Map<String, Entry> names = new HashMap<>();
    /** Known acronyms, by their exact capitals. */
    final Map<String, Entry> acronyms = new HashMap<>();
    /** Keys of the first tokens of multi-word names, to follow a name across lower-case words. */
    final Set<String> namePrefixes = new HashSet<>();
    final int longestName;
    private int longestLowercase = 1;
    final Set<String> firstNames = new HashSet<>();
    /** Institutions the news writes in lower case: "vigili del fuoco", "squadra mobile". */
    final Map<String, Entry> lowercaseNames = new HashMap<>();
    final Set<String> lowercaseNameStarts = new HashSet<>();
    final Set<String> personTitles = new HashSet<>();
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> orgSuffixes = new HashSet<>();
    final Set<String> orgCues = new HashSet<>();
    final Set<String> locHeads = new HashSet<>();
    final Set<String> locSuffixes = new HashSet<>();
    final Set<String> locCues = new HashSet<>();
    final Set<String> eventWords = new HashSet<>();
    final Map<String, Head> institutionHeads = new HashMap<>();
    final Set<String> commonWords = new HashSet<>();
    final Set<String> nationalities = new HashSet<>();
    final Set<String> headQualifiers = new HashSet<>();
    final Set<String> connectors = new HashSet<>();
    final Set<String> nameParticles = new HashSet<>();
    /** Services named as media ("su Twitter"): organisations only when they act. */
    final Set<String> platforms = new HashSet<>();
    /** Lower-case nouns of buildings and roads that head the place name after them; true if also through "di". */
    final Map<String, Boolean> facilityHeads = new HashMap<>();
    /** Buildings that stand for the institution inside ("il Cremlino"), keyed like names. */
    final Set<String> seats = new HashSet<>();
    final PlaceNames places;
    /** Morph-it, to tell Italian common words from names. */
    final ItalianDictionary dictionary = new ItalianDictionary();

    private static volatile Lexicon shared;

    /** The lexicon is immutable after loading, so every tagger in the process shares one copy. */
    static Lexicon shared() {
        Lexicon l = shared;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = shared;
                if (l == null) {
                    l = new Lexicon();
                    shared = l;
                }
            }
        }
        return l;
    }

    private Lexicon() {
        places = PlaceNames.shared();
        int longest = 1;
        // Untyped names first, so that "Coppa del Mondo" is never read as the place inside it.
        for (String line : lines("untyped-names.txt")) {
            String[] variants = line.split("\\|");
            Entry event = new Entry(null, variants[0].strip());
            for (String v : variants) {
                longest = Math.max(longest, addName(v.strip(), event));
            }
        }
        for (Map.Entry<String, String> alias : places.aliases().entrySet()) {
            longest = Math.max(longest, addName(alias.getKey(), new Entry(EntityType.LOC, alias.getValue())));
        }
        for (String file : NAME_FILES) {
            EntityType type = file.startsWith("people") ? EntityType.PER
                    : file.startsWith("places") ? EntityType.LOC : EntityType.ORG;
            for (String line : lines(file)) {
                String[] variants = line.split("\\|");
                Entry entry = new Entry(type, variants[0].strip());
                for (String v : variants) {
                    longest = Math.max(longest, addName(v.strip(), entry));
                }
            }
        }
        longestName = longest;
        load("first-names.txt", firstNames::add);
        load("first-names-more.txt", firstNames::add);
        for (String line : lines("lowercase-organisations.txt")) {
            List<Token> tokens = Tokenizer.tokenize(line);
            lowercaseNames.put(key(tokens, 0, tokens.size()), new Entry(EntityType.ORG, line));
            lowercaseNameStarts.add(NameFolding.fold(tokens.get(0).text()));
            longestLowercase = Math.max(longestLowercase, tokens.size());
        }
        load("person-titles.txt", personTitles::add);
        load("org-heads.txt", orgHeads::add);
        load("org-suffixes.txt", orgSuffixes::add);
        load("org-cues.txt", orgCues::add);
        load("loc-heads.txt", locHeads::add);
        load("loc-suffixes.txt", locSuffixes::add);
        load("loc-cues.txt", locCues::add);
        load("event-words.txt", eventWords::add);
        load("common-words.txt", commonWords::add);
        load("nationalities.txt", nationalities::add);
        load("head-qualifiers.txt", headQualifiers::add);
        load("connectors.txt", connectors::add);
        load("name-particles.txt", nameParticles::add);
        load("platforms.txt", platforms::add);
        for (String line : lines("facility-heads.txt")) {
            String[] f = line.strip().split("\\s+");
            facilityHeads.put(NameFolding.fold(f[0]), f[1].equals("OF"));
        }
        for (String line : lines("seats.txt")) {
            List<Token> tokens = Tokenizer.tokenize(line);
            seats.add(key(tokens, 0, tokens.size()));
        }
        for (String line : lines("institution-heads.txt")) {
            String[] f = line.split("\\s+");
            institutionHeads.put(NameFolding.fold(f[0]),
                    new Head(EntityType.valueOf(f[1]), f[2].equals("ALONE"), f[3].equals("ABSORB")));
        }
    }

    /** Adds a name under the key its tokens produce; returns its length in tokens. */
    private int addName(String surface, Entry entry) {
        List<Token> tokens = Tokenizer.tokenize(surface);
        if (tokens.isEmpty()) {
            return 0;
        }
        if (tokens.size() == 1 && tokens.get(0).isAllCaps()) {
            // Acronyms match in capitals only: "UN" is not the article "Un", "CIO" is not "Ciò".
            acronyms.putIfAbsent(tokens.get(0).text(), entry);
            return 1;
        }
        names.putIfAbsent(key(tokens, 0, tokens.size()), entry);
        for (int k = 1; k < tokens.size(); k++) {
            namePrefixes.add(key(tokens, 0, k));
        }
        return tokens.size();
    }

    boolean isConnector(Token t) {
        return t.isWord() && !t.isCapitalised() && connectors.contains(NameFolding.fold(t.text()));
    }

    /** The end of the longest known name starting at {@code from}, whatever its case; {@code from} if none. */
    int longestNameEnd(List<Token> tokens, int from) {
        int best = from;
        int limit = Math.min(tokens.size(), from + longestName);
        if (from < tokens.size() && acronyms.containsKey(tokens.get(from).text())) {
            best = from + 1;
        }
        for (int k = from + 1; k <= limit; k++) {
            String key = key(tokens, from, k);
            // A name read across lower-case words must end on a capital: "Il Giornale", not "Il giornale".
            Entry entry = names.get(key);
            if (entry != null && (k == from + 1 || CandidateFinder.isNameToken(tokens.get(k - 1))
                    || Character.isDigit(tokens.get(k - 1).text().charAt(0))
                    || entry.type() == EntityType.ORG && opensBodyName(tokens.get(from)))) {
                best = k;
            }
            if (!namePrefixes.contains(key)) {
                break;
            }
        }
        return best;
    }

    /**
     * Italian often capitalises only the first word of a body's name ("Corte penale internazionale",
     * "Vigili del fuoco"); a capitalised article, though, opens a title ("Il giornale" is not "Il Giornale").
     */
    private static boolean opensBodyName(Token first) {
        return first.isCapitalised() && !first.isElided() && !TITLE_ARTICLES.contains(first.text());
    }

    /** The end of the longest lower-case institution name starting at {@code from}; {@code from} if none. */
    int lowercaseNameEnd(List<Token> tokens, int from) {
        if (!lowercaseNameStarts.contains(NameFolding.fold(tokens.get(from).text()))) {
            return from;
        }
        for (int k = Math.min(tokens.size(), from + longestLowercase); k > from; k--) {
            if (lowercaseNames.containsKey(key(tokens, from, k))) {
                return k;
            }
        }
        return from;
    }

    Entry lookup(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            Entry acronym = acronyms.get(tokens.get(from).text());
            if (acronym != null) {
                return acronym;
            }
        }
        return names.get(key(tokens, from, to));
    }

    /** Folded tokens joined by single spaces, except after an elided article ("banca d'italia"). */
    static String key(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return NameFolding.fold(tokens.get(from).text());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            sb.append(t.text());
            if (i + 1 < to && !t.isElided()) {
                sb.append(' ');
            }
        }
        return NameFolding.fold(sb.toString());
    }

    private void load(String file, Consumer<String> sink) {
        for (String line : lines(file)) {
            sink.accept(NameFolding.fold(line.strip()));
        }
    }

    /** Non-blank lines of a resource, without #-comments. */
    static List<String> lines(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DIR + file);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

}
