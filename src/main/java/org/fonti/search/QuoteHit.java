package org.fonti.search;

import java.util.List;

/**
 * A statement found by a quotation search: the quoted words with their offsets in the article's text, who said
 * them (canonical name, or null when the text does not say), the reporting words, the article, and the citation.
 */
public record QuoteHit(String id, String documentId, String text, int start, int end, String speaker, String cue,
                       String title, String date, boolean dateInferred, String url, String source, String lang,
                       List<int[]> matches, Citation citation) {
}
