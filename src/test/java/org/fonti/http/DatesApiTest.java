package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publication and mentioned dates on the seed corpus: normalisation, inference, filters, facets, sort. */
class DatesApiTest extends ServedCorpusTest {

    @BeforeAll
    static void start() throws Exception {
        serve(TestServer.seedCorpus());
    }

    private static Map<String, String> dates(String id) throws Exception {
        var values = new HashMap<String, String>();
        for (JsonNode date : api.get("/api/documents/" + id).json().get("dates")) {
            values.put(date.get("text").asText(), date.get("value").asText());
        }
        return values;
    }

    private static Set<String> ids(String pathAndQuery) throws Exception {
        var ids = new HashSet<String>();
        api.get(pathAndQuery).json().get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static String valueOf(Map<String, String> dates, String fragment) {
        return dates.entrySet().stream().filter(e -> e.getKey().contains(fragment)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(fragment + " not tagged in " + dates));
    }

    @Test
    void seedDatesAreNormalisedAgainstThePublicationDate() throws Exception {
        var dated = dates(ARTICLE_2023);
        assertEquals("2023-07", valueOf(dated, "luglio di quest"));
        assertEquals("1993", valueOf(dated, "1993"));
        assertEquals("2011", valueOf(dated, "2011"));
        assertEquals("2013", valueOf(dated, "Due anni dopo"));
        assertEquals("2022-05", valueOf(dated, "maggio del 2022"));
        assertEquals("2024", valueOf(dated, "2024"));
        assertEquals("2023-08", valueOf(dated, "agosto"));
        assertEquals("2023-11", valueOf(dated, "novembre"));
    }

    @Test
    void undatedArticleGetsAnInferredDateAndItsRelativeDatesResolve() throws Exception {
        var doc = api.get("/api/documents/" + ARTICLE_2022).json();
        assertTrue(doc.get("dateInferred").asBoolean());
        assertEquals("2022", doc.get("date").asText());
        assertEquals("2022-05-10", valueOf(dates(ARTICLE_2022), "lo scorso 10 maggio"));
        var given = api.get("/api/documents/" + ARTICLE_2023).json();
        assertEquals("2023-12", given.get("date").asText());
        assertTrue(!given.get("dateInferred").asBoolean());
    }

    @Test
    void publicationDateFilters() throws Exception {
        assertEquals(Set.of(ARTICLE_2023), ids("/api/search?q=Kazakistan&from=2023"));
        assertEquals(Set.of(ARTICLE_2022), ids("/api/search?q=Kazakistan&to=2022-12-31"));
        assertEquals(Set.of(ARTICLE_2022, ARTICLE_2023), ids("/api/search?q=Kazakistan&from=2022-01&to=2023-12"));
    }

    @Test
    void mentionedDateFilters() throws Exception {
        assertEquals(Set.of(ARTICLE_2023), ids("/api/search?q=Kazakistan&mentioned_from=1993&mentioned_to=1993"));
        assertEquals(Set.of(ARTICLE_2022, ARTICLE_2023), ids("/api/search?q=Kazakistan&mentioned_from=2022-05&mentioned_to=2022-05"));
        assertEquals(Set.of(ARTICLE_2023), ids("/api/search?q=Kazakistan&mentioned_from=2013-06&mentioned_to=2013-06"));
        assertEquals(Set.of(), ids("/api/search?q=Kazakistan&mentioned_from=1950&mentioned_to=1960"));
        assertEquals(400, api.get("/api/search?q=x&mentioned_from=2024&mentioned_to=2023").status());
    }

    @Test
    void histogramsAndSortByDate() throws Exception {
        var facets = api.search("Kazakistan").json().get("facets");
        assertEquals("[{\"value\":\"2022\",\"count\":1},{\"value\":\"2023\",\"count\":1}]", facets.get("years").toString());
        assertEquals("2023-12", facets.get("months").get(facets.get("months").size() - 1).get("value").asText());
        var mentioned = new HashMap<String, Integer>();
        facets.get("mentionedYears").forEach(v -> mentioned.put(v.get("value").asText(), v.get("count").asInt()));
        assertEquals(1, mentioned.get("1993"));
        assertEquals(2, mentioned.get("2022"));
        var newestFirst = api.get("/api/search?q=Kazakistan&sort=date").json().get("hits");
        assertEquals(ARTICLE_2023, newestFirst.get(0).get("id").asText());
        var oldestFirst = api.get("/api/search?q=Kazakistan&sort=date-asc").json().get("hits");
        assertEquals(ARTICLE_2022, oldestFirst.get(0).get("id").asText());
    }

    @Test
    void passagesCarryTheirDateValues() throws Exception {
        var hit = api.search("\"lo scorso 10 maggio\"").json().get("hits").get(0);
        boolean found = false;
        for (JsonNode passage : hit.get("passages")) {
            for (JsonNode date : passage.get("dates")) {
                if (date.get("text").asText().equals("lo scorso 10 maggio")) {
                    assertEquals("2022-05-10", date.get("value").asText());
                    assertTrue(date.get("start").asInt() >= passage.get("start").asInt());
                    found = true;
                }
            }
        }
        assertTrue(found, hit.toString());
    }
}
