package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who said what: quotation search, speakers, citations, exports, batch checks, in-document matches, similar. */
class QuotesApiTest extends ServedCorpusTest {

    private static final String ERDOGAN = "Recep Tayyip Erdoğan";

    @BeforeAll
    static void start() throws Exception {
        serve(TestServer.seedCorpusWithFixtures());
    }

    private static List<String> texts(JsonNode response) {
        var texts = new ArrayList<String>();
        response.get("hits").forEach(hit -> texts.add(hit.get("text").asText()));
        return texts;
    }

    private static void assertCitable(JsonNode hit) throws Exception {
        String text = api.get("/api/documents/" + hit.get("documentId").asText()).json().get("text").asText();
        int start = hit.get("start").asInt();
        int end = hit.get("end").asInt();
        assertEquals(text.substring(start, end), hit.get("text").asText());
        JsonNode citation = hit.get("citation");
        assertEquals(hit.get("text").asText(), citation.get("text").asText());
        assertEquals(start, citation.get("start").asInt());
        assertFalse(citation.get("title").asText().isBlank());
    }

    @Test
    void partenariatoFindsTheJointDeclarationStatement() throws Exception {
        var response = api.get("/api/quotes?q=partenariato").json();
        assertEquals(1, response.get("total").asInt(), response.toString());
        JsonNode hit = response.get("hits").get(0);
        assertTrue(hit.get("text").asText().startsWith("Le relazioni tra Turchia e Kazakistan saranno portate"));
        assertEquals(ARTICLE_2022, hit.get("documentId").asText());
        assertTrue(hit.get("cue").asText().contains("dichiarazione congiunta"), hit.toString());
        assertTrue(hit.get("matches").size() >= 1);
        assertCitable(hit);
    }

    @Test
    void speakerFindsErdogansStatementUnderAnySpelling() throws Exception {
        for (String speaker : new String[] {ERDOGAN, "Erdogan", "Erdoğan"}) {
            var response = api.get("/api/quotes?speaker=" + ApiClient.encode(speaker)).json();
            assertEquals(1, response.get("total").asInt(), speaker + ": " + response);
            JsonNode hit = response.get("hits").get(0);
            assertTrue(hit.get("text").asText().startsWith("passi eccellenti"), hit.toString());
            assertEquals(ERDOGAN, hit.get("speaker").asText());
            assertEquals("ha definito", hit.get("cue").asText());
            assertCitable(hit);
        }
    }

    @Test
    void scareQuotesAndNamesAreNotStatements() throws Exception {
        List<String> all = texts(api.get("/api/quotes?size=100").json());
        for (String notAStatement : new String[] {"multidimensionale", "business-first", "Turkish Aerospace Industries",
                "Kazakhstan Engineering", "Stati Uniti del mondo turco", "partenariato strategico rafforzato", "symbolic"}) {
            assertFalse(all.contains(notAStatement), notAStatement + " in " + all);
        }
        assertEquals(0, api.get("/api/quotes?q=multidimensionale").json().get("total").asInt());
    }

    @Test
    void quoteSearchIsCrossLingualAndHasASpeakerFacet() throws Exception {
        var english = api.get("/api/quotes?q=" + ApiClient.encode("excellent steps")).json();
        assertTrue(texts(english).stream().anyMatch(t -> t.startsWith("passi eccellenti")), english.toString());
        var facet = api.get("/api/quotes").json().get("facets").get("speakers");
        var speakers = new ArrayList<String>();
        facet.forEach(v -> speakers.add(v.get("value").asText()));
        assertTrue(speakers.contains(ERDOGAN), speakers.toString());
        var fixture = api.get("/api/quotes?q=" + ApiClient.encode("national governments")).json();
        assertEquals("Marta Ferri", fixture.get("hits").get(0).get("speaker").asText(), fixture.toString());
    }

