package org.fonti.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Turns apostrophes (' and ’) into spaces before tokenizing, so that "dell'Asia" is the two words "dell" and
 * "asia" in exact search: a quoted "Stato dell'Asia" and "Stato dell Asia" both match. Offsets are corrected
 * by the char filter, so highlighting still points into the original text.
 */
final class ApostropheSplitter {

    private static final NormalizeCharMap MAP = buildMap();

    private ApostropheSplitter() {
    }

    static Reader wrap(Reader reader) {
        return new MappingCharFilter(MAP, reader);
    }

    private static NormalizeCharMap buildMap() {
        var builder = new NormalizeCharMap.Builder();
        builder.add("'", " ");
        builder.add("\u2019", " ");
        return builder.build();
    }
}
