package org.twofold.board;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.twofold.store.Database;
import org.twofold.store.Tx;

/**
 * The boards services imported, kept per service: in the database (the board as read, and the file as it
 * came) and in memory by id, so that each service sees its own beside the shipped boards.
 */
final class ImportedBoards {
    /** What the board column holds: the board, its scale when that is not in the library, and each card's button. */
    private record Stored(Board board, Scale scale, Map<String, String> buttonOfCard) {}

    private final Database db;
    private final ObjectMapper json;
    private final Map<String, ImportedBoard> byId = new ConcurrentHashMap<>();

    ImportedBoards(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Reads every imported board from the database; the caller adds them to the boards offered. */
    List<ImportedBoard> load() {
        List<ImportedBoard> all = db.read(tx -> tx.list("SELECT service_id, board, original FROM imported_boards ORDER BY imported_at, id",
            rs -> read(rs.getString(1), rs.getString(2), rs.getString(3))));
        all.forEach(b -> byId.put(b.board().id(), b));
        return all;
    }

    /** Inside the caller's transaction: stores one imported board. */
    void save(Tx tx, ImportedBoard b, String importedBy, String importedAt) throws SQLException {
        tx.update("""
            INSERT INTO imported_boards (id, service_id, board, original, imported_by, imported_at)
            VALUES (?, ?, ?, ?, ?, ?)""", b.board().id(), b.serviceId(), write(new Stored(b.board(), b.ownScale(), b.buttonOfCard())),
            write(b.original()), importedBy, importedAt);
    }

    /** Once stored: the board is known here. */
    void known(ImportedBoard b) {
        byId.put(b.board().id(), b);
    }

    Optional<ImportedBoard> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }


    private ImportedBoard read(String serviceId, String board, String original) {
        try {
            Stored s = json.readValue(board, Stored.class);
            return new ImportedBoard(serviceId, s.board(), s.scale(), (ObjectNode) json.readTree(original), s.buttonOfCard());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An imported board cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An imported board cannot be written: " + e.getOriginalMessage(), e);
        }
    }
}
