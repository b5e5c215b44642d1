package org.fonti.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.fonti.corpus.CorpusReader;
import org.fonti.index.LiveIndexer;

/**
 * POST /api/documents and DELETE /api/documents/{id}: live changes to the corpus and the index, allowed only
 * with the write token given at start-up ({@code Authorization: Bearer TOKEN}); without a token they are off.
 * A change is on disk and visible to searches when the call returns.
 */
final class WriteHandlers {

    private final LiveIndexer indexer;
    private final byte[] token;

    /** @param indexer null when writes are off */
    WriteHandlers(LiveIndexer indexer, String token) {
        this.indexer = indexer;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void put(Context ctx) throws IOException {
        authorize(ctx);
        String id = ctx.queryParam("id");
        if (id == null || id.isBlank()) {
            throw ApiException.badRequest("missing parameter",
                    "the 'id' parameter is required: POST /api/documents?id=ID with the article file as the body");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > CorpusReader.MAX_FILE_BYTES) {
            throw new ApiException(413, "body too large", "an article may be at most "
                    + CorpusReader.MAX_FILE_BYTES / (1024 * 1024) + " MiB", null);
        }
        try {
            var change = indexer.put(id.strip(), body);
            ctx.status(change == LiveIndexer.Change.ADDED ? 201 : 200)
                    .json(Map.of("id", id.strip(), "change", change.name().toLowerCase(java.util.Locale.ROOT)));
        } catch (LiveIndexer.RejectedArticle e) {
            throw ApiException.badRequest("not an article", e.getMessage());
        }
    }

    void delete(Context ctx) throws IOException {
        authorize(ctx);
        String id = ctx.pathParam("id");
        if (indexer.delete(id) == LiveIndexer.Change.NOT_FOUND) {
            throw SearchHandlers.notFound(id);
        }
        ctx.json(Map.of("id", id, "change", "deleted"));
    }

    private void authorize(Context ctx) {
        if (indexer == null) {
            throw new ApiException(403, "writes disabled",
                    "this server was started without a write token (fonti serve --write-token TOKEN)", null);
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.startsWith("Bearer ")
                ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "send the write token as 'Authorization: Bearer TOKEN'", null);
        }
    }
}
