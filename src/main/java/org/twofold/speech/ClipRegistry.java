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
import org.twofold.store.Tx;
import java.sql.SQLException;

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
    /** Which clips were lately spoken for which person: "clip person", so a link is saved once. */
    private final Map<String, Boolean> linked = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final LinkedBlockingQueue<Clip> unsaved = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Link> unsavedLinks = new LinkedBlockingQueue<>();
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

    private record Link(String clipId, String personId) {}

    /** Remembers a clip, and the person it was spoken for (null when it was for no one in particular). */
    void remember(Clip clip, String personId) {
        boolean fresh;
        synchronized (recent) {
            fresh = recent.putIfAbsent(clip.id(), clip) == null;
        }
        if (fresh) {
            unsaved.add(clip);
        }
        boolean newLink = false;
        if (personId != null) {
            synchronized (linked) {
                newLink = linked.putIfAbsent(clip.id() + " " + personId, Boolean.TRUE) == null;
            }
        }
        if (newLink) {
            unsavedLinks.add(new Link(clip.id(), personId));
        }
        if (!fresh && !newLink) {
            return;
        }
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

    /** One save at a time, so {@link #flush} returns only once what was waiting is stored. */
    private synchronized void save() {
        saveScheduled.set(false);
        List<Clip> batch = new ArrayList<>();
        unsaved.drainTo(batch);
        List<Link> links = new ArrayList<>();
        unsavedLinks.drainTo(links);
        if (batch.isEmpty() && links.isEmpty()) {
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
                for (Link l : links) {
                    tx.update("INSERT INTO audio_clip_people (clip_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        l.clipId(), l.personId());
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Still served from memory until a restart; the next use of the text saves it again.
            LOG.warn("Could not save {} audio id(s): {}", batch.size(), e.getMessage());
            synchronized (recent) {
                batch.forEach(c -> recent.remove(c.id()));
            }
            synchronized (linked) {
                links.forEach(l -> linked.remove(l.clipId() + " " + l.personId()));
            }
        }
    }

    /** Saves what is waiting now, on the caller's thread: before a person is erased, so none of their clips comes in after. */
    synchronized void flush() {
        save();
    }

    /**
     * Forgets, inside the caller's transaction, the clips spoken for this person and for no one else
     * (a text that others heard too is not theirs alone). Returns the ids, whose audio the caller then removes.
     */
    List<String> forget(Tx tx, String personId) throws SQLException {
        List<String> ids = tx.list("""
            SELECT clip_id FROM audio_clip_people WHERE person_id = ?
            AND clip_id NOT IN (SELECT clip_id FROM audio_clip_people WHERE person_id <> ?)""",
            rs -> rs.getString(1), personId, personId);
        for (String id : ids) {
            tx.update("DELETE FROM audio_clips WHERE id = ?", id);
        }
        tx.update("DELETE FROM audio_clip_people WHERE person_id = ?", personId);
        return ids;
    }

    /** Drops forgotten clips, and the person's links, from memory once their erasure is stored. */
    void dropFromMemory(List<String> ids, String personId) {
        synchronized (recent) {
            ids.forEach(recent::remove);
        }
        synchronized (linked) {
            linked.keySet().removeIf(key -> key.endsWith(" " + personId));
        }
    }

    /** The texts of the clips spoken for this person: what their subject access export lists. */
    List<String> textsFor(Tx tx, String personId) throws SQLException {
        return tx.list("""
            SELECT c.text FROM audio_clips c JOIN audio_clip_people l ON l.clip_id = c.id
            WHERE l.person_id = ? ORDER BY c.created_at, c.id""", rs -> rs.getString(1), personId);
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
