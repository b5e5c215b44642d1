package org.fonti.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Fonti through its HTTP API: {@code GET /api/search?q=...&size=10}, which answers hits with passages. */
final class FontiHttpEngine implements SearchEngine {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;

    FontiHttpEngine(String host, int port) {
        this.base = "http://" + host + ":" + port;
    }

    @Override
    public String name() {
        return "fonti";
    }

    static String searchPath(BenchQuery query) {
        var path = new StringBuilder("/api/search?size=10&q=").append(encode(query.text()));
        if (query.from() != null) {
            path.append("&from=").append(query.from());
        }
        if (query.to() != null) {
            path.append("&to=").append(query.to());
        }
        if (query.entity() != null) {
            path.append("&entity=").append(encode(query.entity()));
        }
        return path.toString();
    }

    @Override
    public Client newClient() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new Client() {
            @Override
            public int search(BenchQuery query) throws IOException, InterruptedException {
                JsonNode body = get(http, base + searchPath(query));
                return body.path("hits").size();
            }

            @Override
            public void close() {
                http.close();
            }
        };
    }

    /** GETs a JSON answer; anything but 200 is an exception naming the status and the start of the body. */
    static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            throw new IOException("HTTP " + response.statusCode() + " for " + url + ": "
                    + text.substring(0, Math.min(200, text.length())));
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
