package org.fonti.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A database client for the load runner: one connection, one prepared statement per distinct SQL text, and the
 * top rows read in full (id, title, passage) as a user's page would.
 */
abstract class JdbcClient implements SearchEngine.Client {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    JdbcClient(Connection connection) {
        this.connection = connection;
    }

    /** The SQL for {@code query}; queries of one shape share it. */
    abstract String sql(BenchQuery query);

    /** Sets the statement's parameters for {@code query}. */
    abstract void bind(PreparedStatement statement, BenchQuery query) throws SQLException;

    @Override
    public int search(BenchQuery query) throws SQLException {
        String sql = sql(query);
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        bind(statement, query);
        int hits = 0;
        try (var rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getString(1);
                rows.getString(2);
                rows.getString(3);
                hits++;
            }
        }
        return hits;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        connection.close();
    }
}
