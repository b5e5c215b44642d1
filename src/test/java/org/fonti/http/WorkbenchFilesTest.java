package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench's files are served beside the API without shadowing it, under a strict content policy. */
class WorkbenchFilesTest {

    private static TestServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seedCorpus();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootIsTheWorkbenchPage() throws Exception {
        var page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"app.js\"></script>"), page.body());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void scriptsAndStylesHaveTheirTypes() throws Exception {
        for (String path : new String[] {"/app.js", "/js/dom.js", "/js/search.js", "/js/document.js", "/js/quotes.js"}) {
            var script = get(path);
            assertEquals(200, script.statusCode(), path);
            assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"), path);
        }
        assertTrue(get("/app.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void unknownPathsStillAnswerTheApisJson404() throws Exception {
        for (String path : new String[] {"/api/nothing-here", "/no-such-page.html"}) {
            var missing = get(path);
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").contains("json"), path);
            assertTrue(missing.body().contains("\"error\":\"not found\""), missing.body());
        }
        assertEquals(200, get("/api/health").statusCode());
    }
}
