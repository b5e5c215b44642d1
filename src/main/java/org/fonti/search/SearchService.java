package org.fonti.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
import org.fonti.corpus.Language;
import org.fonti.index.ArticleDocuments;
import org.fonti.index.Fields;
import org.fonti.index.IndexedArticle;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.entities.EntityCanonicalizer;

/** Searches an index: parses queries, applies filters, ranks, builds passages and facets, returns documents. */
public final class SearchService implements Closeable {

    public static final int PASSAGES_PER_HIT = 3;
    public static final int TOP_ENTITIES = 10;

    private static final List<String> MATCH_FIELDS =
            List.of(Fields.text(Language.IT), Fields.text(Language.EN), Fields.EXACT);

    private final Directory directory;
    private final SearcherManager searchers;
    private final TextAnalyzers analyzers;
    private final CrossLingual crossLingual;
    private final PassageBuilder passages = new PassageBuilder(MATCH_FIELDS);
    private volatile Snapshot snapshot;

    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

    private record Snapshot(IndexReader reader, EntityDirectory entities) {
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

    public SearchResponse search(SearchRequest request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            EntityDirectory entities = entityDirectory(searcher.getIndexReader());
            var understood = crossLingual.understand(request.query(), request.language(), request.cross(), entities);
            var parser = new FontiQueryParser(analyzers, entities::keys, understood.translation(), understood.names());
            if (request.operator() == SearchRequest.Operator.OR) {
                parser.setDefaultOperator(FontiQueryParser.OR_OPERATOR);
            }
            Query textQuery = parser.parseUserQuery(request.query());
            Query query = withFilters(textQuery, request, entities);

            int wanted = Math.max(1, request.page() * request.size());
            var top = request.sort() == SearchRequest.Sort.RELEVANCE
                    ? new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE)
                    : new TopFieldCollectorManager(dateSort(request.sort()), wanted, Integer.MAX_VALUE);
            Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounter(TOP_ENTITIES, key -> {
                var entity = entities.forKey(key);
                return entity == null ? key.substring(key.indexOf(':') + 1) : entity.canonical();
            })));
            TopDocs topDocs = (TopDocs) results[0];
            Facets facets = (Facets) results[1];

            Weight matchWeight = searcher.createWeight(searcher.rewrite(textQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
            var hits = new ArrayList<SearchHit>();
            ScoreDoc[] docs = topDocs.scoreDocs;
            for (int i = (request.page() - 1) * request.size(); i < docs.length && hits.size() < request.size(); i++) {
                hits.add(hit(searcher, matchWeight, docs[i], understood.names().keys()));
            }
            var info = new SearchResponse.QueryInfo(request.query(), understood.language().code(), understood.detected(),
                    request.operator().name(), request.cross(), understood.translation().interpretations(),
                    textQuery.toString());
            return new SearchResponse(info, topDocs.totalHits.value(), request.page(), request.size(), hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The stored article with this id, if the index has it. */
    public Optional<IndexedArticle> document(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.fromDocument(searcher.storedFields().document(found.scoreDocs[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    public int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes changes committed since the last refresh visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private SearchHit hit(IndexSearcher searcher, Weight matchWeight, ScoreDoc scoreDoc, java.util.Set<String> nameKeys)
            throws IOException {
        IndexedArticle article = ArticleDocuments.fromDocument(searcher.storedFields().document(scoreDoc.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
        var matches = passages.matches(matchWeight, leaf, scoreDoc.doc - leaf.docBase);
        matches = passages.withMentions(matches, article, nameKeys);
        return new SearchHit(article.id(), article.title(), article.date(), article.dateInferred(),
                article.language().code(), article.url(), article.source(),
                Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
                passages.passages(article, matches, PASSAGES_PER_HIT));
    }

    private static Query withFilters(Query textQuery, SearchRequest request, EntityDirectory entities) {
        var query = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
        if (request.from() != null) {
            query.add(IntPoint.newRangeQuery(Fields.DATE_LAST_DAY,
                    ArticleDocuments.dayNumber(request.from().firstDay()), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (request.to() != null) {
            query.add(IntPoint.newRangeQuery(Fields.DATE_FIRST_DAY,
                    Integer.MIN_VALUE, ArticleDocuments.dayNumber(request.to().lastDay())), BooleanClause.Occur.FILTER);
        }
        if (request.mentionedFrom() != null || request.mentionedTo() != null) {
            int first = request.mentionedFrom() == null ? Integer.MIN_VALUE : ArticleDocuments.dayNumber(request.mentionedFrom().firstDay());
            int last = request.mentionedTo() == null ? Integer.MAX_VALUE : ArticleDocuments.dayNumber(request.mentionedTo().lastDay());
            query.add(IntRange.newIntersectsQuery(Fields.MENTIONED, new int[] {first}, new int[] {last}), BooleanClause.Occur.FILTER);
        }
        for (String entity : request.entities()) {
            List<String> keys = entities.keys(null, entity);
            if (keys.isEmpty()) {
                query.add(new MatchNoDocsQuery("unknown entity " + entity), BooleanClause.Occur.FILTER);
                continue;
            }
            var any = new BooleanQuery.Builder();
            keys.forEach(key -> any.add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.SHOULD));
            query.add(any.build(), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static Sort dateSort(SearchRequest.Sort sort) {
        boolean newestFirst = sort == SearchRequest.Sort.DATE;
        var byDate = new SortField(Fields.DATE_SORT, SortField.Type.INT, newestFirst);
        byDate.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return new Sort(byDate, SortField.FIELD_SCORE);
    }

    private EntityDirectory entityDirectory(IndexReader reader) throws IOException {
        Snapshot current = snapshot;
        if (current == null || current.reader() != reader) {
            synchronized (this) {
                current = snapshot;
                if (current == null || current.reader() != reader) {
                    current = new Snapshot(reader, new EntityDirectory(reader, canonicalizer));
                    snapshot = current;
                }
            }
        }
        return current.entities();
    }

    /**
     * Entities for browsing and autocomplete: of {@code type} (or all), whose name starts with or is close to
     * {@code prefix} (or the most mentioned), with the number of articles mentioning each and its spellings.
     */
    public List<EntityInfo> entities(EntityType type, String prefix, int size) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            var result = new ArrayList<EntityInfo>();
            for (EntityDirectory.Entity entity : entityDirectory(searcher.getIndexReader()).suggest(type, prefix, size)) {
                var any = new BooleanQuery.Builder();
                entity.keys().forEach(key -> any.add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.SHOULD));
                result.add(new EntityInfo(entity.canonical(), entity.type().name(), searcher.count(any.build()),
                        entity.variants().entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).toList()));
            }
            return result;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }
}
