package org.fonti.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;
import org.fonti.index.ArticleDocuments;
import org.fonti.index.Fields;
import org.fonti.index.IndexAnalyzer;
import org.fonti.index.IndexedArticle;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.Quotation;
import org.fonti.tagging.entities.EntityCanonicalizer;

/**
 * Searches an index: articles (ranked, with passages and facets), quotations, the matches of a query inside one
 * document, similar articles, entities, and documents by id. Every query goes through the same preparation
 * (language, translation, names, Fonti's syntax), so a query means the same thing on every endpoint.
 */
public final class SearchService implements Closeable {

    public static final int PASSAGES_PER_HIT = 3;
    public static final int TOP_ENTITIES = 10;
    /**
     * Above this many matching articles, facets are estimated from a sample of about this many (one article in
     * k, by document number): exact counts over most of a large archive cost more than the rest of the search.
     */
    public static final int FACET_SAMPLE_SIZE = 20_000;
    /** With sampled facets, hits are counted exactly only this far; past it Lucene may skip non-competitive ones. */
    private static final int MIN_EXACT_HITS = 1000;
    /** A quotation search looks for quotes in at most this many matching articles, best first. */
    public static final int MAX_QUOTE_ARTICLES = 5000;

    private final Directory directory;
    private final SearcherManager searchers;
    private final TextAnalyzers analyzers;
    private final CrossLingual crossLingual;
    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();
    private final PassageBuilder articlePassages = new PassageBuilder(SearchScope.ARTICLES.matchFields());
    private final PassageBuilder quotePassages = new PassageBuilder(SearchScope.QUOTATIONS.matchFields());
    private volatile Snapshot snapshot;

    private record Snapshot(IndexReader reader, EntityDirectory entities, EntityOrdinals ordinals) {
    }

    /** A query as understood and parsed for one index snapshot. */
    private record Prepared(CrossLingual.Understanding understood, Query textQuery, EntityDirectory entities,
                            SearchRequest.Operator operator, boolean cross, String q) {

        SearchResponse.QueryInfo info() {
            return new SearchResponse.QueryInfo(q, understood.language().code(), understood.detected(),
                    operator.name(), cross, understood.translation().interpretations(),
                    textQuery == null ? "" : textQuery.toString());
        }
    }

    public SearchService(Path index, TextAnalyzers analyzers) throws IOException {
        this(index, analyzers, new CrossLingual());
    }

