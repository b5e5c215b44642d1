package org.fonti.search;

/** The user's query cannot be understood; {@code position} is the 1-based column where the problem is, or -1. */
public final class QuerySyntaxException extends IllegalArgumentException {

    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
