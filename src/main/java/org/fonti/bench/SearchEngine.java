package org.fonti.bench;

/** An engine under test, as the load runner sees it: one client per concurrent user. */
interface SearchEngine {

    String name();

    /** A client for one thread: its own HTTP client or database connection. */
    Client newClient() throws Exception;

    interface Client extends AutoCloseable {

        /** Runs the query for the top 10 hits with passages; returns the number of hits (0–10). */
        int search(BenchQuery query) throws Exception;

        @Override
        void close() throws Exception;
    }
}