    public SearchService(Path index, TextAnalyzers analyzers, CrossLingual crossLingual) throws IOException {
        this.directory = FSDirectory.open(index);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no index at " + index + "; run `fonti index` first");
        }
        this.searchers = new SearcherManager(directory, null);
        this.analyzers = analyzers;
        this.crossLingual = crossLingual;
    }

    private interface WithSearcher<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(WithSearcher<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private Prepared prepare(IndexSearcher searcher, String q, Language language, boolean cross,
                             SearchRequest.Operator operator, SearchScope scope) throws IOException {
        EntityDirectory entities = entityDirectory(searcher.getIndexReader());
        var understood = crossLingual.understand(q, language, cross, entities);
        var parser = new FontiQueryParser(analyzers, entities::keys, understood.translation(), understood.names(), scope);
        if (operator == SearchRequest.Operator.OR) {
            parser.setDefaultOperator(FontiQueryParser.OR_OPERATOR);
        }
        return new Prepared(understood, parser.parseUserQuery(q), entities, operator, cross, q);
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        return withSearcher(searcher -> {
            Prepared prepared = prepare(searcher, request.query(), request.language(), request.cross(),
                    request.operator(), SearchScope.ARTICLES);
            EntityDirectory entities = prepared.entities();
            var filters = new BooleanQuery.Builder().add(prepared.textQuery(), BooleanClause.Occur.MUST);
            addPublicationFilters(filters, request.from(), request.to());
            addMentionFilters(filters, request.mentionedFrom(), request.mentionedTo());
            addEntityFilters(filters, request.entities(), entities);

            Query filtered = filters.build();
            int matching = searcher.count(filtered);
            int wanted = Math.max(1, request.page() * request.size());
            EntityOrdinals ordinals = snapshot(searcher.getIndexReader()).ordinals();
            var facetCounter = new FacetCounter(TOP_ENTITIES, ordinals, key -> canonicalOfKey(entities, key), 1);
            TopDocs topDocs;
            Facets facets;
            if (matching <= FACET_SAMPLE_SIZE) {
                Object[] results = searcher.search(filtered, new MultiCollectorManager(topCollector(request, wanted,
                        Integer.MAX_VALUE), facetCounter));
                topDocs = (TopDocs) results[0];
                facets = (Facets) results[1];
            } else {
                // Too many matches to count facets exactly at interactive speed: the top hits are found with
                // skipping, the facets estimated from a sample; the total stays exact (counted above).
                topDocs = searcher.search(filtered, topCollector(request, wanted, MIN_EXACT_HITS));
                facets = FacetSample.count(searcher, filtered, matching, FACET_SAMPLE_SIZE,
                        scale -> new FacetCounter(TOP_ENTITIES, ordinals, key -> canonicalOfKey(entities, key), scale));
            }

            Weight matchWeight = matchWeight(searcher, prepared.textQuery());
            var hits = new ArrayList<SearchHit>();
            ScoreDoc[] docs = topDocs.scoreDocs;
            for (int i = (request.page() - 1) * request.size(); i < docs.length && hits.size() < request.size(); i++) {
                hits.add(hit(searcher, matchWeight, docs[i], prepared.understood().names().keys()));
            }
            return new SearchResponse(prepared.info(), matching, request.page(), request.size(), hits, facets);
        });
    }

    /**
     * Searches only the words inside quotations (statements), cross-lingually like the main search, and returns
     * each matching quotation with its speaker and citation, most relevant article first, in text order within it.
     */
    public QuoteResponse quotes(QuoteRequest request) throws IOException {
        return withSearcher(searcher -> {
            Prepared prepared = request.query() == null ? null : prepare(searcher, request.query(), request.language(),
                    request.cross(), SearchRequest.Operator.AND, SearchScope.QUOTATIONS);
            EntityDirectory entities = prepared == null ? entityDirectory(searcher.getIndexReader()) : prepared.entities();
            var query = new BooleanQuery.Builder().add(prepared == null
                    ? new FieldExistsQuery(Fields.QUOTES_EXACT) : prepared.textQuery(), BooleanClause.Occur.MUST);
            addPublicationFilters(query, request.from(), request.to());
            Set<String> speakers = null;
            if (request.speaker() != null) {
                speakers = speakerNames(entities, request.speaker());
                var any = new BooleanQuery.Builder();
                speakers.forEach(name -> any.add(new TermQuery(new Term(Fields.QUOTE_SPEAKER, name)), BooleanClause.Occur.SHOULD));
                query.add(speakers.isEmpty() ? new MatchNoDocsQuery("unknown speaker") : any.build(), BooleanClause.Occur.FILTER);
            }
            TopDocs articles = searcher.search(query.build(), MAX_QUOTE_ARTICLES);
            Weight matchWeight = prepared == null ? null : matchWeight(searcher, prepared.textQuery());

            var all = new ArrayList<QuoteHit>();
            for (ScoreDoc scoreDoc : articles.scoreDocs) {
                IndexedArticle article = ArticleDocuments.fromDocument(searcher.storedFields().document(scoreDoc.doc));
                List<int[]> matches = matchWeight == null ? List.of() : matchesIn(searcher, matchWeight, scoreDoc.doc, quotePassages);
                List<Quotation> quotations = article.annotations().quotations();
                for (int i = 0; i < quotations.size(); i++) {
                    Quotation quote = quotations.get(i);
                    if (speakers != null && !speakers.contains(quote.speaker())) {
                        continue;
                    }
                    List<int[]> inside = matches.stream().filter(m -> m[0] >= quote.start() && m[1] <= quote.end()).toList();
                    if (matchWeight != null && inside.isEmpty()) {
                        continue;
                    }
                    String speaker = quote.speaker() == null ? null : corpusName(entities, quote.speaker());
                    Citation citation = Citation.of(article, quote.start(), quote.end());
                    all.add(new QuoteHit(article.id() + "#" + i, article.id(), quote.text(), quote.start(), quote.end(),
                            speaker, quote.cue(), article.title(), article.date(), article.dateInferred(), article.url(),
                            citation.source(), article.language().code(), inside, citation));
                }
            }
            var bySpeaker = new HashMap<String, Integer>();
            all.forEach(hit -> bySpeaker.merge(hit.speaker() == null ? "(unattributed)" : hit.speaker(), 1, Integer::sum));
            var speakerFacet = bySpeaker.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_ENTITIES).map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
            int from = Math.min(all.size(), (request.page() - 1) * request.size());
            var info = prepared == null
                    ? new SearchResponse.QueryInfo("", "auto", false, "AND", request.cross(), List.of(), "")
                    : prepared.info();
            return new QuoteResponse(info, all.size(), articles.totalHits.value() > MAX_QUOTE_ARTICLES,
                    request.page(), request.size(), all.subList(from, Math.min(all.size(), from + request.size())),
                    Map.of("speakers", speakerFacet));
        });
    }

    /**
     * Every match of a query inside one document, in text order, with the same query semantics as the main search
     * (language, translation, names); empty when the document is not found.
     */
    public Optional<List<DocumentMatch>> matches(String id, SearchRequest request) throws IOException {
        return withSearcher(searcher -> {
            int doc = docId(searcher, id);
            if (doc < 0) {
                return Optional.empty();
            }
            Prepared prepared = prepare(searcher, request.query(), request.language(), request.cross(),
                    request.operator(), SearchScope.ARTICLES);
            IndexedArticle article = ArticleDocuments.fromDocument(searcher.storedFields().document(doc));
            List<int[]> spans = articlePassages.withMentions(
                    matchesIn(searcher, matchWeight(searcher, prepared.textQuery()), doc, articlePassages),
                    article, prepared.understood().names().keys());
            return Optional.of(spans.stream()
                    .map(s -> new DocumentMatch(s[0], s[1], article.text().substring(s[0], s[1]))).toList());
        });
    }

    /** Articles most like this one (shared distinctive words and names); empty when the document is not found. */
    public Optional<List<SimilarHit>> similar(String id, int size) throws IOException {
        return withSearcher(searcher -> {
            int doc = docId(searcher, id);
            if (doc < 0) {
                return Optional.empty();
            }
            IndexedArticle article = ArticleDocuments.fromDocument(searcher.storedFields().document(doc));
            var mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(IndexAnalyzer.create(analyzers));
            mlt.setFieldNames(new String[] {Fields.text(article.language())});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(40);
            Query like = mlt.like(Fields.text(article.language()), new StringReader(article.title() + "\n" + article.text()));
            var query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT).build();
            var hits = new ArrayList<SimilarHit>();
            for (ScoreDoc scoreDoc : searcher.search(query, size).scoreDocs) {
                IndexedArticle other = ArticleDocuments.fromDocument(searcher.storedFields().document(scoreDoc.doc));
                hits.add(new SimilarHit(other.id(), other.title(), other.date(), other.dateInferred(),
                        other.language().code(), scoreDoc.score));
            }
            return Optional.of(hits);
        });
    }

    /** The stored article with this id, if the index has it. */
    public Optional<IndexedArticle> document(String id) throws IOException {
        return withSearcher(searcher -> {
            int doc = docId(searcher, id);
            return doc < 0 ? Optional.empty()
                    : Optional.of(ArticleDocuments.fromDocument(searcher.storedFields().document(doc)));
        });
    }

    public int documentCount() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Entities for browsing and autocomplete: of {@code type} (or all), whose name starts with or is close to
     * {@code prefix} (or the most mentioned), with the number of articles mentioning each and its spellings.
     */
    public List<EntityInfo> entities(EntityType type, String prefix, int size) throws IOException {
        return withSearcher(searcher -> {
            var result = new ArrayList<EntityInfo>();
            for (EntityDirectory.Entity entity : entityDirectory(searcher.getIndexReader()).suggest(type, prefix, size)) {
                var any = new BooleanQuery.Builder();
                entity.keys().forEach(key -> any.add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.SHOULD));
                result.add(new EntityInfo(entity.canonical(), entity.type().name(), searcher.count(any.build()),
                        entity.variants().entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).toList()));
            }
            return result;
        });
    }

    /** Makes changes committed since the last refresh visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private SearchHit hit(IndexSearcher searcher, Weight matchWeight, ScoreDoc scoreDoc, Set<String> nameKeys)
            throws IOException {
        IndexedArticle article = ArticleDocuments.fromDocument(searcher.storedFields().document(scoreDoc.doc));
        var matches = articlePassages.withMentions(matchesIn(searcher, matchWeight, scoreDoc.doc, articlePassages),
                article, nameKeys);
        return new SearchHit(article.id(), article.title(), article.date(), article.dateInferred(),
                article.language().code(), article.url(), article.source(),
                Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
                articlePassages.passages(article, matches, PASSAGES_PER_HIT));
    }

    private static Weight matchWeight(IndexSearcher searcher, Query textQuery) throws IOException {
        return searcher.createWeight(searcher.rewrite(textQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    private static List<int[]> matchesIn(IndexSearcher searcher, Weight weight, int doc, PassageBuilder builder)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return builder.matches(weight, leaf, doc - leaf.docBase);
    }

    private static int docId(IndexSearcher searcher, String id) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        return found.scoreDocs.length == 0 ? -1 : found.scoreDocs[0].doc;
    }

    private static void addPublicationFilters(BooleanQuery.Builder query, IsoDate from, IsoDate to) {
        if (from != null) {
            query.add(IntPoint.newRangeQuery(Fields.DATE_LAST_DAY,
                    ArticleDocuments.dayNumber(from.firstDay()), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (to != null) {
            query.add(IntPoint.newRangeQuery(Fields.DATE_FIRST_DAY,
                    Integer.MIN_VALUE, ArticleDocuments.dayNumber(to.lastDay())), BooleanClause.Occur.FILTER);
        }
    }

    private static void addMentionFilters(BooleanQuery.Builder query, IsoDate from, IsoDate to) {
        if (from == null && to == null) {
            return;
        }
        int first = from == null ? Integer.MIN_VALUE : ArticleDocuments.dayNumber(from.firstDay());
        int last = to == null ? Integer.MAX_VALUE : ArticleDocuments.dayNumber(to.lastDay());
        query.add(IntRange.newIntersectsQuery(Fields.MENTIONED, new int[] {first}, new int[] {last}), BooleanClause.Occur.FILTER);
    }

    private static void addEntityFilters(BooleanQuery.Builder query, List<String> names, EntityDirectory entities) {
        for (String entity : names) {
            List<String> keys = entities.keys(null, entity);
            if (keys.isEmpty()) {
                query.add(new MatchNoDocsQuery("unknown entity " + entity), BooleanClause.Occur.FILTER);
                continue;
            }
            var any = new BooleanQuery.Builder();
            keys.forEach(key -> any.add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.SHOULD));
            query.add(any.build(), BooleanClause.Occur.FILTER);
        }
    }

    /** The article-level names (as stored with quotations) of every entity {@code name} may stand for. */
    private static Set<String> speakerNames(EntityDirectory entities, String name) {
        var names = new java.util.HashSet<String>();
        entities.keys(null, name).forEach(key -> names.add(key.substring(key.indexOf(':') + 1)));
        names.add(name.strip());
        return names;
    }

    private static String corpusName(EntityDirectory entities, String articleName) {
        for (EntityType type : List.of(EntityType.PER, EntityType.ORG, EntityType.LOC)) {
            var entity = entities.forKey(Fields.entityKey(type, articleName));
            if (entity != null) {
                return entity.canonical();
            }
        }
        return articleName;
    }

    private static String canonicalOfKey(EntityDirectory entities, String key) {
        var entity = entities.forKey(key);
        return entity == null ? key.substring(key.indexOf(':') + 1) : entity.canonical();
    }

    private static org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> topCollector(SearchRequest request,
                                                                                                int wanted, int exactHits) {
        return request.sort() == SearchRequest.Sort.RELEVANCE
                ? new TopScoreDocCollectorManager(wanted, exactHits)
                : new TopFieldCollectorManager(dateSort(request.sort()), wanted, exactHits);
    }

    private static Sort dateSort(SearchRequest.Sort sort) {
        boolean newestFirst = sort == SearchRequest.Sort.DATE;
        var byDate = new SortField(Fields.DATE_SORT, SortField.Type.INT, newestFirst);
        byDate.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return new Sort(byDate, SortField.FIELD_SCORE);
    }

    private EntityDirectory entityDirectory(IndexReader reader) throws IOException {
        return snapshot(reader).entities();
    }

    /** What is derived once per index snapshot: the corpus-wide entities and the facet ordinals. */
    private Snapshot snapshot(IndexReader reader) throws IOException {
        Snapshot current = snapshot;
        if (current == null || current.reader() != reader) {
            synchronized (this) {
                current = snapshot;
                if (current == null || current.reader() != reader) {
                    current = new Snapshot(reader, new EntityDirectory(reader, canonicalizer), new EntityOrdinals(reader));
                    snapshot = current;
                }
            }
        }
        return current;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }
}
