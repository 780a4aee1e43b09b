package org.twofold.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server holds, read straight from its SQLite file: each table's rows, summed up. Two readings
 * are equal when nothing was stored, changed or removed between them (the audit log and sign-in tokens
 * aside, which a refused request may rightly touch, and the speech cache, which fills in the background
 * from steps shown earlier).
 */
record StoredState(Map<String, String> tables) {
    private static final List<String> TABLES = List.of("services", "users", "people", "conversations",
        "conversation_events", "drafts", "pronunciations", "recordings", "pictures", "imported_boards", "care_record_tokens");

    static StoredState of(Path dataDir) {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("twofold.db"));
             Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    int rows = 0;
                    StringBuilder all = new StringBuilder();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            all.append(rs.getString(i)).append('\u0001');
                        }
                        all.append('\n');
                    }
                    tables.put(table, rows + " rows, content " + Integer.toHexString(all.toString().hashCode()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server's database", e);
        }
        return new StoredState(tables);
    }
}
