package org.fonti.tagging;

/** A sentence as a character range [start, end) of the text it was found in. */
public record Sentence(int start, int end) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence range " + start + ".." + end);
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
