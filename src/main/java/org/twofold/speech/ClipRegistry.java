package org.twofold.speech;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twofold.store.Database;
import org.twofold.store.Times;

/**
 * Which words each issued audio id stands for, so the audio can be made on its first request, also
 * after a restart. Steps are built inside database transactions, so new ids are saved a moment later
 * on a thread of their own: a step never waits for, or deadlocks on, a second write.
 */
final class ClipRegistry implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClipRegistry.class);
    private static final int REMEMBERED = 20_000;
    private static final long SAVE_DELAY_MS = 200;

    private final Database db;
    private final Clock clock;
    private final Map<String, Clip> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Clip> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final LinkedBlockingQueue<Clip> unsaved = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "twofold-clip-registry");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean saveScheduled = new AtomicBoolean();

    ClipRegistry(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void remember(Clip clip) {
        synchronized (recent) {
            if (recent.putIfAbsent(clip.id(), clip) != null) {
                return;
            }
        }
        unsaved.add(clip);
        if (!saveScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            // A short wait gathers the ids of a step, or of a warm-up, into one write.
            saver.schedule(this::save, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Shutting down: audio id {} is not saved", clip.id());
        }
    }

    Optional<Clip> find(String id) {
        synchronized (recent) {
            Clip c = recent.get(id);
            if (c != null) {
                return Optional.of(c);
            }
        }
        return db.read(tx -> tx.one("SELECT id, voice, rate, text, scope FROM audio_clips WHERE id = ?",
            rs -> new Clip(rs.getString(1), rs.getString(2), Rate.fromCode(rs.getString(3)).orElse(Rate.NORMAL), rs.getString(4),
                rs.getString(5)), id));
    }

    private void save() {
        saveScheduled.set(false);
        List<Clip> batch = new ArrayList<>();
        unsaved.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        String now = Times.format(clock.instant());
        try {
            db.write(tx -> {
                for (Clip c : batch) {
                    tx.update("""
                        INSERT INTO audio_clips (id, voice, rate, text, scope, created_at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""", c.id(), c.voice(), c.rate().code(), c.spoken(), c.scope(), now);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Still served from memory until a restart; the next use of the text saves it again.
            LOG.warn("Could not save {} audio id(s): {}", batch.size(), e.getMessage());
            synchronized (recent) {
                batch.forEach(c -> recent.remove(c.id()));
            }
        }
    }

    /** Saves what is waiting, then stops. */
    @Override
    public void close() {
        saver.shutdown();
        try {
            if (!saver.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Audio ids were still being saved at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
