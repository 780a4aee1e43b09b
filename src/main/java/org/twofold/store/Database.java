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
 * The SQLite database file: a small pool of connections that read, and one writer that commits
 * the writes waiting at the same moment together ({@link GroupCommit}). In WAL mode the readers
 * never wait for the writer. Stores never see a raw connection outside a {@link Tx}.
 */
public final class Database implements AutoCloseable {
    /** Readers only: they never wait for the writer, so a few more than the cores keep requests from queueing for one. */
    private static final int POOL_SIZE = 8;

    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    private final Path file;
    private final GroupCommit writer;

    private Database(Path file) {
        this.file = file;
        this.writer = new GroupCommit(connect(file));
        for (int i = 0; i < POOL_SIZE; i++) {
            pool.add(connect(file));
        }
    }

    /** Opens (creating if needed) the database under the data directory and applies migrations. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create data directory " + dataDir, e);
        }
        Database db = new Database(dataDir.resolve("twofold.db"));
        try {
            db.write(tx -> {
                Migrations.apply(tx);
                return null;
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Path file() {
        return file;
    }

    private static Connection connect(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                // WAL keeps readers off the writer's back; foreign keys are off by default in SQLite.
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                // FULL: each commit is on disk before its callers are answered, safe against power loss.
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

    /** Runs work that only reads, off the writer's path. */
    public <T> T read(Work<T> work) {
        Connection c = take();
        try {
            return work.run(new Tx(c));
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /**
     * Runs work in one transaction: all of it is stored, or none of it. Returns once it is committed
     * (and on disk); an exception the work throws reaches the caller unchanged, and nothing of it is stored.
     */
    public <T> T write(Work<T> work) {
        return writer.write(work);
    }

    /** How many writes are waiting for the writer's next commit. */
    int writesWaiting() {
        return writer.waiting();
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
        writer.close();
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
