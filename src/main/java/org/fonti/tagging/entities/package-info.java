/**
 * Named entities: persons, organisations and places in Italian and English news, with one canonical name
 * per entity.
 *
 * <p>{@link org.fonti.tagging.entities.EntityTagger} is rule based, so it is fast (hundreds of thousands of
 * tokens per second on one core), explainable and free of non-commercial training data. It works in three
 * steps: a tokenizer that keeps offsets exact; a candidate finder that reads runs of capitalised words
 * (crossing "di", "de", "von"...) and lower-case institution nouns ("la polizia", "l'università di
 * Bologna"), and types them from the word lists and the words around them; and a text-wide agreement
 * step (a name typed once with confidence is typed the same everywhere; unknown capitalised words with no
 * cue and no support elsewhere in the text are dropped).
 *
 * <p>{@link org.fonti.tagging.entities.EntityCanonicalizer} merges the spellings of one entity, within a
 * text and across a corpus. Place names resolve to their English exonym.
 *
 * <p>The word lists are resource files in {@code src/main/resources/org/fonti/tagging/entities/} (see the
 * README there), written for this project, plus country names from the JDK's locale data and city names
 * from its time-zone ids.
 */
package org.fonti.tagging.entities;
