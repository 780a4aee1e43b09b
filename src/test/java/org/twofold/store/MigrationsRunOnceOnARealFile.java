package org.twofold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsRunOnceOnARealFile {
    @TempDir
    Path dir;

    @Test
    void openingTwiceAppliesEachVersionOnce() {
        try (Database db = Database.open(dir)) {
            assertTrue(Files.exists(dir.resolve("twofold.db")));
        }
        try (Database db = Database.open(dir)) {
            Integer rows = db.read(tx -> tx.one("SELECT COUNT(*) FROM schema_version", rs -> rs.getInt(1)).orElseThrow());
            assertEquals(Migrations.ALL.size(), rows.intValue());
            Integer latest = db.read(tx -> tx.one("SELECT MAX(version) FROM schema_version", rs -> rs.getInt(1)).orElseThrow());
            assertEquals(Migrations.latest(), latest.intValue());
        }
    }

    @Test
    void connectionsUseWalAndForeignKeys() {
        try (Database db = Database.open(dir)) {
            assertEquals("wal", db.read(tx -> tx.one("PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow()));
            assertEquals(Integer.valueOf(1), db.read(tx -> tx.one("PRAGMA foreign_keys", rs -> rs.getInt(1)).orElseThrow()));
            assertThrows(StoreException.class, () -> db.write(tx -> tx.update(
                "INSERT INTO people (id, service_id, name, created_at) VALUES ('p', 'no-such-service', 'X', 'now')")));
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir)) {
            assertThrows(IllegalStateException.class, () -> db.write(tx -> {
                tx.update("INSERT INTO services (id, name, created_at) VALUES ('s1', 'One', 'now')");
                throw new IllegalStateException("half way");
            }));
            assertEquals(Integer.valueOf(0), db.read(tx -> tx.one("SELECT COUNT(*) FROM services", rs -> rs.getInt(1)).orElseThrow()));
        }
    }
}
