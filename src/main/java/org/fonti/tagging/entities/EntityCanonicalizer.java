package org.fonti.tagging.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;

/**
 * Decides which spellings name the same entity and which spelling represents them. Variants merge when
 * they differ only by accents or transliteration (Erdogan / Erdoğan), when one is a shorter form of a longer
 * one and no other longer form competes (Erdogan / Recep Tayyip Erdoğan), when one token is misspelt by one
 * letter while the rest agrees (Tayyp / Tayyip), when an acronym spells a longer name or is introduced by
 * it in brackets (Turkish Aerospace Industries (TUSAS), TAI), and when they are Italian, English or local
 * names of one place (Mosca / Moscow).
 *
 * <p>The canonical name of a place is its English exonym (see {@code PlaceNames}); of anything else, the
 * longest form seen, then the one with most accents kept, then the most frequent.
 *
 * <p>It works within one text ({@link #canonicalize}) and across a corpus ({@link #merge}); it keeps no
 * state between calls and is safe to share.
 */
public final class EntityCanonicalizer {

    /** Legal-form words that do not change which company is meant: "Fiat S.p.A." is "Fiat". */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "spa", "srl", "sas", "snc", "inc", "ltd", "plc", "llc", "corp", "ag", "gmbh", "sa", "nv", "co", "fc", "ac",
            "calcio", "group", "gruppo");
    private static final Set<String> ACRONYM_SKIP = Set.of(
            "di", "del", "della", "dei", "degli", "delle", "dello", "d'", "dell'", "of", "the", "and", "for", "e", "&",
            "per", "la", "il");

    private final Lexicon lex;

    public EntityCanonicalizer() {
        this.lex = Lexicon.shared();
    }

    /**
     * Within one text: the same mentions, each with the canonical name of its entity. Acronyms introduced
     * in brackets right after a name ("Turkish Aerospace Industries (TUSAS)") are merged with it.
     */
    public List<EntityMention> canonicalize(String text, List<EntityMention> mentions) {
        Map<String, SurfaceCount> counts = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            counts.merge(m.type() + "\u0000" + m.text(), new SurfaceCount(m.text(), m.type(), 1),
                    (a, b) -> new SurfaceCount(a.surface(), a.type(), a.count() + b.count()));
        }
        List<String[]> links = bracketedAcronyms(text, mentions);
        Map<String, String> canonicalOf = new HashMap<>();
        for (CanonicalEntity e : cluster(new ArrayList<>(counts.values()), links)) {
            for (String v : e.variants().keySet()) {
                canonicalOf.put(e.type() + "\u0000" + v, e.canonical());
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(m.withCanonical(canonicalOf.getOrDefault(m.type() + "\u0000" + m.text(), m.text())));
        }
        return out;
    }

    /**
     * Across a corpus: merges the spellings of each entity, whatever text they came from, and returns one
     * entry per entity with its variants and their counts, most mentioned first.
     */
    public List<CanonicalEntity> merge(List<SurfaceCount> surfaces) {
        Map<String, SurfaceCount> counts = new LinkedHashMap<>();
        for (SurfaceCount s : surfaces) {
            counts.merge(s.type() + "\u0000" + s.surface(), s,
                    (a, b) -> new SurfaceCount(a.surface(), a.type(), a.count() + b.count()));
        }
        List<CanonicalEntity> out = cluster(new ArrayList<>(counts.values()), List.of());
        out.sort(Comparator.comparingInt(CanonicalEntity::totalCount).reversed()
                .thenComparing(CanonicalEntity::canonical));
        return out;
    }

    /** Pairs (name, acronym) written as "Name (ACR)" or "Name” (ACR)" in the text. */
    private static List<String[]> bracketedAcronyms(String text, List<EntityMention> mentions) {
        List<String[]> links = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            EntityMention name = mentions.get(i);
            EntityMention acronym = mentions.get(i + 1);
            int k = name.end();
            while (k < acronym.start() && "\"”»’' ".indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            if (k < acronym.start() && text.charAt(k) == '(' && text.substring(k + 1, acronym.start()).isBlank()
                    && acronym.end() < text.length() && text.charAt(acronym.end()) == ')'
                    && name.type() == acronym.type() && !acronym.text().contains(" ")) {
                links.add(new String[] {name.text(), acronym.text()});
            }
        }
        return links;
    }

    private List<CanonicalEntity> cluster(List<SurfaceCount> surfaces, List<String[]> links) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<SurfaceCount> ofType = surfaces.stream().filter(s -> s.type() == type).toList();
            if (!ofType.isEmpty()) {
                out.addAll(clusterType(type, ofType, links));
            }
        }
        return out;
    }

    private List<CanonicalEntity> clusterType(EntityType type, List<SurfaceCount> surfaces, List<String[]> links) {
        int n = surfaces.size();
        UnionFind uf = new UnionFind(n);
        String[] keys = new String[n];
        String[][] tokens = new String[n][];
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> bySurface = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String surface = surfaces.get(i).surface();
            keys[i] = key(type, surface);
            tokens[i] = keys[i].isEmpty() ? new String[0] : keys[i].split(" ");
            Integer seen = byKey.putIfAbsent(keys[i], i);
            if (seen != null) {
                uf.union(seen, i);
            }
            bySurface.put(surface, i);
        }
        for (String[] link : links) {
            Integer a = bySurface.get(link[0]);
            Integer b = bySurface.get(link[1]);
            if (a != null && b != null) {
                uf.union(a, b);
            }
        }
        if (type == EntityType.LOC || type == EntityType.ORG) {
            mergeMisspelt(type, surfaces, keys, uf);
        }
        if (type == EntityType.ORG) {
            mergeAcronyms(keys, tokens, uf);
        }
        if (type == EntityType.PER) {
            mergePersonForms(tokens, uf);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(uf.find(i), r -> new ArrayList<>()).add(i);
        }
        List<CanonicalEntity> out = new ArrayList<>(groups.size());
        for (List<Integer> members : groups.values()) {
            Map<String, Integer> variants = new LinkedHashMap<>();
            for (int i : members) {
                variants.merge(surfaces.get(i).surface(), surfaces.get(i).count(), Integer::sum);
            }
            out.add(new CanonicalEntity(chooseCanonical(type, members, surfaces), type, variants));
        }
        return out;
    }

    private String key(EntityType type, String surface) {
        if (type == EntityType.LOC || type == EntityType.ORG && lex.names.get(NameFolding.fold(surface)) == null) {
            // A country acting as a government keeps the place's canonical name ("il Kazakistan ha deciso").
            String place = lex.places.canonical(surface);
            if (place != null) {
                return NameFolding.fold(place);
            }
        }
        Lexicon.Entry known = lex.acronyms.getOrDefault(surface, lex.names.get(NameFolding.fold(surface)));
        if (known != null && known.type() == type) {
            surface = known.canonical();
        }
        String folded = NameFolding.fold(surface).replace("'", "' ").replaceAll("[.,]+$", "").strip();
        if (type == EntityType.ORG) {
            String[] parts = folded.split(" ");
            int end = parts.length;
            while (end > 1 && LEGAL_FORMS.contains(parts[end - 1].replace(".", ""))) {
                end--;
            }
            folded = String.join(" ", Arrays.copyOf(parts, end));
        }
        return folded.replaceAll(" +", " ");
    }

    /** Place or organisation names a letter or two apart, when they are not two different known places. */
    private void mergeMisspelt(EntityType type, List<SurfaceCount> surfaces, String[] keys, UnionFind uf) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].length() >= 6) {
                blocks.computeIfAbsent(keys[i].substring(0, 2), b -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x);
                    int b = block.get(y);
                    if (uf.find(a) == uf.find(b)) {
                        continue;
                    }
                    int len = Math.min(keys[a].length(), keys[b].length());
                    int allowed = type == EntityType.ORG ? (len >= 8 ? 1 : 0) : (len >= 10 ? 2 : 1);
                    if (allowed == 0 || NameFolding.editDistance(keys[a], keys[b], allowed) > allowed) {
                        continue;
                    }
                    boolean bothKnown = lex.places.canonical(surfaces.get(a).surface()) != null
                            && lex.places.canonical(surfaces.get(b).surface()) != null
                            || lex.names.containsKey(keys[a]) && lex.names.containsKey(keys[b]);
                    if (!bothKnown) {
                        uf.union(a, b);
                    }
                }
            }
        }
    }

    /** "TAI" and "Tai" spell the initials of "Turkish Aerospace Industries": one entity, if only one name fits. */
    private void mergeAcronyms(String[] keys, String[][] tokens, UnionFind uf) {
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (tokens[i].length < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String t : tokens[i]) {
                if (!ACRONYM_SKIP.contains(t) && !t.isEmpty()) {
                    initials.append(t.charAt(0));
                }
            }
            if (initials.length() >= 2) {
                byInitials.computeIfAbsent(initials.toString(), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (tokens[i].length != 1) {
                continue;
            }
            List<Integer> longForms = byInitials.get(keys[i].replace(".", ""));
            if (longForms != null && distinctRoots(longForms, uf) == 1) {
                uf.union(i, longForms.get(0));
            }
        }
    }

    /**
     * Person names: same length and every token equal or one letter off ("Recep Tayyp Erdogan"); then a
     * shorter form whose tokens all appear, in order, in longer forms of a single person ("Erdogan").
     */
    private void mergePersonForms(String[][] tokens, UnionFind uf) {
        int n = tokens.length;
        Map<String, List<Integer>> byToken = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : tokens[i]) {
                byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j : sharingAToken(tokens[i], byToken)) {
                if (j > i && tokens[i].length == tokens[j].length && tokens[i].length >= 2
                        && containsInOrder(tokens[j], tokens[i])) {
                    uf.union(i, j);
                }
            }
        }
        Integer[] byLength = new Integer[n];
        for (int i = 0; i < n; i++) {
            byLength[i] = i;
        }
        Arrays.sort(byLength, Comparator.comparingInt((Integer i) -> tokens[i].length).reversed());
        for (int i : byLength) {
            List<Integer> longer = new ArrayList<>();
            for (int j : sharingAToken(tokens[i], byToken)) {
                if (tokens[j].length > tokens[i].length && containsInOrder(tokens[j], tokens[i])) {
                    longer.add(j);
                }
            }
            if (!longer.isEmpty() && distinctRoots(longer, uf) == 1) {
                uf.union(i, longer.get(0));
            }
        }
    }

    private static List<Integer> sharingAToken(String[] tokens, Map<String, List<Integer>> byToken) {
        List<Integer> out = new ArrayList<>();
        for (String t : tokens) {
            for (int j : byToken.getOrDefault(t, List.of())) {
                if (!out.contains(j)) {
                    out.add(j);
                }
            }
        }
        return out;
    }

    /** True when every token of {@code shorter} matches a token of {@code longer}, in order. */
    private boolean containsInOrder(String[] longer, String[] shorter) {
        int k = 0;
        int exact = 0;
        for (String s : shorter) {
            while (k < longer.length && !sameToken(longer[k], s)) {
                k++;
            }
            if (k == longer.length) {
                return false;
            }
            if (longer[k].equals(s)) {
                exact++;
            }
            k++;
        }
        return exact >= 1;
    }

    /** Equal, or one letter apart in a long token that is not just another first name (Marco / Mario). */
    private boolean sameToken(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < 5) {
            return false;
        }
        if (lex.firstNames.contains(a) && lex.firstNames.contains(b)) {
            return false;
        }
        return NameFolding.editDistance(a, b, 1) <= 1;
    }

    private static int distinctRoots(List<Integer> items, UnionFind uf) {
        return (int) items.stream().map(uf::find).distinct().count();
    }

    private String chooseCanonical(EntityType type, List<Integer> members, List<SurfaceCount> surfaces) {
        if (type == EntityType.LOC || type == EntityType.ORG) {
            // a country acting as its government keeps the country's name: "Turchia e Kazakistan hanno firmato"
            Map<String, Integer> placeVotes = new HashMap<>();
            for (int i : members) {
                String surface = surfaces.get(i).surface();
                String place = type == EntityType.LOC || lex.places.isCountry(surface)
                        ? lex.places.canonical(surface) : null;
                if (place != null) {
                    placeVotes.merge(place, surfaces.get(i).count(), Integer::sum);
                }
            }
            if (!placeVotes.isEmpty()) {
                return placeVotes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            }
        }
        // A known person or body goes by the name its list gives: "Verstappen" alone is Max Verstappen.
        Map<String, Integer> knownVotes = new HashMap<>();
        for (int i : members) {
            String surface = surfaces.get(i).surface();
            Lexicon.Entry known = lex.acronyms.getOrDefault(surface, lex.names.get(NameFolding.fold(surface)));
            if (known != null && known.type() == type) {
                knownVotes.merge(known.canonical(), surfaces.get(i).count(), Integer::sum);
            }
        }
        if (knownVotes.size() == 1) {
            return knownVotes.keySet().iterator().next();
        }
        Comparator<SurfaceCount> best = Comparator
                .comparingInt((SurfaceCount s) -> s.surface().split("[\\s-]+").length)
                .thenComparingInt(s -> NameFolding.diacriticCount(s.surface()))
                .thenComparingInt(s -> isAllCaps(s.surface()) && s.surface().length() > 1 ? 0 : 1)
                .thenComparingInt(SurfaceCount::count)
                .thenComparingInt(s -> s.surface().length())
                .thenComparing(SurfaceCount::surface, Comparator.reverseOrder());
        return members.stream().map(surfaces::get).max(best).orElseThrow().surface();
    }

    private static boolean isAllCaps(String s) {
        return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
