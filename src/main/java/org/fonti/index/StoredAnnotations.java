package org.fonti.index;

import java.util.List;
import org.fonti.tagging.DateMention;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.Quotation;
import org.fonti.tagging.Sentence;

/** The annotations kept with each indexed article, so documents and passages never re-run the taggers. */
public record StoredAnnotations(
        List<Sentence> sentences,
        List<EntityMention> entities,
        List<DateMention> dates,
        List<Quotation> quotations) {
}
