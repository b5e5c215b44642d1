package org.fonti.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The optional {@code key: value} header of an article file, ended by a blank line. Keys are lower-case
 * identifiers, so a body that starts with "Roma: ..." is not mistaken for a header.
 *
 * @param fields     the header's keys and values, in file order
 * @param bodyStart  index in the raw text where the body begins (0 when there is no header)
 */
record FrontMatter(Map<String, String> fields, int bodyStart) {

    private static final Pattern LINE = Pattern.compile("([a-z][a-z0-9_-]{0,39}):[ \\t]*(.*?)[ \\t]*");

    static final FrontMatter NONE = new FrontMatter(Map.of(), 0);

    static FrontMatter parse(String raw) {
        var fields = new LinkedHashMap<String, String>();
        int pos = 0;
        while (pos < raw.length()) {
            int eol = raw.indexOf('\n', pos);
            if (eol < 0) {
                return NONE; // a header must be ended by a blank line
            }
            String line = raw.substring(pos, eol).replace("\r", "");
            if (line.isBlank()) {
                return fields.isEmpty() ? NONE : new FrontMatter(Map.copyOf(fields), eol + 1);
            }
            var m = LINE.matcher(line);
            if (!m.matches()) {
                return NONE;
            }
            fields.putIfAbsent(m.group(1), m.group(2));
            pos = eol + 1;
        }
        return NONE;
    }
}
