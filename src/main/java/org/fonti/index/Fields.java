package org.fonti.index;

import org.fonti.corpus.Language;
import org.fonti.tagging.EntityType;

/** Names of the Lucene fields of an article document; the schema is described in docs/INDEX.md. */
public final class Fields {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String EXACT = "exact";
    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String LANG = "lang";
    public static final String DATE = "date";
    public static final String DATE_INFERRED = "date_inferred";
    /** First and last day covered by the publication date, as yyyymmdd ints, for range filters. */
    public static final String DATE_FIRST_DAY = "date_first";
    public static final String DATE_LAST_DAY = "date_last";
    /** Doc values: first day covered by the publication date, yyyymmdd, for sorting and the year facet. */
    public static final String DATE_SORT = "date_sort";
    /** Keyword "TYPE:canonical" for filters. */
    public static final String ENTITY = "entity";
    public static final String ANNOTATIONS = "annotations";
    public static final String METADATA = "metadata";
    public static final String CONTENT_HASH = "hash";
    public static final String FILE_PATH = "path";
    public static final String FILE_SIZE = "size";
    public static final String FILE_MTIME = "mtime";

    private Fields() {
    }

    /** The body text analysed for {@code language}. */
    public static String text(Language language) {
        return "text_" + language.code();
    }

    /** The title analysed for {@code language}. */
    public static String title(Language language) {
        return "title_" + language.code();
    }

    /** Doc values of the canonical names of one entity type, for facets. */
    public static String entityFacet(EntityType type) {
        return "facet_" + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String entityKey(EntityType type, String canonical) {
        return type.name() + ":" + canonical;
    }
}
