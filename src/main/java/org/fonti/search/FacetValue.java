package org.fonti.search;

/** A facet value with the number of matching articles that have it. */
public record FacetValue(String value, int count) {
}
