package org.fonti.search;

import java.util.List;

/**
 * One or more whole sentences of a document that match the query. {@code text} equals
 * {@code document.text.substring(start, end)}; each match is an absolute [start, end) pair in the document text.
 */
public record Passage(String text, int start, int end, List<int[]> matches) {
}
