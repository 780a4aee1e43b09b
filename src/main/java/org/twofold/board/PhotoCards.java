package org.twofold.board;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.twofold.store.Database;
import org.twofold.store.Tx;

/**
 * People's photo cards, the photo kept in the database beside its facts. Every read names the person
 * (or the conversation and its service), so a photo is only ever found for its own person.
 */
public final class PhotoCards {
    private static final String FACTS = "id, person_id, board_id, label, say, dialogue, content_type, width, height, created_by, created_at";
    private static final Tx.Row<PhotoCard> PHOTO_CARD = rs -> new PhotoCard(rs.getString("id"), rs.getString("person_id"),
        rs.getString("board_id"), rs.getString("label"), rs.getString("say"), rs.getString("dialogue"), rs.getString("content_type"),
        rs.getInt("width"), rs.getInt("height"), rs.getString("created_by"), rs.getString("created_at"));

    /** A photo's bytes and what they are. */
    public record Stored(String contentType, byte[] bytes) {}

    private final Database db;

    public PhotoCards(Database db) {
        this.db = db;
    }

    public PhotoCard add(PhotoCard card, byte[] bytes) {
        return db.write(tx -> {
            tx.update("""
                INSERT INTO photo_cards (id, person_id, board_id, label, say, dialogue, content_type, bytes, width, height, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                card.id(), card.personId(), card.boardId(), card.label(), card.say(), card.dialogue(), card.contentType(), bytes,
                card.width(), card.height(), card.createdBy(), card.createdAt());
            return card;
        });
    }

    /** The person's photo cards, on every board, oldest first. */
    public List<PhotoCard> of(String personId) {
        return db.read(tx -> tx.list("SELECT " + FACTS + " FROM photo_cards WHERE person_id = ? ORDER BY created_at, id",
            PHOTO_CARD, personId));
    }

    /** The cards the person has added to this board, oldest first, as the board shows them. */
    public List<Card> onBoard(Tx tx, String personId, String boardId) throws SQLException {
        return tx.list("SELECT " + FACTS + " FROM photo_cards WHERE person_id = ? AND board_id = ? ORDER BY created_at, id",
            PHOTO_CARD, personId, boardId).stream().map(PhotoCard::card).toList();
    }

    public List<Card> onBoard(String personId, String boardId) {
        return db.read(tx -> onBoard(tx, personId, boardId));
    }

    public Optional<PhotoCard> find(String personId, String cardId) {
        return db.read(tx -> tx.one("SELECT " + FACTS + " FROM photo_cards WHERE person_id = ? AND id = ?", PHOTO_CARD, personId, cardId));
    }

    /** The photo of one of the person's cards. */
    public Optional<Stored> photo(String personId, String cardId) {
        return db.read(tx -> tx.one("SELECT content_type, bytes FROM photo_cards WHERE person_id = ? AND id = ?",
            rs -> new Stored(rs.getString(1), rs.getBytes(2)), personId, cardId));
    }


    /** Deletes one of the person's cards; false when they have no such card. */
    public boolean delete(String personId, String cardId) {
        return db.write(tx -> tx.update("DELETE FROM photo_cards WHERE person_id = ? AND id = ?", personId, cardId)) > 0;
    }
}
