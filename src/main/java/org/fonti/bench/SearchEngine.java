package org.fonti.bench;

/** An engine under test, as the load runner sees it: one client per concurrent user. */
interface SearchEngine {

    String name();

    /** A client for one thread: its own HTTP client or database connection. */
    Client newClient() throws Exception;

    /** CPU time used so far by the engine's processes outside this JVM (a database server), in ns; 0 if none. */
    default long externalCpuNanos() {
        return 0;
    }

    interface Client extends AutoCloseable {

        /** Runs the query for the top 10 hits with passages; returns the number of hits (0–10). */
        int search(BenchQuery query) throws Exception;

        @Override
        void close() throws Exception;
    }
}
