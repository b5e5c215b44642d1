package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/analyze: validation of the request, through a real HTTP server. */
class AnalyzeApiTest extends ServedCorpusTest {

    @BeforeAll
    static void start() throws Exception {
        serve(TestServer.seedCorpus());
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
    void findsRecepTayyipErdoganAsAPersonAtTheRightOffsets() throws Exception {
        String text = "Il Presidente turco Recep Tayyip Erdoğan ha ricevuto a Ankara il Presidente kazako.";
        var reply = api.post("/api/analyze", new ObjectMapper().writeValueAsString(Map.of("text", text)));
        assertEquals(200, reply.status());
        int start = text.indexOf("Recep");
        int end = start + "Recep Tayyip Erdoğan".length();
        boolean found = false;
        for (JsonNode entity : reply.json().get("entities")) {
            if (entity.get("start").asInt() == start && entity.get("end").asInt() == end) {
                assertEquals("PER", entity.get("type").asText());
                assertEquals("Recep Tayyip Erdoğan", entity.get("text").asText());
                assertEquals("Recep Tayyip Erdoğan", entity.get("canonical").asText());
                found = true;
            }
            int s = entity.get("start").asInt();
            assertEquals(text.substring(s, entity.get("end").asInt()), entity.get("text").asText());
        }
        assertTrue(found, reply.body());
    }

    @Test
    void resolvesLoScorso10MaggioAgainstTheGivenDate() throws Exception {
        String text = "Turchia e Kazakistan hanno firmato ad Ankara lo scorso 10 maggio un partenariato.";
        var reply = api.post("/api/analyze", new ObjectMapper().writeValueAsString(
                Map.of("text", text, "date", "2022-05-31")));
        assertEquals(200, reply.status());
        boolean found = false;
        for (JsonNode date : reply.json().get("dates")) {
            if (date.get("text").asText().contains("10 maggio")) {
                assertEquals("2022-05-10", date.get("value").asText());
                int s = date.get("start").asInt();
                assertEquals(text.substring(s, date.get("end").asInt()), date.get("text").asText());
                found = true;
            }
        }
        assertTrue(found, reply.body());
    }

    @Test
    void findsQuotationsWithTheirSpeaker() throws Exception {
        String text = "\"Firmeremo l'accordo la prossima settimana\", ha dichiarato il ministro Mario Rossi.";
        var reply = api.post("/api/analyze", new ObjectMapper().writeValueAsString(Map.of("text", text)));
        JsonNode quote = reply.json().get("quotes").get(0);
        assertEquals("Firmeremo l'accordo la prossima settimana", quote.get("text").asText());
        assertEquals("Mario Rossi", quote.get("speaker").asText());
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
