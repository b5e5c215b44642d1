package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One canonical entity per real-world entity across the seed corpus; entity facets, filters and autocomplete. */
class EntitiesApiTest extends ServedCorpusTest {

    @BeforeAll
    static void start() throws Exception {
        serve(TestServer.seedCorpus());
    }

    private static JsonNode entity(String type, String prefix) throws Exception {
        var reply = api.get("/api/entities?type=" + type + "&q=" + ApiClient.encode(prefix));
        assertEquals(200, reply.status());
        assertTrue(reply.json().get("entities").size() >= 1, prefix + ": " + reply.body());
        return reply.json().get("entities").get(0);
    }

    private static Set<String> variants(JsonNode entity) {
        var names = new HashSet<String>();
        entity.get("variants").forEach(v -> names.add(v.get("value").asText()));
        return names;
    }

    private static Set<String> ids(JsonNode response) {
        var ids = new HashSet<String>();
        response.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    @Test
    void erdoganIsOneEntityAcrossTheCorpusWithAllItsSpellings() throws Exception {
        JsonNode erdogan = entity("PER", "Erdogan");
        assertEquals("Recep Tayyip Erdoğan", erdogan.get("canonical").asText());
        assertEquals(2, erdogan.get("articles").asInt());
        assertTrue(variants(erdogan).containsAll(Set.of("Erdogan", "Erdoğan", "Recep Tayyip Erdoğan", "Recep Tayyp Erdogan")),
                variants(erdogan).toString());
        var people = api.get("/api/entities?type=PER&size=100").json().get("entities");
        int erdogans = 0;
        for (JsonNode person : people) {
            erdogans += person.get("canonical").asText().contains("Erdo") ? 1 : 0;
        }
        assertEquals(1, erdogans, people.toString());
    }

    @Test
    void kazakhstanIsOnePlaceAndTaiOneOrganisation() throws Exception {
        JsonNode kazakhstan = entity("LOC", "Kazak");
        assertTrue(variants(kazakhstan).containsAll(Set.of("Kazakistan", "Kazakhistan")), variants(kazakhstan).toString());
        JsonNode tai = entity("ORG", "TAI");
        assertTrue(variants(tai).containsAll(Set.of("TAI", "Tai", "TUSAS", "Turkish Aerospace Industries")), variants(tai).toString());
        assertEquals(2, tai.get("articles").asInt());
        JsonNode engineering = entity("ORG", "Kazakhstan Engineering");
        assertEquals("Kazakhstan Engineering", engineering.get("canonical").asText());
    }

    @Test
    void autocompleteToleratesMisspellings() throws Exception {
        assertEquals("Kassym-Jomart Tokayev", entity("PER", "Tokaiev").get("canonical").asText());
        assertEquals("Recep Tayyip Erdoğan", entity("PER", "rec").get("canonical").asText());
    }

    @Test
    void facetsCountArticlesPerCanonicalEntity() throws Exception {
        var facets = api.search("Kazakistan").json().get("facets").get("entities");
        boolean found = false;
        for (JsonNode person : facets.get("PER")) {
            if (person.get("value").asText().equals("Recep Tayyip Erdoğan")) {
                assertEquals(2, person.get("count").asInt());
                found = true;
            }
        }
        assertTrue(found, facets.toString());
    }

    @Test
    void entityFilterAcceptsAnyVariantAndNarrows() throws Exception {
        for (String name : new String[] {"PER:Recep Tayyip Erdoğan", "Erdogan", "Recep Tayyp Erdogan", "erdoğan"}) {
            var response = api.get("/api/search?q=Kazakistan&entity=" + ApiClient.encode(name)).json();
            assertEquals(Set.of(ARTICLE_2022, ARTICLE_2023), ids(response), name);
        }
        var both = api.get("/api/search?q=Kazakistan&entity=Tokayev&entity=" + ApiClient.encode("ORG:TAI")).json();
        assertEquals(Set.of(ARTICLE_2022), ids(both));
        var none = api.get("/api/search?q=Kazakistan&entity=" + ApiClient.encode("Nobody Atall")).json();
        assertEquals(0, none.get("total").asInt());
    }

    @Test
    void searchingANameFindsItsVariants() throws Exception {
        for (String query : new String[] {"Erdogan", "Erdoğan", "Tayyip Erdogan", "\"Recep Tayyip Erdoğan\" OR person:Erdogan"}) {
            assertEquals(Set.of(ARTICLE_2022, ARTICLE_2023), ids(api.search(query).json()), query);
        }
    }
}
