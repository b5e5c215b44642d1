package org.fonti.tagging.dates;

/** A date expression over tokens [first, end) with its value. */
record Match(int first, int end, DateValue value) {
    int length() {
        return end - first;
    }
}
