package org.fonti.index;

import java.util.Map;
import org.fonti.corpus.Language;

/** An article as stored in the index, with the annotations found at indexing time. */
public record IndexedArticle(
        String id,
        String title,
        String text,
        String date,
        boolean dateInferred,
        Language language,
        String url,
        String source,
        Map<String, String> metadata,
        StoredAnnotations annotations) {
}
