package org.twofold.board;

import java.sql.SQLException;
import java.util.Optional;
import org.twofold.store.Database;
import org.twofold.store.Tx;

/** Stored pictures (table pictures): an imported board's images now, people's own photos later. */
public final class Pictures {
    private static final Tx.Row<Picture> PICTURE = rs -> new Picture(rs.getString("id"), rs.getString("person_id"),
        rs.getString("content_type"), rs.getBytes("bytes"), rs.getInt("width"), rs.getInt("height"), rs.getString("created_by"),
        rs.getString("created_at"));

    private final Database db;

    public Pictures(Database db) {
        this.db = db;
    }

    /** Inside the caller's transaction: stores one picture. */
    void save(Tx tx, Picture p) throws SQLException {
        tx.update("""
            INSERT INTO pictures (id, person_id, content_type, bytes, width, height, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", p.id(), p.personId(), p.contentType(), p.bytes(), p.width(), p.height(),
            p.createdBy(), p.createdAt());
    }

    public Optional<Picture> find(String id) {
        return db.read(tx -> tx.one("SELECT * FROM pictures WHERE id = ?", PICTURE, id));
    }
}
