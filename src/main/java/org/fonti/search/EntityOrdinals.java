package org.fonti.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.fonti.index.Fields;
import org.fonti.tagging.EntityType;

/**
 * Index-wide ordinals of the entity facet values of one index snapshot, so a facet count is an int per distinct
 * value and only the top values are ever turned into strings. Built once per snapshot; safe to share.
 */
final class EntityOrdinals {

    private final List<LeafReaderContext> leaves;
    private final Map<EntityType, OrdinalMap> maps = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Long> valueCounts = new EnumMap<>(EntityType.class);

    EntityOrdinals(IndexReader reader) throws IOException {
        this.leaves = reader.leaves();
        for (EntityType type : EntityType.values()) {
            var perSegment = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < leaves.size(); i++) {
                perSegment[i] = DocValues.getSortedSet(leaves.get(i).reader(), Fields.entityFacet(type));
            }
            if (leaves.size() == 1) {
                valueCounts.put(type, perSegment[0].getValueCount());
            } else {
                OrdinalMap map = OrdinalMap.build(null, perSegment, PackedInts.DEFAULT);
                maps.put(type, map);
                valueCounts.put(type, map.getValueCount());
            }
        }
    }

    int valueCount(EntityType type) {
        return (int) Math.min(valueCounts.get(type), Integer.MAX_VALUE - 8);
    }

    /** Maps the ordinals of one segment to index-wide ones. */
    LongValues toGlobal(EntityType type, LeafReaderContext leaf) {
        OrdinalMap map = maps.get(type);
        return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
    }

    /** The value of an index-wide ordinal; reads doc values afresh, so concurrent queries do not share state. */
    String lookup(EntityType type, long globalOrd) throws IOException {
        OrdinalMap map = maps.get(type);
        int segment = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
        long segmentOrd = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
        return DocValues.getSortedSet(leaves.get(segment).reader(), Fields.entityFacet(type)).lookupOrd(segmentOrd)
                .utf8ToString();
    }
}
