package org.fonti.http;

import java.util.List;
import org.fonti.tagging.DateMention;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.Quotation;
import org.fonti.tagging.TextAnnotations;

/** The JSON shape of an analysis, shared by POST /api/analyze and {@code fonti tag}. */
public record AnalyzeResponse(String lang, List<EntityMention> entities, List<DateMention> dates, List<Quotation> quotes) {

    public static AnalyzeResponse of(TextAnnotations annotations) {
        return new AnalyzeResponse(annotations.language().code(), annotations.entities(), annotations.dates(),
                annotations.quotations());
    }
}
