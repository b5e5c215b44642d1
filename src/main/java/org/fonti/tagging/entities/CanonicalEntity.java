package org.fonti.tagging.entities;

import java.util.Map;
import org.fonti.tagging.EntityType;

/** One entity after merging: the name it is shown as, and every spelling seen for it with its count. */
public record CanonicalEntity(String canonical, EntityType type, Map<String, Integer> variants) {
    public CanonicalEntity {
        variants = Map.copyOf(variants);
    }

    public int totalCount() {
        return variants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
