package org.fonti.search;

/** An article like another one: near-duplicates and the same story from other sources rank first. */
public record SimilarHit(String id, String title, String date, boolean dateInferred, String lang, float score) {
}
