package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.index.CorpusIndexer;
import org.fonti.index.IndexAnalyzer;
import org.fonti.index.IndexBusyException;
import org.fonti.index.IndexListener;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchService;
import org.fonti.tagging.Tagger;
import org.junit.jupiter.api.Test;

/** Live indexing through HTTP: token, visibility, searches during writes, one writer, durability after kill -9. */
class LiveIndexingApiTest {

    private static final String TOKEN = "t0ken-for-tests";
    private static final String ARTICLE = """
            title: Il porto di Taranto riapre
            date: 2024-02-20
            lang: it

            Il porto di Taranto riapre dopo tre mesi di lavori. "Le navi torneranno già da lunedì", ha detto il sindaco Rinaldo Melucci.""";

    @Test
    void writesNeedTheTokenAndAreOffWithoutOne() throws Exception {
        try (var server = new TestServer(TestServer.seedCorpusCopy(), TOKEN)) {
            assertEquals(401, server.client.send("POST", "/api/documents?id=a", ARTICLE, null).status());
            assertEquals(401, server.client.send("POST", "/api/documents?id=a", ARTICLE, "wrong").status());
            assertEquals(401, server.client.send("DELETE", "/api/documents/000_bcb8d4918311a745", null, null).status());
        }
        try (var readOnly = TestServer.seedCorpus()) {
            var reply = readOnly.client.send("POST", "/api/documents?id=a", ARTICLE, TOKEN);
            assertEquals(403, reply.status());
            assertEquals("writes disabled", reply.json().get("error").asText());
        }
    }

    @Test
    void addReplaceAndDeleteAreVisibleAtOnceAndKeptInTheCorpusFolder() throws Exception {
        try (var server = new TestServer(TestServer.seedCorpusCopy(), TOKEN)) {
            var api = server.client;
            var added = api.send("POST", "/api/documents?id=taranto", ARTICLE, TOKEN);
            assertEquals(201, added.status(), added.body());
            assertEquals(1, api.search("Taranto").json().get("total").asInt());
            assertTrue(Files.isRegularFile(server.corpus.resolve("taranto.txt")));
            assertEquals("Rinaldo Melucci", api.get("/api/quotes?q=navi").json().get("hits").get(0).get("speaker").asText());

            var replaced = api.send("POST", "/api/documents?id=taranto", ARTICLE.replace("Taranto", "Brindisi"), TOKEN);
            assertEquals(200, replaced.status());
            assertEquals(0, api.search("Taranto").json().get("total").asInt());
            assertEquals(1, api.search("Brindisi").json().get("total").asInt());

            assertEquals(400, api.send("POST", "/api/documents?id=bad", "", TOKEN).status());
            assertEquals(400, api.send("POST", "/api/documents?id=" + ApiClient.encode("../escape"), ARTICLE, TOKEN).status());
            assertEquals(400, api.send("POST", "/api/documents", ARTICLE, TOKEN).status());

            assertEquals(200, api.send("DELETE", "/api/documents/taranto", null, TOKEN).status());
            assertEquals(0, api.search("Brindisi").json().get("total").asInt());
            assertFalse(Files.exists(server.corpus.resolve("taranto.txt")));
            assertEquals(404, api.send("DELETE", "/api/documents/taranto", null, TOKEN).status());

            var report = new CorpusIndexer(new Tagger(), IndexAnalyzer.create(new TextAnalyzers()), 1);
            assertThrows(IndexBusyException.class, () -> report.index(server.corpus, server.index, IndexListener.NONE),
                    "a second writer must be refused while the server writes");
        }
    }

    @Test
    void searchesGoOnWithoutErrorsWhileArticlesArrive() throws Exception {
        try (var server = new TestServer(TestServer.seedCorpusCopy(), TOKEN)) {
            var api = server.client;
            var stop = new AtomicBoolean();
            var errors = new AtomicInteger();
            var searches = new AtomicInteger();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        if (api.search("porto OR Erdogan").status() != 200) {
                            errors.incrementAndGet();
                        }
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            reader.start();
            String[] towns = {"Alghero", "Bormio", "Cefalù", "Dolceacqua", "Erice", "Fiumicino", "Gubbio", "Hone",
                    "Ischia", "Jesolo", "Kastelruth", "Lampedusa", "Matera", "Noto", "Orvieto"};
            for (String town : towns) {
                assertEquals(201, api.send("POST", "/api/documents?id=porto-" + town, ARTICLE.replace("Taranto", town), TOKEN).status());
                long posted = System.nanoTime();
                assertEquals(1, api.search(town).json().get("total").asInt(), town);
                assertTrue(System.nanoTime() - posted < 1_000_000_000L, "visible within a second");
            }
            stop.set(true);
            reader.join(10_000);
            assertEquals(0, errors.get());
            assertTrue(searches.get() > 0);
        }
    }

    @Test
    void anAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path corpus = TestServer.seedCorpusCopy();
        Path index = Files.createTempDirectory("fonti-kill-index");
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.fonti.cli.FontiCommand", "serve", "--corpus", corpus.toString(), "--index", index.toString(),
                "--port", String.valueOf(port), "--write-token", TOKEN));
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("fonti-kill", ".log").toFile()).start();
        try {
            var api = new ApiClient(port);
            int status = 0;
            for (int attempt = 0; attempt < 600 && status != 200; attempt++) {
                try {
                    status = api.get("/api/health").status();
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertEquals(200, status, "server started");
            assertEquals(201, api.send("POST", "/api/documents?id=taranto", ARTICLE, TOKEN).status());
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            server.waitFor();
        }
        try (var search = new SearchService(index, new TextAnalyzers())) {
            assertEquals(1, search.search(SearchRequest.of("Taranto")).total());
        }
        assertTrue(Files.readString(corpus.resolve("taranto.txt")).contains("Taranto"));
    }
}
