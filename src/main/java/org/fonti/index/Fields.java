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
    /** Keyword "TYPE\u001Fcanonical\u001Fvariant": which spellings each article uses for each of its entities. */
    public static final String ENTITY_VARIANT = "entity_variant";
    /** Range field: the days each date mentioned in the text covers, as yyyymmdd ints. */
    public static final String MENTIONED = "mentioned";
    /** Doc values: each year a date mentioned in the text falls in. */
    public static final String MENTIONED_YEAR = "mentioned_year";
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

    /** Only the words inside the article's quotations, analysed for {@code language}, offsets into the text. */
    public static String quotes(Language language) {
        return "quote_" + language.code();
    }

    /** Only the words inside the article's quotations, exact analysis, offsets into the text. */
    public static final String QUOTES_EXACT = "quote_exact";
    /** Keyword: canonical name of each speaker of a quotation in the article. */
    public static final String QUOTE_SPEAKER = "quote_speaker";

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

    static final char VARIANT_SEPARATOR = '\u001F';

    public static String variantKey(EntityType type, String canonical, String variant) {
        return type.name() + VARIANT_SEPARATOR + canonical + VARIANT_SEPARATOR + variant;
    }

    /** The three parts of a {@link #variantKey}: type, canonical, variant. */
    public static String[] splitVariantKey(String key) {
        return key.split(String.valueOf(VARIANT_SEPARATOR), 3);
    }
}
