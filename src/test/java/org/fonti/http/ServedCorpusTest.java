package org.fonti.http;

import org.junit.jupiter.api.AfterAll;

/**
 * Base of the tests that talk HTTP to one real server per test class: a subclass starts it in its own
 * {@code @BeforeAll} with {@link #serve}, and it is stopped after the class.
 */
abstract class ServedCorpusTest {

    /** The seed article of May 2022 (no date in the file: it is inferred). */
    static final String ARTICLE_2022 = "001_dcc75ec4f32a0260";
    /** The seed article published in December 2023. */
    static final String ARTICLE_2023 = "000_bcb8d4918311a745";

    static TestServer server;
    static ApiClient api;

    static void serve(TestServer started) {
        server = started;
        api = started.client;
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
