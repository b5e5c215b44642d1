package org.fonti.tagging.entities;

import org.fonti.tagging.EntityType;

/** How often one spelling of a name was tagged with one type, in a text or a corpus. */
public record SurfaceCount(String surface, EntityType type, int count) {
    public SurfaceCount {
        if (surface == null || surface.isBlank() || type == null || count < 0) {
            throw new IllegalArgumentException("bad surface count " + surface + " " + type + " " + count);
        }
    }
}
