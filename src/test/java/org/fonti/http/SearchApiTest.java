package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search and document API over the seed corpus, through a real HTTP server. */
class SearchApiTest extends ServedCorpusTest {

    @BeforeAll
    static void start() throws Exception {
        serve(TestServer.seedCorpus());
    }

    private static Set<String> ids(JsonNode response) {
        var ids = new HashSet<String>();
        response.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static String documentText(String id) throws Exception {
        return api.get("/api/documents/" + id).json().get("text").asText();
    }

    /** Every passage is exactly the document's text at its offsets, and every match lies inside its passage. */
    private static void assertPassagesAreCitable(JsonNode response) throws Exception {
        for (JsonNode hit : response.get("hits")) {
            String text = documentText(hit.get("id").asText());
            for (JsonNode passage : hit.get("passages")) {
                int start = passage.get("start").asInt();
                int end = passage.get("end").asInt();
                assertEquals(text.substring(start, end), passage.get("text").asText());
                for (JsonNode match : passage.get("matches")) {
                    assertTrue(match.get(0).asInt() >= start && match.get(1).asInt() <= end);
                }
            }
        }
    }

    @Test
    void erdoganFindsBothArticlesWhateverTheSpelling() throws Exception {
        for (String query : new String[] {"Erdogan", "Erdoğan", "erdogan"}) {
            var reply = api.search(query);
            assertEquals(200, reply.status());
            assertEquals(Set.of(ARTICLE_2022, ARTICLE_2023), ids(reply.json()), query);
            assertPassagesAreCitable(reply.json());
        }
    }

    @Test
    void droneAndDroniMatchEachOther() throws Exception {
        var singular = api.search("drone").json();
        var plural = api.search("droni").json();
        assertEquals(ids(plural), ids(singular));
        assertFalse(ids(singular).isEmpty());
        String passage = singular.get("hits").get(0).get("passages").get(0).get("text").asText();
        assertTrue(passage.contains("droni"), passage);
    }

    @Test
    void topPassageForAnkaContainsItAndIsTheDocumentTextAtItsOffsets() throws Exception {
        var reply = api.search("Anka").json();
        assertTrue(reply.get("total").asInt() >= 1);
        JsonNode top = reply.get("hits").get(0).get("passages").get(0);
        assertTrue(top.get("text").asText().contains("Anka"));
        String text = documentText(reply.get("hits").get(0).get("id").asText());
        assertEquals(text.substring(top.get("start").asInt(), top.get("end").asInt()), top.get("text").asText());
        JsonNode match = top.get("matches").get(0);
        assertEquals("Anka", text.substring(match.get(0).asInt(), match.get(1).asInt()));
        assertPassagesAreCitable(reply);
    }

    @Test
    void quotedPhraseMatchesOnlyWhereItOccurs() throws Exception {
        var phrase = api.search("\"dichiarazione congiunta\"").json();
        assertEquals(Set.of(ARTICLE_2022), ids(phrase));
        for (JsonNode passage : phrase.get("hits").get(0).get("passages")) {
            String text = documentText(ARTICLE_2022);
            for (JsonNode match : passage.get("matches")) {
                assertEquals("dichiarazione congiunta",
                        text.substring(match.get(0).asInt(), match.get(1).asInt()).toLowerCase(Locale.ROOT));
            }
        }
        assertEquals(0, api.search("\"congiunta dichiarazione\"").json().get("total").asInt());
        assertEquals(1, api.search("\"Stato dell'Asia centrale\"").json().get("total").asInt());
    }

    @Test
    void booleanOperatorsAndFieldFilters() throws Exception {
        assertEquals(Set.of(ARTICLE_2023), ids(api.search("Erdogan AND Zenith").json()));
        assertEquals(Set.of(ARTICLE_2022), ids(api.search("Erdogan NOT Zenith").json()));
        assertEquals(Set.of(ARTICLE_2022, ARTICLE_2023), ids(api.search("Tokayev OR Zenith").json()));
        assertEquals(Set.of(ARTICLE_2023), ids(api.search("id:" + ARTICLE_2023).json()));
        assertEquals(2, api.search("lang:it").json().get("total").asInt());
        assertEquals(Set.of(ARTICLE_2022, ARTICLE_2023), ids(api.search("Kazak*").json()));
    }

    @Test
    void malformedQueriesGetA400ThatSaysWhere() throws Exception {
        for (String query : new String[] {"Erdogan AND", "(Tokayev", "\"unterminated", "title:", "*droni", "foo:bar", "il la"}) {
            var reply = api.search(query);
            assertEquals(400, reply.status(), query);
            assertNotNull(reply.json(), query);
            assertFalse(reply.json().get("error").asText().isBlank(), query);
            assertFalse(reply.json().get("detail").asText().isBlank(), query);
        }
        var reply = api.search("Erdogan AND").json();
        assertEquals(12, reply.get("position").asInt());
        assertTrue(api.search("foo:bar").json().get("detail").asText().contains("unknown field"));
        assertEquals(9, api.search("Erdogan foo:bar").json().get("position").asInt());
        assertEquals(1, api.search("*droni").json().get("position").asInt());
    }

    @Test
    void badParametersGetA400NamingTheParameter() throws Exception {
        assertEquals(400, api.get("/api/search").status());
        var bad = api.get("/api/search?q=Erdogan&size=abc");
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("detail").asText().contains("size"));
        assertEquals(400, api.get("/api/search?q=Erdogan&from=2022-13").status());
        assertEquals(400, api.get("/api/search?q=Erdogan&lang=fr").status());
        assertEquals(400, api.get("/api/search?q=Erdogan&from=2023&to=2022").status());
    }

