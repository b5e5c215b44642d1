package org.fonti.language;

import java.util.List;
import java.util.Map;

import org.fonti.language.LexiconEntry.PartOfSpeech;

/** Word-form generation and light stemming for one language; implementations are immutable. */
interface Morphology {

    /** The forms of {@code lemma} by slot, best first within a slot; phrases inflect their head. */
    Map<Slot, List<String>> inflect(String lemma, PartOfSpeech partOfSpeech);

    /** Other spellings to try when a folded word matches no form (an Italian infinitive without its clitic). */
    default List<String> variants(String folded) {
        return List.of();
    }

    /** The word as phrase keys use it: Italian articulated prepositions become plain ones (della → di). */
    default String phraseWord(String folded) {
        return folded;
    }

    /** A conservative stem of a folded word (plural endings, final vowels) for matching what inflection missed. */
    String lightStem(String folded);
}
