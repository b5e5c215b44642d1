/**
 * Direct quotations: which quoted spans are statements, and who made them.
 *
 * <p>{@link org.fonti.tagging.quotes.QuoteTagger} is the entry point. Inside, one small class per step:
 * {@code QuotePairer} pairs the marks (« » “ ” ‘ ’ and straight quotes, mixed pairs included),
 * {@code CueFinder} finds reporting verbs, document, source and title cues around a quotation,
 * {@code QuoteClassifier} tells statements from scare quotes and names, and {@code SpeakerFinder} maps cues,
 * entity mentions and roles ("il presidente turco") to a speaker. The word lists are in
 * {@code lexicon-it.txt} and {@code lexicon-en.txt} next to these classes.
 */
package org.fonti.tagging.quotes;
