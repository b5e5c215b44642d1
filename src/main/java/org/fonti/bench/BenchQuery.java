package org.fonti.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the mix, in a form every engine can run.
 *
 * @param kind   what the query exercises (see {@link QueryMix})
 * @param text   words, or one phrase in double quotes, in Fonti's syntax (which here is also websearch syntax)
 * @param from   earliest date, YYYY-MM-DD, or null
 * @param to     latest date, YYYY-MM-DD, or null
 * @param entity an entity name the article must mention ("TYPE:name" as Fonti's facets give it), or null
 */
public record BenchQuery(String kind, String text, String from, String to, String entity) {

    static BenchQuery plain(String kind, String text) {
        return new BenchQuery(kind, text, null, null, null);
    }

    /** The entity's name without its "TYPE:" prefix, for engines that only know words. */
    public String entityName() {
        if (entity == null) {
            return null;
        }
        int colon = entity.indexOf(':');
        return colon > 0 && entity.substring(0, colon).matches("PER|ORG|LOC") ? entity.substring(colon + 1) : entity;
    }

    /** True when the text is a single quoted phrase. */
    @JsonIgnore
    public boolean isPhrase() {
        return text.length() > 2 && text.startsWith("\"") && text.endsWith("\"");
    }

    /** The words of the text (quotes removed). */
    public List<String> words() {
        var words = new ArrayList<String>();
        for (String w : text.replace("\"", " ").strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    @Override
    public String toString() {
        var s = new StringBuilder(text);
        if (from != null || to != null) {
            s.append(" [").append(from == null ? "" : from).append("..").append(to == null ? "" : to).append(']');
        }
        if (entity != null) {
            s.append(" {").append(entity).append('}');
        }
        return s.toString();
    }
}
