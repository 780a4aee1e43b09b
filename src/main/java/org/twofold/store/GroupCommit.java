package org.twofold.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twofold.store.Database.Work;

/**
 * The one writer: a thread with the one connection that writes. It takes all the write work
 * waiting at that moment and commits it in one transaction, so one fsync serves them all. Each
 * unit runs in its own savepoint: a unit that fails is rolled back alone and its exception goes
 * to its caller, while the others commit. A caller gets its result only once its batch has
 * committed (with synchronous=FULL, once it is on disk), or the failure if it did not.
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Bounds one transaction, so a flood of work is committed in steps rather than all at the end. */
    private static final int MOST_IN_ONE_COMMIT = 512;

    private final Connection connection;
    private final BlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Object closing = new Object();
    private boolean closed;
    private int nesting;

    GroupCommit(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::commitWhatWaits, "twofold-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the work in the next commit and waits until that commit is done; failures reach the caller unchanged. */
    <T> T write(Work<T> work) {
        if (Thread.currentThread() == thread) {
            return nested(work);
        }
        Unit<T> unit = new Unit<>(work);
        synchronized (closing) {
            if (closed) {
                throw new StoreException("The database is closed", null);
            }
            waiting.add(unit);
        }
        return unit.outcome();
    }

    /** How many writes are waiting for the next commit. */
    int waiting() {
        return waiting.size();
    }

    /** One caller's work and, once its batch is done, what came of it. */
    private static final class Unit<T> {
        private final Work<T> work;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;

        Unit(Work<T> work) {
            this.work = work;
        }

        void run(Tx tx) throws SQLException {
            result = work.run(tx);
        }

        void committed() {
            done.complete(result);
        }

        void failed(Throwable failure) {
            done.completeExceptionally(failure);
        }

        /** Waits for the commit (not cut short by an interrupt: the work may commit all the same). */
        T outcome() {
            try {
                return done.join();
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new StoreException("Database error: " + cause.getMessage(), cause);
            }
        }
    }

    private void commitWhatWaits() {
        List<Unit<?>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                continue;
            }
            waiting.drainTo(batch, MOST_IN_ONE_COMMIT - 1);
            boolean last = batch.remove(Stop.UNIT);
            if (!batch.isEmpty()) {
                try {
                    commit(batch);
                } catch (RuntimeException | Error e) {
                    // Never leave a caller waiting: whatever is not yet answered is told the commit failed.
                    LOG.error("The writer failed on a commit", e);
                    rollBack();
                    StoreException failure = new StoreException("Database error: the change was not stored", e);
                    batch.forEach(u -> u.failed(failure));
                }
            }
            batch.clear();
            if (last) {
                return;
            }
        }
    }

    private void commit(List<Unit<?>> batch) {
        try {
            // Take the write lock up front: another process writing the same file is waited for, never deadlocked with.
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            StoreException failure = new StoreException("Database error: " + e.getMessage(), e);
            batch.forEach(u -> u.failed(failure));
            return;
        }
        List<Unit<?>> done = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Unit<?> unit = batch.get(i);
            try {
                execute("SAVEPOINT unit");
                unit.run(new Tx(connection));
                execute("RELEASE unit");
                done.add(unit);
            } catch (SQLException | RuntimeException | Error failure) {
                if (!rollBackOnly(unit, failure)) {
                    abandon(done, batch.subList(i + 1, batch.size()), failure);
                    return;
                }
            }
        }
        try {
            execute("COMMIT");
        } catch (SQLException e) {
            abandon(done, List.of(), e);
            return;
        }
        done.forEach(Unit::committed);
    }

    /** Undoes one unit and hands it its failure; false when SQLite had already undone the whole transaction. */
    private boolean rollBackOnly(Unit<?> unit, Throwable failure) {
        unit.failed(failure instanceof SQLException e ? new StoreException("Database error: " + e.getMessage(), e) : failure);
        try {
            execute("ROLLBACK TO unit");
            execute("RELEASE unit");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The transaction is lost: nothing in it is stored, and every unit still waiting is told. */
    private void abandon(List<Unit<?>> done, List<Unit<?>> notRun, Throwable cause) {
        rollBack();
        LOG.warn("A commit of {} unit(s) failed and was rolled back: {}", done.size() + notRun.size(), cause.getMessage());
        StoreException failure = new StoreException("Database error: the change was not stored (" + cause.getMessage() + ")", cause);
        done.forEach(u -> u.failed(failure));
        notRun.forEach(u -> u.failed(failure));
    }

    private void rollBack() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // Nothing was begun, or SQLite already rolled back.
        }
    }

    /** Work started by work already on the writer joins the running transaction, in a savepoint of its own. */
    private <T> T nested(Work<T> work) {
        String name = "nested" + (++nesting);
        try {
            execute("SAVEPOINT " + name);
            try {
                T result = work.run(new Tx(connection));
                execute("RELEASE " + name);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                execute("ROLLBACK TO " + name);
                execute("RELEASE " + name);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        } finally {
            nesting--;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Commits what is waiting, then stops the writer and closes its connection; later writes are refused. */
    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.add(Stop.UNIT);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing at shutdown: nothing left to do.
        }
    }

    /** The mark that tells the writer to stop once what came before it is committed. */
    private static final class Stop {
        static final Unit<Void> UNIT = new Unit<>(tx -> null);
    }
}
