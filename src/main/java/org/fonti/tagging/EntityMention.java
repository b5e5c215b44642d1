package org.fonti.tagging;

/**
 * One mention of a named entity: {@code text} is exactly {@code source.substring(start, end)};
 * {@code canonical} is the name shared by every variant of the same entity.
 */
public record EntityMention(String text, int start, int end, EntityType type, String canonical) {
    public EntityMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad entity range " + start + ".." + end);
        }
    }

    public EntityMention withCanonical(String newCanonical) {
        return new EntityMention(text, start, end, type, newCanonical);
    }
}
