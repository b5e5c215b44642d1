package org.fonti.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.fonti.corpus.Language;
import org.fonti.search.QuerySyntax;
import org.fonti.search.QuerySyntaxException;
import org.fonti.search.SearchHit;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchResponse;
import org.fonti.search.SearchService;

/**
 * POST /api/batch: checks a list of names or queries at once, as journalists do with lists of people or
 * companies. Each entry is taken as plain words (no query syntax), searched as an exact phrase when
 * {@code phrase} is true, or with each word allowed {@code fuzzy} (1 or 2) edits.
 */
final class BatchHandler {

    static final int MAX_QUERIES = 500;
    private static final List<String> CSV_COLUMNS =
            List.of("query", "total", "rank", "id", "title", "date", "url", "score", "passage");

    private final SearchService search;
    private final ObjectMapper json;

    BatchHandler(SearchService search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    record BatchHit(String id, String title, String date, String url, float score, String passage) {
    }

    record BatchResult(String query, String searched, long total, List<BatchHit> hits, String error) {
    }

    void batch(Context ctx) throws IOException {
        JsonNode body = parse(ctx.bodyAsBytes());
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isArray() || queries.isEmpty()) {
            throw ApiException.badRequest("bad field", "'queries' must be a non-empty array of strings");
        }
        if (queries.size() > MAX_QUERIES) {
            throw ApiException.badRequest("bad field", "at most " + MAX_QUERIES + " queries per batch, not " + queries.size());
        }
        boolean phrase = body.path("phrase").asBoolean(false);
        int fuzzy = body.path("fuzzy").asInt(0);
        if (fuzzy < 0 || fuzzy > 2) {
            throw ApiException.badRequest("bad field", "'fuzzy' must be 0, 1 or 2");
        }
        int size = body.path("size").asInt(5);
        if (size < 0 || size > SearchRequest.MAX_SIZE) {
            throw ApiException.badRequest("bad field", "'size' must be between 0 and " + SearchRequest.MAX_SIZE);
        }
        Language language = body.hasNonNull("lang") && !body.get("lang").asText().equals("auto")
                ? Language.parse(body.get("lang").asText()).orElseThrow(() ->
                        ApiException.badRequest("bad field", "'lang' must be auto, it or en")) : null;
        boolean cross = body.path("cross").asBoolean(true);

        var results = new ArrayList<BatchResult>();
        for (JsonNode entry : queries) {
            if (!entry.isTextual() || entry.asText().isBlank()) {
                throw ApiException.badRequest("bad field", "every entry of 'queries' must be a non-empty string");
            }
            results.add(one(entry.asText(), phrase, fuzzy, size, language, cross));
        }
        var format = CitationExport.requested(ctx);
        if (format == null) {
            ctx.json(java.util.Map.of("results", results));
            return;
        }
        try (var export = CitationExport.start(ctx, format, "fonti-batch", CSV_COLUMNS, json)) {
            for (BatchResult result : results) {
                if (result.hits().isEmpty()) {
                    export.row(row(result, 0, null));
                }
                for (int rank = 0; rank < result.hits().size(); rank++) {
                    export.row(row(result, rank + 1, result.hits().get(rank)));
                }
            }
        }
    }

    private BatchResult one(String text, boolean phrase, int fuzzy, int size, Language language, boolean cross)
            throws IOException {
        String words = QuerySyntax.asWords(text);
        String query = phrase ? "\"" + words.replace("\\\"", "") + "\""
                : fuzzy > 0 ? String.join(" ", java.util.Arrays.stream(words.split("\\s+")).map(w -> w + "~" + fuzzy).toList())
                : words;
        try {
            SearchResponse response = search.search(SearchRequest.builder(query).language(language).cross(cross)
                    .size(size).build());
            var hits = new ArrayList<BatchHit>();
            for (SearchHit hit : response.hits()) {
                hits.add(new BatchHit(hit.id(), hit.title(), hit.date(), hit.url(), hit.score(),
                        hit.passages().isEmpty() ? null : hit.passages().get(0).text()));
            }
            return new BatchResult(text, query, response.total(), hits, null);
        } catch (QuerySyntaxException e) {
            return new BatchResult(text, query, 0, List.of(), e.getMessage());
        }
    }

    private static LinkedHashMap<String, Object> row(BatchResult result, int rank, BatchHit hit) {
        var row = new LinkedHashMap<String, Object>();
        row.put("query", result.query());
        row.put("total", result.total());
        row.put("rank", hit == null ? null : rank);
        row.put("id", hit == null ? null : hit.id());
        row.put("title", hit == null ? null : hit.title());
        row.put("date", hit == null ? null : hit.date());
        row.put("url", hit == null ? null : hit.url());
        row.put("score", hit == null ? null : hit.score());
        row.put("passage", hit == null ? null : hit.passage());
        return row;
    }

    private JsonNode parse(byte[] body) {
        if (body.length > AnalyzeHandler.MAX_BODY_BYTES) {
            throw new ApiException(413, "body too large", "the limit is " + AnalyzeHandler.MAX_BODY_BYTES + " bytes", null);
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("malformed JSON", "the body must be a JSON object like {\"queries\": [\"...\"]}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON", e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw ApiException.badRequest("malformed JSON", String.valueOf(e.getMessage()));
        }
    }
}
