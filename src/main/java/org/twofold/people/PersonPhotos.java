package org.twofold.people;

import java.util.Optional;
import org.twofold.board.Photo;
import org.twofold.board.PhotoCards;
import org.twofold.store.Database;

/** A person's own photo (one at most), kept privately with them: erased with them, exported with them. */
public final class PersonPhotos {
    private final Database db;

    public PersonPhotos(Database db) {
        this.db = db;
    }

    /** Keeps the photo, in place of any earlier one. */
    public void save(String personId, Photo photo, String by, String at) {
        db.write(tx -> tx.update("""
            INSERT INTO person_photos (person_id, content_type, bytes, width, height, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, width = excluded.width,
                height = excluded.height, created_by = excluded.created_by, created_at = excluded.created_at""",
            personId, photo.contentType(), photo.bytes(), photo.width(), photo.height(), by, at));
    }

    public Optional<PhotoCards.Stored> find(String personId) {
        return db.read(tx -> tx.one("SELECT content_type, bytes FROM person_photos WHERE person_id = ?",
            rs -> new PhotoCards.Stored(rs.getString(1), rs.getBytes(2)), personId));
    }

    public boolean has(String personId) {
        return db.read(tx -> tx.one("SELECT 1 FROM person_photos WHERE person_id = ?", rs -> true, personId)).isPresent();
    }

    /** Removes the photo; false if there was none. */
    public boolean delete(String personId) {
        return db.write(tx -> tx.update("DELETE FROM person_photos WHERE person_id = ?", personId)) > 0;
    }
}
