package org.twofold.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The SQLite database file and a small pool of connections, each set up the same way.
 * Stores never see a raw connection outside a {@link Tx}.
 */
public final class Database implements AutoCloseable {
    private static final int POOL_SIZE = 4;

    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    private final Path file;

    private Database(Path file) {
        this.file = file;
    }

    /** Opens (creating if needed) the database under the data directory and applies migrations. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create data directory " + dataDir, e);
        }
        Database db = new Database(dataDir.resolve("twofold.db"));
        for (int i = 0; i < POOL_SIZE; i++) {
            db.pool.add(db.connect());
        }
        db.write(tx -> {
            Migrations.apply(tx);
            return null;
        });
        return db;
    }

    public Path file() {
        return file;
    }

    private Connection connect() {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                // WAL keeps readers off the writer's back; foreign keys are off by default in SQLite.
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA synchronous=FULL");
                // Deleted rows are overwritten with zeros, so an erased person's words do not linger in free pages.
                s.execute("PRAGMA secure_delete=ON");
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException("Cannot open database " + file, e);
        }
    }

    /**
     * Leaves no copy of deleted rows in any file: VACUUM rewrites the database without its free pages
     * (which may hold content deleted before secure_delete was on), then the WAL is copied in and emptied.
     */
    public void scrub() {
        Connection c = take();
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM");
            for (int attempt = 0; attempt < 50; attempt++) {
                try (var rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    // The first column is 1 while a reader still holds part of the WAL: that reader ends soon.
                    if (rs.next() && rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
            throw new StoreException("The write-ahead log could not be emptied: readers kept it busy", null);
        } catch (SQLException e) {
            throw new StoreException("Database error while scrubbing: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while scrubbing the database", e);
        } finally {
            pool.add(c);
        }
    }

    /** Runs work that only reads. */
    public <T> T read(Work<T> work) {
        return run(work, false);
    }

    /** Runs work in one transaction: all of it is stored, or none of it. */
    public <T> T write(Work<T> work) {
        return run(work, true);
    }

    private <T> T run(Work<T> work, boolean writes) {
        Connection c = take();
        try {
            if (writes) {
                try (Statement s = c.createStatement()) {
                    // Take the write lock up front so two writers never deadlock on upgrade.
                    s.execute("BEGIN IMMEDIATE");
                }
            }
            T result = work.run(new Tx(c));
            if (writes) {
                try (Statement s = c.createStatement()) {
                    s.execute("COMMIT");
                }
            }
            return result;
        } catch (SQLException e) {
            rollback(c, writes);
            throw new StoreException("Database error: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(c, writes);
            throw e;
        } finally {
            pool.add(c);
        }
    }

    private static void rollback(Connection c, boolean writes) {
        if (!writes) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // Nothing was begun, or SQLite already rolled back.
        }
    }

    private Connection take() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted waiting for a database connection", e);
        }
    }

    @Override
    public void close() {
        for (Connection c : pool) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing at shutdown: nothing left to do.
            }
        }
        pool.clear();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }
}
