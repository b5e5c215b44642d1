package org.fonti.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.fonti.index.Fields;
import org.fonti.tagging.EntityType;

/**
 * The entities of one index snapshot, looked up by name: case and accents do not matter, so "erdogan" and
 * "Erdoğan" name the same key. Built once per reader from the terms of the entity field.
 */
final class EntityNames {

    private final Map<String, List<String>> keysByFoldedName = new HashMap<>();

    EntityNames(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.ENTITY);
        if (terms == null) {
            return;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            String key = term.utf8ToString();
            int colon = key.indexOf(':');
            String name = key.substring(colon + 1);
            keysByFoldedName.computeIfAbsent(fold(name), k -> new ArrayList<>()).add(key);
        }
    }

    /** Keys ("TYPE:canonical") whose canonical name equals {@code name} once folded; only of {@code type} when given. */
    List<String> keys(EntityType type, String name) {
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
        return keysByFoldedName.getOrDefault(fold(typed), List.of()).stream()
                .filter(key -> wanted == null || key.startsWith(wanted.name() + ":"))
                .toList();
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
