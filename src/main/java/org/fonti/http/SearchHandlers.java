package org.fonti.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.fonti.index.IndexedArticle;
import org.fonti.search.Passage;
import org.fonti.search.QuerySyntaxException;
import org.fonti.search.SearchHit;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchResponse;
import org.fonti.search.SearchService;
import org.fonti.tagging.DateMention;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.Quotation;
import org.fonti.tagging.Sentence;

/** Search, documents, matches inside a document, similar articles, entities: thin adapters to {@link SearchService}. */
final class SearchHandlers {

    private final SearchService search;
    private final ObjectMapper json;

    SearchHandlers(SearchService search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    /** The search parameters shared by every endpoint that takes a query, so a query means the same everywhere. */
    static SearchRequest.Builder request(RequestParams params, String query) {
        return SearchRequest.builder(query)
                .language(params.language("lang"))
                .published(params.date("from"), params.date("to"))
                .mentioned(params.date("mentioned_from"), params.date("mentioned_to"))
                .entities(params.all("entity"))
                .sort(params.choice("sort", SearchRequest.Sort.class, SearchRequest.Sort.RELEVANCE))
                .operator(params.choice("op", SearchRequest.Operator.class, SearchRequest.Operator.AND))
                .cross(params.bool("cross", true));
    }

    static <T> T run(String query, SearchCall<T> call) throws IOException {
        try {
            return call.run();
        } catch (QuerySyntaxException e) {
            throw new ApiException(400, "malformed query", e.getMessage() + " (in: " + query + ")",
                    e.position() > 0 ? e.position() : null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter", e.getMessage());
        }
    }

    interface SearchCall<T> {
        T run() throws IOException;
    }

    void search(Context ctx) throws IOException {
        var params = new RequestParams(ctx);
        String query = params.required("q");
        var format = CitationExport.requested(ctx);
        var builder = request(params, query);
        if (format != null) {
            export(ctx, format, builder, query);
            return;
        }
        SearchRequest request = run(query, () -> builder
                .page(params.integer("page", 1, 1, SearchRequest.MAX_PAGE))
                .size(params.integer("size", 10, 0, SearchRequest.MAX_SIZE)).build());
        ctx.json(run(query, () -> search.search(request)));
    }

    /** Every passage of every hit, page after page, as citation rows. */
    private void export(Context ctx, CitationExport.Format format, SearchRequest.Builder builder, String query)
            throws IOException {
        SearchResponse first = run(query, () -> search.search(builder.page(1).size(SearchRequest.MAX_SIZE).build()));
        try (var export = CitationExport.start(ctx, format, "fonti-search", CitationExport.CITATION_COLUMNS, json)) {
            SearchResponse slice = first;
            for (int page = 1; ; ) {
                for (SearchHit hit : slice.hits()) {
                    for (Passage passage : hit.passages()) {
                        export.row(CitationExport.citationRow(passage.citation()));
                    }
                }
                if ((long) page * SearchRequest.MAX_SIZE >= slice.total() || page >= SearchRequest.MAX_PAGE) {
                    break;
                }
                int next = ++page;
                slice = run(query, () -> search.search(builder.page(next).size(SearchRequest.MAX_SIZE).build()));
            }
        }
    }

    void matches(Context ctx) throws IOException {
        var params = new RequestParams(ctx);
        String id = ctx.pathParam("id");
        String query = params.required("q");
        var request = run(query, () -> request(params, query).build());
        var matches = run(query, () -> search.matches(id, request)).orElseThrow(() -> notFound(id));
        ctx.json(Map.of("id", id, "total", matches.size(), "matches", matches));
    }

    void similar(Context ctx) throws IOException {
        var params = new RequestParams(ctx);
        String id = ctx.pathParam("id");
        var hits = search.similar(id, params.integer("size", 10, 1, SearchRequest.MAX_SIZE)).orElseThrow(() -> notFound(id));
        ctx.json(Map.of("id", id, "hits", hits));
    }

    void entities(Context ctx) throws IOException {
        var params = new RequestParams(ctx);
        EntityType type = params.choice("type", EntityType.class, null);
        ctx.json(Map.of("entities", search.entities(type, params.optional("q"),
                params.integer("size", 20, 1, SearchRequest.MAX_SIZE))));
    }

    void document(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        IndexedArticle article = search.document(id).orElseThrow(() -> notFound(id));
        ctx.json(DocumentView.of(article));
    }

    static ApiException notFound(String id) {
        return new ApiException(404, "not found", "no document with id '" + id + "'", null);
    }

    /** The JSON shape of GET /api/documents/{id}. */
    record DocumentView(String id, String title, String date, boolean dateInferred, String lang, String url,
                        String source, Map<String, String> metadata, String text, List<EntityMention> entities,
                        List<DateMention> dates, List<Quotation> quotations, List<Sentence> sentences) {

        static DocumentView of(IndexedArticle a) {
            var n = a.annotations();
            return new DocumentView(a.id(), a.title(), a.date(), a.dateInferred(), a.language().code(), a.url(),
                    a.source(), a.metadata(), a.text(), n.entities(), n.dates(), n.quotations(), n.sentences());
        }
    }
}
