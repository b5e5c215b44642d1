package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** openapi.json describes exactly the routes the server registers: no more, no fewer. */
class OpenApiTest {

    @Test
    void specAndRoutesAreInStep() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(FontiServer.openApiSpec());
        var documented = new TreeSet<String>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        var served = new TreeSet<String>();
        FontiServer.routes(null, null, new ObjectMapper(), new WriteHandlers(null, null))
                .forEach(route -> served.add(route.method().name() + " " + route.path()));
        assertEquals(served, documented);
    }
}
