package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/analyze: validation of the request, through a real HTTP server. */
class AnalyzeApiTest {

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seedCorpus();
        api = server.client;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void analyzesATextAndReportsItsLanguage() throws Exception {
        var reply = api.post("/api/analyze", "{\"text\": \"Il governo ha approvato la legge sul clima.\"}");
        assertEquals(200, reply.status());
        assertEquals("it", reply.json().get("lang").asText());
        var english = api.post("/api/analyze", "{\"text\": \"The government passed the climate bill on Monday.\"}");
        assertEquals("en", english.json().get("lang").asText());
        var forced = api.post("/api/analyze", "{\"text\": \"Ciao\", \"lang\": \"en\"}");
        assertEquals("en", forced.json().get("lang").asText());
    }

    @Test
    void malformedBodiesGet400WithAReason() throws Exception {
        for (String body : new String[] {"{\"text\": ", "[1,2]", "{}", "{\"text\": 5}", "not json",
                "{\"text\": \"x\", \"date\": \"31/05/2022\"}", "{\"text\": \"x\", \"lang\": \"fr\"}"}) {
            var reply = api.post("/api/analyze", body);
            assertEquals(400, reply.status(), body);
            assertTrue(reply.json().get("detail").asText().length() > 5, body);
        }
    }

    @Test
    void oversizedBodyGets413() throws Exception {
        String big = "a".repeat(AnalyzeHandler.MAX_BODY_BYTES + 10);
        var reply = api.post("/api/analyze", "{\"text\": \"" + big + "\"}");
        assertEquals(413, reply.status());
        assertEquals("body too large", reply.json().get("error").asText());
    }

    @Test
    void wrongMethodIsAJsonError() throws Exception {
        var reply = api.get("/api/analyze");
        assertTrue(reply.status() == 404 || reply.status() == 405);
        assertTrue(reply.json() != null);
    }
}
