package org.fonti.tagging;

import java.util.List;
import org.fonti.corpus.Language;

/** Everything the taggers found in one text; all offsets index into that text. */
public record TextAnnotations(
        Language language,
        List<Sentence> sentences,
        List<EntityMention> entities,
        List<DateMention> dates,
        List<Quotation> quotations) {

    public TextAnnotations {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quotations = List.copyOf(quotations);
    }
}
