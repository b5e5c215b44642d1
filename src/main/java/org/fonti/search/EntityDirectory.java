package org.fonti.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.fonti.index.Fields;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.entities.CanonicalEntity;
import org.fonti.tagging.entities.EntityCanonicalizer;
import org.fonti.tagging.entities.SurfaceCount;

/**
 * The entities of one index snapshot, merged across articles into one entry per real-world entity: each article
 * names its entities by an article-level canonical; here those canonicals are merged corpus-wide (Recep Tayyp
 * Erdogan in one article, Recep Tayyip Erdoğan in another) by {@link EntityCanonicalizer}. Built from the terms of
 * the entity fields only, so its cost grows with the number of distinct names, not of articles.
 */
final class EntityDirectory {

    /**
     * One real-world entity.
     *
     * @param keys     the "TYPE:article canonical" index keys that name it
     * @param variants each spelling found in the texts, with the number of articles using it
     * @param mentionedIn upper bound of the articles mentioning it (the sum over its keys)
     */
    record Entity(EntityType type, String canonical, List<String> keys, Map<String, Integer> variants, int mentionedIn) {
    }

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<String, List<Entity>> byName = new HashMap<>();

    EntityDirectory(IndexReader reader, EntityCanonicalizer canonicalizer) throws IOException {
        Map<String, Integer> articlesPerKey = termCounts(reader, Fields.ENTITY);
        Map<String, Map<String, Integer>> variantsPerKey = new HashMap<>();
        termCounts(reader, Fields.ENTITY_VARIANT).forEach((term, count) -> {
            String[] parts = Fields.splitVariantKey(term);
            if (parts.length == 3) {
                variantsPerKey.computeIfAbsent(parts[0] + ":" + parts[1], k -> new LinkedHashMap<>()).merge(parts[2], count, Integer::sum);
            }
        });
        var surfaces = new ArrayList<SurfaceCount>();
        articlesPerKey.forEach((key, count) -> {
            int colon = key.indexOf(':');
            surfaces.add(new SurfaceCount(key.substring(colon + 1), EntityType.valueOf(key.substring(0, colon)), count));
        });
        for (CanonicalEntity merged : canonicalizer.merge(surfaces)) {
            var keys = new ArrayList<String>();
            var variants = new LinkedHashMap<String, Integer>();
            int articles = 0;
            for (String articleCanonical : merged.variants().keySet()) {
                String key = Fields.entityKey(merged.type(), articleCanonical);
                keys.add(key);
                articles += articlesPerKey.getOrDefault(key, 0);
                variantsPerKey.getOrDefault(key, Map.of(articleCanonical, 0))
                        .forEach((variant, n) -> variants.merge(variant, n, Integer::sum));
            }
            var sortedVariants = new LinkedHashMap<String, Integer>();
            variants.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sortedVariants.put(e.getKey(), e.getValue()));
            var entity = new Entity(merged.type(), merged.canonical(), List.copyOf(keys), sortedVariants, articles);
            entities.add(entity);
            keys.forEach(key -> byKey.put(key, entity));
            for (String name : names(entity)) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(entity);
            }
        }
        entities.sort(Comparator.comparingInt(Entity::mentionedIn).reversed().thenComparing(Entity::canonical));
    }

    /** The entity an index key ("TYPE:article canonical") belongs to. */
    Entity forKey(String key) {
        return byKey.get(key);
    }

    /** Entities one of whose names (canonical, any variant, or a person's surname) equals {@code name}, folded. */
    List<Entity> lookup(EntityType type, String name) {
        String typed = name.strip();
        int colon = typed.indexOf(':');
        if (type == null && colon > 0) {
            try {
                type = EntityType.valueOf(typed.substring(0, colon).toUpperCase(Locale.ROOT));
                typed = typed.substring(colon + 1);
            } catch (IllegalArgumentException notAType) {
                // a name with a colon in it
            }
        }
        EntityType wanted = type;
        return byName.getOrDefault(fold(typed), List.of()).stream()
                .filter(e -> wanted == null || e.type() == wanted)
                .distinct()
                .toList();
    }

    /** Index keys of every entity {@code name} may stand for (see {@link #lookup}). */
    List<String> keys(EntityType type, String name) {
        return lookup(type, name).stream().flatMap(e -> e.keys().stream()).toList();
    }

    /**
     * Entities for autocomplete: those with a name starting with {@code prefix}, or within one or two edits of it,
     * most mentioned first. An empty prefix lists the most mentioned.
     */
    List<Entity> suggest(EntityType type, String prefix, int size) {
        String folded = prefix == null ? "" : fold(prefix);
        var found = new LinkedHashSet<Entity>();
        for (Entity entity : entities) {
            if ((type == null || entity.type() == type) && (folded.isEmpty() || anyNameStarts(entity, folded))) {
                found.add(entity);
            }
        }
        if (found.size() < size && folded.length() >= 4) {
            int edits = folded.length() >= 7 ? 2 : 1;
            var fuzzy = new LevenshteinAutomata(folded, false).toAutomaton(edits);
            for (Entity entity : entities) {
                if ((type == null || entity.type() == type) && names(entity).stream().anyMatch(n ->
                        org.apache.lucene.util.automaton.Operations.run(fuzzy, n)
                                || java.util.Arrays.stream(n.split(" ")).anyMatch(w -> org.apache.lucene.util.automaton.Operations.run(fuzzy, w)))) {
                    found.add(entity);
                }
            }
        }
        return found.stream().limit(size).toList();
    }

    private static boolean anyNameStarts(Entity entity, String folded) {
        for (String name : names(entity)) {
            if (name.startsWith(folded) || name.contains(" " + folded)) {
                return true;
            }
        }
        return false;
    }

    /** Folded names an entity answers to: canonical, variants, and for people the surname and last two words. */
    private static Set<String> names(Entity entity) {
        var names = new LinkedHashSet<String>();
        names.add(fold(entity.canonical()));
        entity.keys().forEach(key -> names.add(fold(key.substring(key.indexOf(':') + 1))));
        entity.variants().keySet().forEach(v -> names.add(fold(v)));
        if (entity.type() == EntityType.PER) {
            for (String name : List.copyOf(names)) {
                String[] words = name.split(" ");
                if (words.length >= 2 && words[words.length - 1].length() >= 3) {
                    names.add(words[words.length - 1]);
                    if (words.length >= 3) {
                        names.add(words[words.length - 2] + " " + words[words.length - 1]);
                    }
                }
            }
        }
        return names;
    }

    private static Map<String, Integer> termCounts(IndexReader reader, String field) throws IOException {
        var counts = new HashMap<String, Integer>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return counts;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            counts.put(term.utf8ToString(), it.docFreq());
        }
        return counts;
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('ı', 'i').replaceAll("[\\s\\-‐]+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
