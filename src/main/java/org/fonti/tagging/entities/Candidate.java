package org.fonti.tagging.entities;

import org.fonti.tagging.EntityType;

/**
 * A token range [from, to) that may be a name, with the type the local evidence suggests (null when it
 * says nothing) and how much that evidence is worth. {@code needsSupport} marks a capital that proves
 * nothing by itself (sentence start, or a word also seen in lower case): such a candidate is kept only if
 * the rest of the document names it too.
 */
record Candidate(int from, int to, EntityType type, Evidence evidence, boolean needsSupport) {

    enum Evidence {
        /** Nothing but capitalisation. */
        WEAK,
        /** A cue that is usually, not always, right: "a X" for places, an acronym for organisations. */
        MEDIUM,
        /** A known name, a title before a person, an organisation word inside the name. */
        STRONG
    }

    Candidate withType(EntityType newType, Evidence newEvidence) {
        return new Candidate(from, to, newType, newEvidence, false);
    }

    int length() {
        return to - from;
    }
}