    @Test
    void dateFilterAndSortUsePublicationDates() throws Exception {
        assertEquals(Set.of(ARTICLE_2023), ids(api.get("/api/search?q=Erdogan&from=2023-01&to=2023-12-31").json()));
        assertEquals(Set.of(), ids(api.get("/api/search?q=Erdogan&to=2020").json()));
        var byDate = api.get("/api/search?q=Erdogan&sort=date").json();
        assertEquals(ARTICLE_2023, byDate.get("hits").get(0).get("id").asText());
        var years = api.search("Erdogan").json().get("facets").get("years");
        assertEquals("[{\"value\":\"2022\",\"count\":1},{\"value\":\"2023\",\"count\":1}]", years.toString());
    }

    @Test
    void pagingReturnsTheRequestedSlice() throws Exception {
        var first = api.get("/api/search?q=Erdogan&size=1&page=1").json();
        var second = api.get("/api/search?q=Erdogan&size=1&page=2").json();
        assertEquals(2, first.get("total").asInt());
        assertEquals(1, first.get("hits").size());
        assertEquals(1, second.get("hits").size());
        assertFalse(first.get("hits").get(0).get("id").equals(second.get("hits").get(0).get("id")));
    }

    @Test
    void documentsAreServedWithTheirTextAndUnknownIdsAre404() throws Exception {
        var doc = api.get("/api/documents/" + ARTICLE_2022);
        assertEquals(200, doc.status());
        String text = doc.json().get("text").asText();
        assertTrue(text.startsWith("Turchia e Kazakistan hanno firmato"));
        assertTrue(text.endsWith("L’UAV Anka assemblato in Turchia"), "boilerplate is not part of the text");
        assertEquals("it", doc.json().get("lang").asText());
        var missing = api.get("/api/documents/nope");
        assertEquals(404, missing.status());
        assertEquals("not found", missing.json().get("error").asText());
    }

    @Test
    void boilerplateIsNotSearchable() throws Exception {
        assertEquals(0, api.search("Condividi").json().get("total").asInt());
        assertEquals(0, api.search("HOMEPAGE").json().get("total").asInt());
    }

    @Test
    void healthAndUnknownRoutesAnswerJson() throws Exception {
        var health = api.get("/api/health");
        assertEquals(200, health.status());
        assertEquals(2, health.json().get("documents").asInt());
        var unknown = api.get("/api/nothing-here");
        assertEquals(404, unknown.status());
        assertNotNull(unknown.json());
    }
}
