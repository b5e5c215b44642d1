package org.fonti.tagging;

import org.fonti.corpus.Language;

/** Annotates a free text: language, sentences, entities, dates and quotations. Thread-safe and pure. */
@FunctionalInterface
public interface TextTagger {

    /**
     * @param language       the text's language, or null to detect it
     * @param referenceDate  ISO prefix that relative dates resolve against (the publication date), or null
     */
    TextAnnotations annotate(String text, Language language, String referenceDate);
}
