package org.fonti.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.fonti.index.LiveIndexer;
import org.fonti.search.SearchService;
import org.fonti.tagging.TextTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fonti's HTTP API on Javalin. Every error, including unknown routes and server faults, is a JSON body. */
public final class FontiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FontiServer.class);
    static final String OPENAPI_RESOURCE = "/org/fonti/http/openapi.json";

    private final Javalin app;

    /** A read-only server: the write endpoints answer 403. */
    public FontiServer(SearchService search, TextTagger tagger) {
        this(search, tagger, null, null);
    }

    /**
     * @param writer     live indexer behind POST/DELETE /api/documents, or null to keep writes off
     * @param writeToken the bearer token those calls must carry (required when {@code writer} is given)
     */
    public FontiServer(SearchService search, TextTagger tagger, LiveIndexer writer, String writeToken) {
        if (writer != null && (writeToken == null || writeToken.isBlank())) {
            throw new IllegalArgumentException("a write token is required to allow writes");
        }
        var json = new ObjectMapper();
        var routes = routes(search, tagger, json, new WriteHandlers(writer, writeToken));
        this.app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = org.fonti.corpus.CorpusReader.MAX_FILE_BYTES + 1024;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            routes.forEach(route -> config.routes.addHttpHandler(route.method(), route.path(), route.handler()));
            config.staticFiles.add(WorkbenchFiles::configure);
            config.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(new ApiException.ApiError("internal error", e.getClass().getSimpleName()
                        + ": the server could not answer; see its log", null));
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.contains("json")) { // a 404 of our own already has its JSON body
                    ctx.json(new ApiException.ApiError("not found", "no route for " + ctx.method() + " " + ctx.path(), null));
                }
            });
            config.routes.error(405, ctx -> ctx.json(new ApiException.ApiError("method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path(), null)));
        });
    }

    /** The API's routes; {@code openapi.json} describes exactly these (a test keeps them in step). */
    static List<ApiRoute> routes(SearchService search, TextTagger tagger, ObjectMapper json, WriteHandlers writes) {
        var searchHandlers = new SearchHandlers(search, json);
        var quotes = new QuoteHandlers(search, json);
        var batch = new BatchHandler(search, json);
        var analyze = new AnalyzeHandler(tagger, json);
        byte[] openApi = openApiSpec();
        return List.of(
                new ApiRoute(HandlerType.GET, "/api/health",
                        ctx -> ctx.json(Map.of("status", "ok", "documents", search.documentCount()))),
                new ApiRoute(HandlerType.GET, "/api/search", searchHandlers::search),
                new ApiRoute(HandlerType.GET, "/api/documents/{id}", searchHandlers::document),
                new ApiRoute(HandlerType.POST, "/api/documents", writes::put),
                new ApiRoute(HandlerType.DELETE, "/api/documents/{id}", writes::delete),
                new ApiRoute(HandlerType.GET, "/api/documents/{id}/matches", searchHandlers::matches),
                new ApiRoute(HandlerType.GET, "/api/documents/{id}/similar", searchHandlers::similar),
                new ApiRoute(HandlerType.GET, "/api/quotes", quotes::quotes),
                new ApiRoute(HandlerType.POST, "/api/batch", batch::batch),
                new ApiRoute(HandlerType.GET, "/api/entities", searchHandlers::entities),
                new ApiRoute(HandlerType.POST, "/api/analyze", analyze::analyze),
                new ApiRoute(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi)));
    }

    static byte[] openApiSpec() {
        try (InputStream in = FontiServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening; port 0 picks a free port. */
    public FontiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
