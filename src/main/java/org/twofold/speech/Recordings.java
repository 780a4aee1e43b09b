package org.twofold.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.twofold.store.Database;
import org.twofold.store.Tx;

/**
 * People's recordings: the audio in files under the data directory, the facts in the database, and
 * an index in memory of which keys each person has, so building a step never waits on the database.
 */
public final class Recordings {
    private static final Tx.Row<Recording> RECORDING = rs -> new Recording(rs.getString("id"), rs.getString("person_id"),
        rs.getString("key"), rs.getString("content_type"), rs.getLong("size"), rs.getString("created_by"), rs.getString("created_at"));

    private final Database db;
    private final Path dir;
    private final RecordingQuota quota;
    private final Map<String, Map<String, String>> idByKeyByPerson = new ConcurrentHashMap<>();

    private Recordings(Database db, Path dir, RecordingQuota quota) {
        this.db = db;
        this.dir = dir;
        this.quota = quota;
    }

    public static Recordings load(Database db, Path dataDir) {
        return load(db, dataDir, RecordingQuota.PER_PERSON);
    }

    /** The recordings under the data directory, each person keeping within the quota. */
    public static Recordings load(Database db, Path dataDir, RecordingQuota quota) {
        Recordings r = new Recordings(db, dataDir.resolve("recordings"), quota);
        db.read(tx -> tx.list("SELECT id, person_id, key FROM recordings", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}))
            .forEach(row -> r.index(row[1]).put(row[2], row[0]));
        r.removeUnknownFiles();
        return r;
    }

    /** The recording that says this key for this person, if they have one. */
    public Optional<String> idFor(String personId, String key) {
        Map<String, String> keys = personId == null ? null : idByKeyByPerson.get(personId);
        return keys == null ? Optional.empty() : Optional.ofNullable(keys.get(key));
    }

    /**
     * Stores a recording, replacing the person's earlier one for the same key. One at a time, so that two uploads
     * together cannot both pass the quota; a recording over it is refused before anything is written.
     */
    public synchronized Recording save(Recording r, byte[] audio) {
        withinQuota(r);
        Path file = fileOf(r.id());
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, r.id(), ".part");
            Files.write(temp, audio);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a recording", e);
        }
        Optional<Recording> replaced;
        try {
            replaced = db.write(tx -> {
                Optional<Recording> earlier = tx.one("SELECT * FROM recordings WHERE person_id = ? AND key = ?", RECORDING, r.personId(), r.key());
                if (earlier.isPresent()) {
                    tx.update("DELETE FROM recordings WHERE id = ?", earlier.get().id());
                }
                tx.update("""
                    INSERT INTO recordings (id, person_id, key, content_type, size, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", r.id(), r.personId(), r.key(), r.contentType(), r.size(), r.createdBy(), r.createdAt());
                return earlier;
            });
        } catch (RuntimeException e) {
            deleteFile(r.id());
            throw e;
        }
        index(r.personId()).put(r.key(), r.id());
        replaced.ifPresent(old -> deleteFile(old.id()));
        return r;
    }

    private void withinQuota(Recording r) {
        long[] kept = db.read(tx -> tx.one("""
            SELECT COUNT(*), COALESCE(SUM(size), 0) FROM recordings WHERE person_id = ? AND key <> ?""",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)}, r.personId(), r.key())).orElseThrow();
        if (!quota.allows((int) kept[0], kept[1], r.size())) {
            throw new SpeechErrors.QuotaReached("This person has as many recordings as can be kept (" + quota.inWords()
                + "). Delete one they no longer need, then record again.");
        }
    }

    public List<Recording> of(String personId) {
        return db.read(tx -> tx.list("SELECT * FROM recordings WHERE person_id = ? ORDER BY created_at, id", RECORDING, personId));
    }

    public Optional<Recording> find(String personId, String id) {
        return db.read(tx -> tx.one("SELECT * FROM recordings WHERE person_id = ? AND id = ?", RECORDING, personId, id));
    }

    public byte[] audio(Recording r) {
        try {
            return Files.readAllBytes(fileOf(r.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read recording " + r.id(), e);
        }
    }

    public void delete(Recording r) {
        db.write(tx -> tx.update("DELETE FROM recordings WHERE id = ?", r.id()));
        index(r.personId()).remove(r.key(), r.id());
        deleteFile(r.id());
    }

    /** Inside the caller's transaction: forgets every recording of this person. Their files go with {@link #dropFiles}. */
    public List<Recording> forget(Tx tx, String personId) throws java.sql.SQLException {
        List<Recording> theirs = tx.list("SELECT * FROM recordings WHERE person_id = ?", RECORDING, personId);
        tx.update("DELETE FROM recordings WHERE person_id = ?", personId);
        return theirs;
    }

    /** Removes forgotten recordings' files and index entries, once their erasure is stored. */
    public void dropFiles(String personId, List<Recording> forgotten) {
        idByKeyByPerson.remove(personId);
        forgotten.forEach(r -> deleteFile(r.id()));
    }


    /**
     * Files that no recording names: left by a stop between storing an erasure and deleting its files,
     * or by an upload cut short. Nothing else may hold a person's voice.
     */
    private void removeUnknownFiles() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        idByKeyByPerson.values().forEach(keys -> known.addAll(keys.values()));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!known.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy the recordings folder " + dir, e);
        }
    }

    private Map<String, String> index(String personId) {
        return idByKeyByPerson.computeIfAbsent(personId, p -> new ConcurrentHashMap<>());
    }

    private Path fileOf(String id) {
        return dir.resolve(id);
    }

    private void deleteFile(String id) {
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete recording " + id, e);
        }
    }
}
