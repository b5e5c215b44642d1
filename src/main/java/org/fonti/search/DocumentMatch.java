package org.fonti.search;

/** One match of a query in a document: {@code text} is {@code document.text.substring(start, end)}. */
public record DocumentMatch(int start, int end, String text) {
}
