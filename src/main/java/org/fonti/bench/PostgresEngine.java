package org.fonti.bench;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.IntConsumer;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * PostgreSQL full-text search as its documentation teaches it: a stored generated {@code tsvector} column with
 * a GIN index, {@code websearch_to_tsquery('italian', ...)}, {@code ts_rank_cd} ordering and
 * {@code ts_headline} passages (computed only for the 10 rows returned).
 */
final class PostgresEngine implements SearchEngine {

    static final String HEADLINE_OPTIONS = "MaxFragments=3, MaxWords=35, MinWords=15";
    private final String url;
    private final java.util.function.LongSupplier serverCpuNanos;

    PostgresEngine(String url, java.util.function.LongSupplier serverCpuNanos) {
        this.url = url;
        this.serverCpuNanos = serverCpuNanos;
    }

    @Override
    public long externalCpuNanos() {
        return serverCpuNanos.getAsLong();
    }

    @Override
    public String name() {
        return "postgresql";
    }

    /** Creates the table, COPYs the articles in (the tsvector is computed on the way), then indexes and analyses. */
    void load(CorpusGenerator generator, int count, IntConsumer done) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS docs");
            s.execute("CREATE TABLE docs (id text PRIMARY KEY, title text NOT NULL, date date NOT NULL, body text NOT NULL,"
                    + " tsv tsvector GENERATED ALWAYS AS (to_tsvector('italian', title || ' ' || body)) STORED)");
            var copy = new CopyManager(c.unwrap(BaseConnection.class));
            copy.copyIn("COPY docs (id, title, date, body) FROM STDIN (FORMAT csv)", new CsvRows(generator, count, done));
            s.execute("CREATE INDEX docs_tsv ON docs USING gin (tsv)");
            s.execute("CREATE INDEX docs_date ON docs (date)");
            s.execute("VACUUM ANALYZE docs");
        }
    }

    /** Table, TOAST, primary key, GIN and date indexes. */
    long sizeOnDisk() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_total_relation_size('docs')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sql(BenchQuery query) {
        return "SELECT id, title, ts_headline('italian', body, q, '" + HEADLINE_OPTIONS + "') FROM ("
                + " SELECT d.id, d.title, d.body, q, ts_rank_cd(d.tsv, q) AS rank"
                + " FROM docs d, websearch_to_tsquery('italian', ?) q WHERE d.tsv @@ q"
                + (query.from() != null ? " AND d.date >= ?" : "")
                + (query.to() != null ? " AND d.date <= ?" : "")
                + (query.entity() != null ? " AND d.tsv @@ phraseto_tsquery('italian', ?)" : "")
                + " ORDER BY rank DESC LIMIT 10) top ORDER BY rank DESC";
    }

    @Override
    public Client newClient() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        return new JdbcClient(c) {
            @Override
            String sql(BenchQuery query) {
                return PostgresEngine.sql(query);
            }

            @Override
            void bind(PreparedStatement ps, BenchQuery query) throws SQLException {
                int p = 1;
                ps.setString(p++, query.text());
                if (query.from() != null) {
                    ps.setObject(p++, LocalDate.parse(query.from()));
                }
                if (query.to() != null) {
                    ps.setObject(p++, LocalDate.parse(query.to()));
                }
                if (query.entity() != null) {
                    ps.setString(p, query.entityName());
                }
            }
        };
    }

    /** The articles as CSV rows for COPY, generated as the server reads them (nothing held in memory). */
    private static final class CsvRows extends Reader {
        private final CorpusGenerator generator;
        private final int count;
        private final IntConsumer done;
        private final int step;
        private int next;
        private String row = "";
        private int position;

        CsvRows(CorpusGenerator generator, int count, IntConsumer done) {
            this.generator = generator;
            this.count = count;
            this.done = done;
            this.step = Math.max(1, count / 20);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == row.length()) {
                if (next == count) {
                    return -1;
                }
                SyntheticArticle a = generator.article(next++);
                row = csv(a.id()) + "," + csv(a.title()) + "," + a.date() + "," + csv(a.body()) + "\n";
                position = 0;
                if (next % step == 0) {
                    done.accept(next);
                }
            }
            int n = Math.min(length, row.length() - position);
            row.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        private static String csv(String value) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }

        @Override
        public void close() {
        }
    }
}
