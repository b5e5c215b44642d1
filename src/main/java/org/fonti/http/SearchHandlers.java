package org.fonti.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.fonti.index.IndexedArticle;
import org.fonti.search.QuerySyntaxException;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchService;

/** GET /api/search and GET /api/documents/{id}: thin adapters from HTTP to {@link SearchService}. */
final class SearchHandlers {

    private final SearchService search;

    SearchHandlers(SearchService search) {
        this.search = search;
    }

    void search(Context ctx) throws IOException {
        var params = new RequestParams(ctx);
        String query = params.required("q");
        SearchRequest request;
        try {
            request = SearchRequest.builder(query)
                    .language(params.language("lang"))
                    .page(params.integer("page", 1, 1, SearchRequest.MAX_PAGE))
                    .size(params.integer("size", 10, 0, SearchRequest.MAX_SIZE))
                    .published(params.date("from"), params.date("to"))
                    .mentioned(params.date("mentioned_from"), params.date("mentioned_to"))
                    .entities(params.all("entity"))
                    .sort(params.choice("sort", SearchRequest.Sort.class, SearchRequest.Sort.RELEVANCE))
                    .operator(params.choice("op", SearchRequest.Operator.class, SearchRequest.Operator.AND))
                    .cross(params.bool("cross", true))
                    .build();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter", e.getMessage());
        }
        try {
            ctx.json(search.search(request));
        } catch (QuerySyntaxException e) {
            throw new ApiException(400, "malformed query", e.getMessage() + " (in: " + query + ")",
                    e.position() > 0 ? e.position() : null);
        }
    }

    void entities(Context ctx) throws IOException {
        var params = new RequestParams(ctx);
        var type = params.choice("type", org.fonti.tagging.EntityType.class, null);
        ctx.json(java.util.Map.of("entities", search.entities(type, params.optional("q"),
                params.integer("size", 20, 1, SearchRequest.MAX_SIZE))));
    }

    void document(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        IndexedArticle article = search.document(id)
                .orElseThrow(() -> new ApiException(404, "not found", "no document with id '" + id + "'", null));
        ctx.json(DocumentView.of(article));
    }

    /** The JSON shape of GET /api/documents/{id}. */
    record DocumentView(String id, String title, String date, boolean dateInferred, String lang, String url,
                        String source, java.util.Map<String, String> metadata, String text,
                        java.util.List<org.fonti.tagging.EntityMention> entities,
                        java.util.List<org.fonti.tagging.DateMention> dates,
                        java.util.List<org.fonti.tagging.Quotation> quotations,
                        java.util.List<org.fonti.tagging.Sentence> sentences) {

        static DocumentView of(IndexedArticle a) {
            var n = a.annotations();
            return new DocumentView(a.id(), a.title(), a.date(), a.dateInferred(), a.language().code(), a.url(),
                    a.source(), a.metadata(), a.text(), n.entities(), n.dates(), n.quotations(), n.sentences());
        }
    }
}
