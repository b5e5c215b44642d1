package org.fonti.language;

import java.util.List;

/**
 * Grammatical slot of a generated word form, coarse enough to line English and Italian up: an English past
 * ("signed") corresponds to the Italian participle and past tenses ("firmato", "firmò", "firmava").
 */
enum Slot {
    INVARIABLE, SINGULAR, PLURAL, ADJECTIVE, COMPARATIVE, ADVERB,
    INFINITIVE, PRESENT, PRESENT_THIRD, PAST, PARTICIPLE, GERUND, FUTURE;

    /** Slots of the other language that render this one, best first. */
    List<Slot> counterparts() {
        return switch (this) {
            case INVARIABLE -> List.of(INVARIABLE, SINGULAR, ADJECTIVE, INFINITIVE);
            case SINGULAR -> List.of(SINGULAR, INVARIABLE);
            case PLURAL -> List.of(PLURAL, SINGULAR, INVARIABLE);
            case ADJECTIVE -> List.of(ADJECTIVE, INVARIABLE);
            case COMPARATIVE -> List.of(COMPARATIVE, ADJECTIVE);
            case ADVERB -> List.of(ADVERB, INVARIABLE, ADJECTIVE);
            case INFINITIVE -> List.of(INFINITIVE, PRESENT, PRESENT_THIRD);
            case PRESENT, FUTURE -> List.of(INFINITIVE, PRESENT, PRESENT_THIRD);
            case PRESENT_THIRD -> List.of(PRESENT_THIRD, INFINITIVE, PRESENT);
            case PAST -> List.of(PARTICIPLE, PAST, INFINITIVE);
            case PARTICIPLE -> List.of(PARTICIPLE, PAST, INFINITIVE);
            case GERUND -> List.of(GERUND, INFINITIVE);
        };
    }
}
