package org.fonti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, one-line failures, and a server that answers health. */
class CliTest {

    @TempDir
    Path index;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void capture() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        var cli = FontiCommand.commandLine();
        cli.setErr(new java.io.PrintWriter(System.err, true));
        return cli.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void indexThenSearchPrintsHighlightedPassagesWithOffsets() {
        assertEquals(0, run("index", "--corpus", "corpus", "--index", index.toString()));
        assertTrue(stdout().contains("indexed 2"), stdout());
        assertEquals(0, run("search", "--index", index.toString(), "Anka"));
        assertTrue(stdout().contains("»Anka«"), stdout());
        assertTrue(stdout().matches("(?s).*\\[\\d+-\\d+\\].*"), stdout());
        assertEquals(0, run("index", "--corpus", "corpus", "--index", index.toString()));
        assertTrue(stdout().contains("unchanged 2"), stdout());
    }

    @Test
    void failuresExitNonZeroWithOneLine() {
        assertEquals(1, run("search", "--index", index.resolve("missing").toString(), "Erdogan"));
        assertTrue(stderr().startsWith("fonti: no index at"), stderr());
        assertEquals(1, stderr().strip().lines().count());
        assertEquals(1, run("index", "--corpus", "no-such-folder", "--index", index.toString()));
        assertTrue(stderr().contains("corpus folder not found"), stderr());
        assertEquals(1, run("tag", "no-such-file.txt"));
        assertTrue(stderr().contains("file not found"), stderr());
    }

    @Test
    void malformedQueryExitsWithTwo() {
        assertEquals(0, run("index", "--corpus", "corpus", "--index", index.toString()));
        assertEquals(2, run("search", "--index", index.toString(), "Erdogan AND"));
        assertTrue(stderr().contains("column 12"), stderr());
    }

    @Test
    void tagPrintsTheAnalyzeJson() throws Exception {
        Path text = index.resolve("t.txt");
        Files.writeString(text, "Il ministro ha parlato ieri a Roma.");
        assertEquals(0, run("tag", "--date", "2022-05-31", text.toString()));
        assertTrue(stdout().contains("\"lang\" : \"it\""), stdout());
        assertTrue(stdout().contains("\"entities\""), stdout());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"index", "serve", "search", "tag"}) {
            assertEquals(0, run(command, "--help"));
            assertTrue(stdout().contains("--index") || stdout().contains("--lang"), command);
        }
    }

    @Test
    void serveAnswersHealthOnceItCanServeQueries() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var exit = new int[] {-1};
        int chosenPort = port;
        Thread serving = new Thread(() -> exit[0] = run("serve", "--corpus", "corpus", "--index", index.toString(),
                "--port", String.valueOf(chosenPort)));
        serving.start();
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build();
        int status = 0;
        for (int attempt = 0; attempt < 300 && status != 200; attempt++) {
            try {
                status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        assertEquals(200, status);
        serving.interrupt();
        serving.join(10_000);
        assertEquals(0, exit[0], "stderr: " + stderr() + " stdout: " + stdout());
        assertTrue(stdout().contains("Fonti is serving 2 documents at http://127.0.0.1:" + port), stdout());
    }
}
