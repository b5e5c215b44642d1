package org.fonti.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.corpus.Article;
import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;
import org.fonti.corpus.CorpusFile;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.TaggedArticle;
import org.fonti.tagging.TextAnnotations;

/** Maps tagged articles to Lucene documents and stored documents back to {@link IndexedArticle}s. */
public final class ArticleDocuments {

    /** Analysed text with offsets in the postings, so highlighting never re-analyses the text. */
    static final FieldType TEXT_WITH_OFFSETS = textType();

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Analyzers of their own for the quotation fields, which are built here as token streams (which words they
     * keep depends on the document): an analyzer reuses one token stream per thread, so sharing the index
     * writer's would hand the body field the same stream while the quotation field still holds it.
     */
    private static final TextAnalyzers QUOTE_ANALYSIS = new TextAnalyzers();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private ArticleDocuments() {
    }

    public static Document toDocument(TaggedArticle tagged, CorpusFile file) {
        Article article = tagged.article();
        TextAnnotations annotations = tagged.annotations();
        Language language = annotations.language();
        var doc = new Document();
        doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.TITLE, article.title()));
        doc.add(new StoredField(Fields.TEXT, article.text()));
        doc.add(new Field(Fields.text(language), article.text(), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.title(language), article.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.EXACT, article.text(), TEXT_WITH_OFFSETS));
        doc.add(new StringField(Fields.LANG, language.code(), Field.Store.YES));
        storeIfPresent(doc, Fields.URL, article.url());
        storeIfPresent(doc, Fields.SOURCE, article.source());
        IsoDate.parse(tagged.publicationDate()).ifPresent(date -> {
            doc.add(new StoredField(Fields.DATE, date.toString()));
            doc.add(new StoredField(Fields.DATE_INFERRED, tagged.dateInferred() ? 1 : 0));
            doc.add(new IntPoint(Fields.DATE_FIRST_DAY, dayNumber(date.firstDay())));
            doc.add(new IntPoint(Fields.DATE_LAST_DAY, dayNumber(date.lastDay())));
            doc.add(new NumericDocValuesField(Fields.DATE_SORT, dayNumber(date.firstDay())));
        });
        Set<String> entityKeys = new LinkedHashSet<>();
        Set<String> variantKeys = new LinkedHashSet<>();
        for (EntityMention mention : annotations.entities()) {
            if (entityKeys.add(Fields.entityKey(mention.type(), mention.canonical()))) {
                doc.add(new StringField(Fields.ENTITY, Fields.entityKey(mention.type(), mention.canonical()), Field.Store.NO));
                doc.add(new SortedSetDocValuesField(Fields.entityFacet(mention.type()), new BytesRef(mention.canonical())));
            }
            String variant = Fields.variantKey(mention.type(), mention.canonical(), mention.text());
            if (variantKeys.add(variant)) {
                doc.add(new StringField(Fields.ENTITY_VARIANT, variant, Field.Store.NO));
            }
        }
        addMentionedDates(doc, annotations.dates());
        addQuotations(doc, article.text(), language, annotations.quotations());
        doc.add(new StoredField(Fields.ANNOTATIONS, toJson(new StoredAnnotations(annotations.sentences(),
                annotations.entities(), annotations.dates(), annotations.quotations()))));
        doc.add(new StoredField(Fields.METADATA, toJson(article.metadata())));
        doc.add(new StoredField(Fields.CONTENT_HASH, article.contentHash()));
        if (file != null) {
            doc.add(new StoredField(Fields.FILE_PATH, file.path().toString()));
            doc.add(new StoredField(Fields.FILE_SIZE, file.size()));
            doc.add(new StoredField(Fields.FILE_MTIME, file.modifiedMillis()));
        }
        return doc;
    }

    /** The words inside quotations, searchable on their own, and who said them. */
    private static void addQuotations(Document doc, String text, Language language,
                                      java.util.List<org.fonti.tagging.Quotation> quotations) {
        if (quotations.isEmpty()) {
            return;
        }
        var sorted = quotations.stream().sorted(java.util.Comparator.comparingInt(org.fonti.tagging.Quotation::start)).toList();
        doc.add(new Field(Fields.quotes(language),
                new InsideSpans(QUOTE_ANALYSIS.forLanguage(language).tokenStream(Fields.quotes(language), text), sorted), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.QUOTES_EXACT,
                new InsideSpans(QUOTE_ANALYSIS.exact().tokenStream(Fields.QUOTES_EXACT, text), sorted), TEXT_WITH_OFFSETS));
        sorted.stream().map(org.fonti.tagging.Quotation::speaker).filter(java.util.Objects::nonNull).distinct()
                .forEach(speaker -> doc.add(new StringField(Fields.QUOTE_SPEAKER, speaker, Field.Store.NO)));
    }

    /** Each date mentioned in the text as a range of days, and each year mentioned once, for filters and facets. */
    private static void addMentionedDates(Document doc, java.util.List<org.fonti.tagging.DateMention> dates) {
        var ranges = new LinkedHashSet<String>();
        var years = new java.util.TreeSet<Integer>();
        for (var date : dates) {
            DateValueRange.of(date.value()).ifPresent(range -> {
                if (ranges.add(range.first() + "/" + range.last())) {
                    doc.add(new IntRange(Fields.MENTIONED, new int[] {dayNumber(range.first())},
                            new int[] {dayNumber(range.last())}));
                }
                range.year().ifPresent(years::add);
            });
        }
        years.forEach(year -> doc.add(new SortedNumericDocValuesField(Fields.MENTIONED_YEAR, year)));
    }

    public static IndexedArticle fromDocument(Document doc) {
        var dateInferred = doc.getField(Fields.DATE_INFERRED);
        return new IndexedArticle(
                doc.get(Fields.ID),
                doc.get(Fields.TITLE),
                doc.get(Fields.TEXT),
                doc.get(Fields.DATE),
                dateInferred != null && dateInferred.numericValue().intValue() == 1,
                Language.parse(doc.get(Fields.LANG)).orElse(Language.IT),
                doc.get(Fields.URL),
                doc.get(Fields.SOURCE),
                fromJson(doc.get(Fields.METADATA), STRING_MAP),
                fromJson(doc.get(Fields.ANNOTATIONS), new TypeReference<StoredAnnotations>() {
                }));
    }

    /** A date as a sortable int, yyyymmdd. */
    public static int dayNumber(java.time.LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json.getBytes(StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored field", e);
        }
    }

    private static FieldType textType() {
        var type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