    @Test
    void passagesCarryACitation() throws Exception {
        JsonNode passage = api.search("Anka").json().get("hits").get(0).get("passages").get(0);
        JsonNode citation = passage.get("citation");
        assertEquals(passage.get("text").asText(), citation.get("text").asText());
        assertEquals(ARTICLE_2022, citation.get("id").asText());
        assertEquals("Cronache Economiche", citation.get("source").asText());
        assertTrue(citation.get("url").asText().startsWith("http://cronacheeconomiche.com/"));
        assertEquals("2022", citation.get("date").asText());
        assertTrue(citation.get("dateInferred").asBoolean());
    }

    @Test
    void exportsAsCsvAndJsonLines() throws Exception {
        var csv = api.get("/api/search?q=Anka&format=csv");
        assertEquals(200, csv.status());
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,start,end,text,title,source,date,dateInferred,url", lines[0]);
        assertTrue(lines.length >= 2);
        var jsonl = api.get("/api/quotes?format=jsonl&speaker=" + ApiClient.encode(ERDOGAN));
        String[] rows = jsonl.body().strip().split("\n");
        assertEquals(1, rows.length);
        JsonNode row = new ObjectMapper().readTree(rows[0]);
        assertEquals(ERDOGAN, row.get("speaker").asText());
        assertTrue(row.get("text").asText().startsWith("passi eccellenti"));
        assertEquals(400, api.get("/api/search?q=Anka&format=xml").status());
    }

    @Test
    void batchChecksAListOfNames() throws Exception {
        var reply = api.post("/api/batch", "{\"queries\": [\"Tokayev\", \"Temel Kotil\", \"Nobody Known\"], \"fuzzy\": 1}");
        assertEquals(200, reply.status());
        JsonNode results = reply.json().get("results");
        assertEquals(3, results.size());
        assertEquals(1, results.get(0).get("total").asInt());
        assertEquals(1, results.get(1).get("total").asInt(), "Temel matches Temer within one edit");
        assertEquals(0, results.get(2).get("total").asInt());
        var phrase = api.post("/api/batch", "{\"queries\": [\"Kassym-Jomart Tokayev\", \"Tokayev Kassym-Jomart\"], \"phrase\": true}");
        assertEquals(1, phrase.json().get("results").get(0).get("total").asInt());
        assertEquals(0, phrase.json().get("results").get(1).get("total").asInt());
        var csv = api.post("/api/batch?format=csv", "{\"queries\": [\"Tokayev\"]}");
        assertTrue(csv.body().startsWith("query,total,rank,id,title,date,url,score,passage"), csv.body());
        assertEquals(400, api.post("/api/batch", "{\"queries\": []}").status());
        assertEquals(400, api.post("/api/batch", "{\"queries\": [\"x\"], \"fuzzy\": 5}").status());
    }

    @Test
    void matchesInADocumentUseTheMainSearchSemantics() throws Exception {
        var reply = api.get("/api/documents/" + ARTICLE_2022 + "/matches?q=" + ApiClient.encode("drones Anka")).json();
        String text = api.get("/api/documents/" + ARTICLE_2022).json().get("text").asText();
        var words = new ArrayList<String>();
        int previous = -1;
        for (JsonNode match : reply.get("matches")) {
            int start = match.get("start").asInt();
            assertTrue(start > previous, "text order");
            previous = start;
            assertEquals(text.substring(start, match.get("end").asInt()), match.get("text").asText());
            words.add(match.get("text").asText());
        }
        assertTrue(words.contains("droni") && words.contains("Anka"), words.toString());
        assertEquals(reply.get("total").asInt(), words.size());
        assertEquals(404, api.get("/api/documents/nope/matches?q=Anka").status());
        assertEquals(400, api.get("/api/documents/" + ARTICLE_2022 + "/matches?q=" + ApiClient.encode("Anka AND")).status());
    }

    @Test
    void similarArticlesExcludeTheArticleItself() throws Exception {
        var reply = api.get("/api/documents/" + ARTICLE_2022 + "/similar").json();
        assertEquals("000_bcb8d4918311a745", reply.get("hits").get(0).get("id").asText());
        reply.get("hits").forEach(hit -> assertFalse(hit.get("id").asText().equals(ARTICLE_2022)));
        assertEquals(404, api.get("/api/documents/nope/similar").status());
        assertNull(api.get("/api/documents/nope/similar").json().get("hits"));
    }
}
