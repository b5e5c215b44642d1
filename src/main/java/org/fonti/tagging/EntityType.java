package org.fonti.tagging;

/** Named-entity types: person, organisation, location. */
public enum EntityType {
    PER,
    ORG,
    LOC
}
