package org.fonti.search;

import java.util.List;
import org.fonti.tagging.DateMention;

/**
 * One or more whole sentences of a document that match the query. {@code text} equals
 * {@code document.text.substring(start, end)}; each match is an absolute [start, end) pair in the document text;
 * {@code dates} are the date expressions inside the passage with their normalised values ("lo scorso 10 maggio",
 * 2022-05-10), offsets absolute too; {@code citation} is ready to paste.
 */
public record Passage(String text, int start, int end, List<int[]> matches, List<DateMention> dates, Citation citation) {
}
