package org.twofold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.web.ApiException;

/** The one writer commits the writes waiting together, on a real SQLite file: all of them, or each failure alone. */
class ManyWritersShareOneCommit {
    private static final int THREADS = 24;
    private static final int WRITES_EACH = 25;

    @TempDir
    Path dir;

    private final ExecutorService callers = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void everyWriteFromManyThreadsAtOnceIsThereAfterReopening() throws Exception {
        try (Database db = Database.open(dir)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(callers.submit(() -> {
                    go.await();
                    int stored = 0;
                    for (int i = 0; i < WRITES_EACH; i++) {
                        String id = thread + "-" + i;
                        stored += db.write(tx -> tx.update("INSERT INTO services (id, name, created_at) VALUES (?, ?, 'now')", id, "Service " + id));
                    }
                    return stored;
                }));
            }
            go.countDown();
            for (Future<Integer> f : done) {
                assertEquals(WRITES_EACH, f.get(2, TimeUnit.MINUTES).intValue());
            }
        }
        try (Database reopened = Database.open(dir)) {
            assertEquals(THREADS * WRITES_EACH, services(reopened));
            assertEquals(Integer.valueOf(1), reopened.read(tx -> tx.one("SELECT COUNT(*) FROM services WHERE id = ?",
                rs -> rs.getInt(1), (THREADS - 1) + "-" + (WRITES_EACH - 1)).orElseThrow()));
        }
    }

    @Test
    void aFailingWriteRollsBackAloneAndItsCallerGetsItsOwnException() throws Exception {
        ApiException refused = new ApiException.Conflict("This step was already answered.");
        try (Database db = Database.open(dir)) {
            db.write(tx -> tx.update("INSERT INTO services (id, name, created_at) VALUES ('taken', 'Taken', 'now')"));
            // Hold the writer inside a first write, so the next four wait and are committed together.
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = callers.submit(() -> db.write(tx -> {
                holding.countDown();
                await(release);
                return tx.update("INSERT INTO services (id, name, created_at) VALUES ('first', 'First', 'now')");
            }));
            assertTrue(holding.await(1, TimeUnit.MINUTES));
            Future<Integer> before = callers.submit(() -> insert(db, "before"));
            Future<Integer> refusedOne = callers.submit(() -> db.write(tx -> {
                tx.update("INSERT INTO services (id, name, created_at) VALUES ('refused', 'Refused', 'now')");
                throw refused;
            }));
            Future<Integer> clash = callers.submit(() -> insert(db, "taken"));
            Future<Integer> after = callers.submit(() -> insert(db, "after"));
            waitUntil(() -> db.writesWaiting() == 4);
            release.countDown();

            assertEquals(1, first.get(1, TimeUnit.MINUTES).intValue());
            assertEquals(1, before.get(1, TimeUnit.MINUTES).intValue());
            assertEquals(1, after.get(1, TimeUnit.MINUTES).intValue());
            assertSame(refused, causeOf(refusedOne), "the caller gets the very exception its work threw");
            assertInstanceOf(StoreException.class, causeOf(clash), "a failed statement is a StoreException, as before");
            assertTrue(exists(db, "before") && exists(db, "after") && exists(db, "first"));
            assertFalse(exists(db, "refused"), "nothing of the refused write is stored");
        }
        try (Database reopened = Database.open(dir)) {
            assertEquals(4, services(reopened));
            assertFalse(exists(reopened, "refused"));
        }
    }

    @Test
    void aWriteStartedInsideAWriteJoinsItsTransaction() {
        try (Database db = Database.open(dir)) {
            assertThrows(IllegalStateException.class, () -> db.write(tx -> {
                tx.update("INSERT INTO services (id, name, created_at) VALUES ('outer', 'Outer', 'now')");
                db.write(inner -> inner.update("INSERT INTO services (id, name, created_at) VALUES ('inner', 'Inner', 'now')"));
                throw new IllegalStateException("the outer write fails after the inner one");
            }));
            assertEquals(0, services(db), "the inner write is undone with the outer one");
            db.write(tx -> db.write(inner -> inner.update("INSERT INTO services (id, name, created_at) VALUES ('inner', 'Inner', 'now')")));
            assertTrue(exists(db, "inner"));
        }
    }

    private static int insert(Database db, String id) {
        return db.write(tx -> tx.update("INSERT INTO services (id, name, created_at) VALUES (?, ?, 'now')", id, id));
    }

    private static boolean exists(Database db, String id) {
        return db.read(tx -> tx.one("SELECT 1 FROM services WHERE id = ?", rs -> true, id)).isPresent();
    }

    private static int services(Database db) {
        return db.read(tx -> tx.one("SELECT COUNT(*) FROM services", rs -> rs.getInt(1)).orElseThrow());
    }

    private static Throwable causeOf(Future<?> f) throws Exception {
        try {
            f.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        return fail("the write should have failed");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a state (not for a time), with a generous upper bound. */
    private static void waitUntil(java.util.function.BooleanSupplier state) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!state.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("the writes never came to wait together");
            }
            Thread.onSpinWait();
        }
    }
}
