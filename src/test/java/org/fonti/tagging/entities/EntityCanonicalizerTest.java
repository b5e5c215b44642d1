package org.fonti.tagging.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;
import org.junit.jupiter.api.Test;

class EntityCanonicalizerTest {

    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

    private static SurfaceCount per(String s, int n) {
        return new SurfaceCount(s, EntityType.PER, n);
    }

    private static CanonicalEntity entityWith(List<CanonicalEntity> merged, String variant) {
        return merged.stream().filter(e -> e.variants().containsKey(variant)).findFirst().orElseThrow();
    }

    @Test
    void personVariantsAcrossACorpusMergeUnderTheLongestBestAccentedForm() {
        List<CanonicalEntity> merged = canonicalizer.merge(List.of(
                per("Erdogan", 40), per("Erdoğan", 12), per("Recep Tayyip Erdoğan", 5),
                per("Recep Tayyp Erdogan", 1), per("Tayyip Erdogan", 2), per("Mario Rossi", 3)));
        CanonicalEntity erdogan = entityWith(merged, "Erdogan");
        assertEquals("Recep Tayyip Erdoğan", erdogan.canonical());
        assertEquals(Map.of("Erdogan", 40, "Erdoğan", 12, "Recep Tayyip Erdoğan", 5, "Recep Tayyp Erdogan", 1,
                "Tayyip Erdogan", 2), erdogan.variants());
        assertEquals(60, erdogan.totalCount());
        assertEquals("Mario Rossi", entityWith(merged, "Mario Rossi").canonical());
        assertEquals(erdogan, merged.get(0), "most mentioned first");
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysApart() {
        List<CanonicalEntity> merged = canonicalizer.merge(List.of(
                per("Mario Rossi", 3), per("Anna Rossi", 2), per("Rossi", 4)));
        assertEquals("Rossi", entityWith(merged, "Rossi").canonical());
        assertNotEquals(entityWith(merged, "Mario Rossi"), entityWith(merged, "Anna Rossi"));
    }

    @Test
    void twoDifferentFirstNamesOneLetterApartAreTwoPeople() {
        List<CanonicalEntity> merged = canonicalizer.merge(List.of(per("Marco Bianchi", 1), per("Mario Bianchi", 1)));
        assertEquals(2, merged.size());
    }

    @Test
    void placeNamesInItalianEnglishAndMisspeltMergeUnderTheEnglishExonym() {
        List<CanonicalEntity> merged = canonicalizer.merge(List.of(
                new SurfaceCount("Kazakistan", EntityType.LOC, 5), new SurfaceCount("Kazakhstan", EntityType.LOC, 3),
                new SurfaceCount("Kazakhistan", EntityType.LOC, 1), new SurfaceCount("Mosca", EntityType.LOC, 4),
                new SurfaceCount("Moscow", EntityType.LOC, 2), new SurfaceCount("Turchia", EntityType.LOC, 2),
                new SurfaceCount("Türkiye", EntityType.LOC, 1), new SurfaceCount("Turkey", EntityType.LOC, 1),
                new SurfaceCount("Gambia", EntityType.LOC, 1), new SurfaceCount("Zambia", EntityType.LOC, 1)));
        assertEquals("Kazakhstan", entityWith(merged, "Kazakhistan").canonical());
        assertEquals(9, entityWith(merged, "Kazakistan").totalCount());
        assertEquals("Moscow", entityWith(merged, "Mosca").canonical());
        assertEquals("Turkey", entityWith(merged, "Türkiye").canonical());
        assertEquals(3, entityWith(merged, "Turchia").variants().size());
        assertNotEquals(entityWith(merged, "Gambia"), entityWith(merged, "Zambia"));
    }

    @Test
    void acronymsJoinTheNameTheySpell() {
        List<CanonicalEntity> merged = canonicalizer.merge(List.of(
                new SurfaceCount("Turkish Aerospace Industries", EntityType.ORG, 2),
                new SurfaceCount("TAI", EntityType.ORG, 3), new SurfaceCount("Tai", EntityType.ORG, 1),
                new SurfaceCount("Fiat S.p.A.", EntityType.ORG, 1), new SurfaceCount("Fiat", EntityType.ORG, 4)));
        CanonicalEntity tai = entityWith(merged, "Tai");
        assertEquals("Turkish Aerospace Industries", tai.canonical());
        assertTrue(tai.variants().containsKey("TAI"));
        assertEquals(entityWith(merged, "Fiat"), entityWith(merged, "Fiat S.p.A."));
    }

    @Test
    void withinATextAnAcronymInBracketsJoinsTheNameBeforeIt() {
        String text = "La Società Italiana Ricerche Ottiche (SIRO) apre. La Siro assume e SIRO cresce.";
        List<EntityMention> mentions = List.of(
                new EntityMention("Società Italiana Ricerche Ottiche", 3, 36, EntityType.ORG, null),
                new EntityMention("SIRO", 38, 42, EntityType.ORG, null),
                new EntityMention("Siro", 53, 57, EntityType.ORG, null),
                new EntityMention("SIRO", 67, 71, EntityType.ORG, null));
        for (EntityMention m : mentions) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        List<EntityMention> out = canonicalizer.canonicalize(text, mentions);
        for (EntityMention m : out) {
            assertEquals("Società Italiana Ricerche Ottiche", m.canonical(), m.text());
        }
    }
}
