package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An English query finds Italian passages and an Italian query English ones, with the other language's words marked. */
class CrossLingualApiTest extends ServedCorpusTest {

    @BeforeAll
    static void start() throws Exception {
        serve(TestServer.seedCorpusWithFixtures());
    }

    private static JsonNode topHit(JsonNode response) {
        return response.get("hits").get(0);
    }

    /** The words highlighted in a hit's passages, lower-cased, as they stand in the document text. */
    private static List<String> highlighted(JsonNode hit) throws Exception {
        String text = api.get("/api/documents/" + hit.get("id").asText()).json().get("text").asText();
        var words = new ArrayList<String>();
        for (JsonNode passage : hit.get("passages")) {
            assertEquals(text.substring(passage.get("start").asInt(), passage.get("end").asInt()),
                    passage.get("text").asText());
            for (JsonNode match : passage.get("matches")) {
                words.add(text.substring(match.get(0).asInt(), match.get(1).asInt()).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    @Test
    void ankaDronesKazakhstanFindsTheItalianPassageWithDroniHighlighted() throws Exception {
        var response = api.search("Anka drones Kazakhstan").json();
        assertEquals("en", response.get("query").get("lang").asText());
        JsonNode hit = topHit(response);
        assertEquals(ARTICLE_2022, hit.get("id").asText());
        List<String> words = highlighted(hit);
        assertTrue(words.contains("droni"), words.toString());
        assertTrue(words.contains("anka"), words.toString());
        String top = hit.get("passages").get(0).get("text").asText();
        assertTrue(top.contains("droni") && top.contains("Anka"), top);
    }

    @Test
    void jointDeclarationFindsDichiarazioneCongiunta() throws Exception {
        var response = api.search("joint declaration").json();
        var ids = new ArrayList<String>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertTrue(ids.contains(ARTICLE_2022), ids.toString());
        for (JsonNode hit : response.get("hits")) {
            if (hit.get("id").asText().equals(ARTICLE_2022)) {
                assertTrue(highlighted(hit).contains("dichiarazione congiunta"), highlighted(hit).toString());
            }
        }
        boolean explained = false;
        for (JsonNode interpretation : response.get("query").get("interpretations")) {
            if (interpretation.get("source").asText().equals("joint declaration")) {
                explained = interpretation.get("translations").toString().contains("dichiarazione congiunta");
            }
        }
        assertTrue(explained, response.get("query").toString());
    }

    @Test
    void strategicPartnershipTurkeyFindsTheItalianArticle() throws Exception {
        JsonNode hit = topHit(api.search("strategic partnership Turkey").json());
        assertEquals(ARTICLE_2022, hit.get("id").asText());
        List<String> words = highlighted(hit);
        assertTrue(words.contains("partenariato strategico") || words.contains("partenariato"), words.toString());
        assertTrue(words.contains("turchia"), words.toString());
    }

    @Test
    void erdoganVisitAnkaraFindsTheItalianArticle() throws Exception {
        var response = api.search("Erdogan visit Ankara").json();
        JsonNode hit = topHit(response);
        assertEquals(ARTICLE_2022, hit.get("id").asText());
        List<String> words = highlighted(hit);
        assertTrue(words.contains("ankara") && words.stream().anyMatch(w -> w.contains("erdo")), words.toString());
    }

    @Test
    void italianQueryFindsTheEnglishArticle() throws Exception {
        var response = api.search("dichiarazione congiunta").json();
        assertEquals("it", response.get("query").get("lang").asText());
        var ids = new ArrayList<String>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertTrue(ids.contains("en-harbour-accord"), ids.toString());
        assertTrue(ids.contains(ARTICLE_2022), ids.toString());
        for (JsonNode hit : response.get("hits")) {
            if (hit.get("id").asText().equals("en-harbour-accord")) {
                assertTrue(highlighted(hit).contains("joint declaration"), highlighted(hit).toString());
                assertEquals("en", hit.get("lang").asText());
            }
        }
    }

    @Test
    void crossFalseSearchesOnlyAsTyped() throws Exception {
        var response = api.get("/api/search?cross=false&q=" + ApiClient.encode("joint declaration")).json();
        assertFalse(response.get("query").get("cross").asBoolean());
        assertEquals(0, response.get("query").get("interpretations").size());
        response.get("hits").forEach(h -> assertFalse(h.get("id").asText().equals(ARTICLE_2022)));
    }

    @Test
    void langParameterForcesTheQueryLanguage() throws Exception {
        var response = api.get("/api/search?lang=it&q=" + ApiClient.encode("Erdogan")).json();
        assertEquals("it", response.get("query").get("lang").asText());
        assertFalse(response.get("query").get("langDetected").asBoolean());
    }
}
