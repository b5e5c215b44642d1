package org.fonti.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fonti.search.QuerySyntaxException;
import org.fonti.search.QuoteHit;
import org.fonti.search.QuoteRequest;
import org.fonti.search.QuoteResponse;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchService;

/** GET /api/quotes: statements, searched by their words and their speaker; JSON or a CSV/JSONL export. */
final class QuoteHandlers {

    private static final List<String> COLUMNS = columns();

    private final SearchService search;
    private final ObjectMapper json;

    QuoteHandlers(SearchService search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    private static List<String> columns() {
        var columns = new ArrayList<>(CitationExport.CITATION_COLUMNS);
        columns.add("speaker");
        columns.add("cue");
        return List.copyOf(columns);
    }

    void quotes(Context ctx) throws IOException {
        var params = new RequestParams(ctx);
        var format = CitationExport.requested(ctx);
        int size = format == null ? params.integer("size", 10, 0, SearchRequest.MAX_SIZE) : SearchRequest.MAX_SIZE;
        QuoteRequest request;
        try {
            request = new QuoteRequest(params.optional("q"), params.optional("speaker"), params.date("from"),
                    params.date("to"), params.language("lang"), params.integer("page", 1, 1, SearchRequest.MAX_PAGE),
                    size, params.bool("cross", true));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter", e.getMessage());
        }
        QuoteResponse response = run(request);
        if (format == null) {
            ctx.json(response);
            return;
        }
        try (var export = CitationExport.start(ctx, format, "fonti-quotes", COLUMNS, json)) {
            for (int page = 1; ; page++) {
                QuoteResponse slice = page == 1 ? response : run(new QuoteRequest(request.query(), request.speaker(),
                        request.from(), request.to(), request.language(), page, size, request.cross()));
                for (QuoteHit hit : slice.hits()) {
                    var row = CitationExport.citationRow(hit.citation());
                    row.put("speaker", hit.speaker());
                    row.put("cue", hit.cue());
                    export.row(row);
                }
                if ((long) page * size >= slice.total() || slice.hits().isEmpty() || page >= SearchRequest.MAX_PAGE) {
                    break;
                }
            }
        }
    }

    private QuoteResponse run(QuoteRequest request) throws IOException {
        try {
            return search.quotes(request);
        } catch (QuerySyntaxException e) {
            throw new ApiException(400, "malformed query", e.getMessage(), e.position() > 0 ? e.position() : null);
        }
    }
}
