package org.fonti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntConsumer;

/**
 * SQLite FTS5, in process through sqlite-jdbc: one FTS5 table, BM25 ranking, and one {@code snippet()} per hit
 * (FTS5 gives a single snippet per column and row, so one passage instead of Fonti's three).
 */
final class SqliteEngine implements SearchEngine {

    private static final int BATCH = 1000;
    private final Path database;

    SqliteEngine(Path database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "sqlite-fts5";
    }

    /** Creates the database and loads {@code count} articles in one transaction, then merges the FTS segments. */
    void load(CorpusGenerator generator, int count, IntConsumer done) throws SQLException, IOException {
        Files.deleteIfExists(database);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (var s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, date UNINDEXED,"
                        + " tokenize = 'unicode61 remove_diacritics 2')");
            }
            c.setAutoCommit(false);
            int step = Math.max(1, count / 20);
            try (var insert = c.prepareStatement("INSERT INTO docs(id, title, body, date) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    SyntheticArticle a = generator.article(i);
                    insert.setString(1, a.id());
                    insert.setString(2, a.title());
                    insert.setString(3, a.body());
                    insert.setString(4, a.date());
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == count) {
                        insert.executeBatch();
                    }
                    if ((i + 1) % step == 0) {
                        done.accept(i + 1);
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO docs(docs) VALUES('optimize')");
            }
        }
    }

    long sizeOnDisk() throws IOException {
        return Files.size(database);
    }

    /** The FTS5 MATCH expression: every word (or the phrase) quoted, so no word is read as an operator. */
    static String matchExpression(BenchQuery query) {
        String text = query.isPhrase() ? quote(String.join(" ", query.words()))
                : String.join(" ", query.words().stream().map(SqliteEngine::quote).toList());
        return query.entity() == null ? text : text + " " + quote(query.entityName());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public Client newClient() throws SQLException {
        var config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        Connection c = config.createConnection("jdbc:sqlite:" + database);
        return new JdbcClient(c) {
            @Override
            String sql(BenchQuery query) {
                return "SELECT id, title, snippet(docs, 2, '<b>', '</b>', '…', 32) FROM docs WHERE docs MATCH ?"
                        + (query.from() != null ? " AND date >= ?" : "")
                        + (query.to() != null ? " AND date <= ?" : "")
                        + " ORDER BY bm25(docs) LIMIT 10";
            }

            @Override
            void bind(PreparedStatement ps, BenchQuery query) throws SQLException {
                int p = 1;
                ps.setString(p++, matchExpression(query));
                if (query.from() != null) {
                    ps.setString(p++, query.from());
                }
                if (query.to() != null) {
                    ps.setString(p, query.to());
                }
            }
        };
    }
}
