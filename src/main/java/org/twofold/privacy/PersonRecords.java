package org.twofold.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.twofold.store.Tx;

/**
 * Every row held about one person, across the features' tables, read whole for a subject access export
 * or deleted for an erasure. Rows are read column by column, so a column added later is exported too.
 */
final class PersonRecords {
    /** Columns that hold JSON: exported as JSON, not as a string of it. */
    private static final Set<String> JSON_COLUMNS = Set.of("display_settings", "signs", "communication", "present", "consent", "slots", "body", "mat");
    private static final String THEIR_CONVERSATIONS = "(SELECT id FROM conversations WHERE person_id = ?)";

    private final ObjectMapper json;

    PersonRecords(ObjectMapper json) {
        this.json = json;
    }

    Optional<Map<String, Object>> person(Tx tx, String personId) throws SQLException {
        return tx.one("SELECT * FROM people WHERE id = ?", this::row, personId);
    }

    List<Map<String, Object>> conversations(Tx tx, String personId) throws SQLException {
        List<Map<String, Object>> conversations = tx.list("SELECT * FROM conversations WHERE person_id = ? ORDER BY started_at, id",
            this::row, personId);
        for (Map<String, Object> c : conversations) {
            String id = (String) c.get("id");
            c.put("events", tx.list("SELECT * FROM conversation_events WHERE conversation_id = ? ORDER BY seq", this::row, id));
            c.put("drafts", tx.list("SELECT * FROM drafts WHERE conversation_id = ? ORDER BY created_at, id", this::row, id));
            c.put("mats", tx.list("SELECT * FROM mat_snapshots WHERE conversation_id = ? ORDER BY seq", this::row, id));
        }
        return conversations;
    }

    List<Map<String, Object>> recordings(Tx tx, String personId) throws SQLException {
        return tx.list("SELECT * FROM recordings WHERE person_id = ? ORDER BY created_at, id", this::row, personId);
    }

    /** The person's photo cards, each with its photo, base64-encoded, so the export is one file. */
    List<Map<String, Object>> photoCards(Tx tx, String personId) throws SQLException {
        return tx.list("SELECT * FROM photo_cards WHERE person_id = ? ORDER BY created_at, id", this::withPhoto, personId);
    }

    /** The person's own photo, base64-encoded, or nothing. */
    Optional<Map<String, Object>> photo(Tx tx, String personId) throws SQLException {
        return tx.one("SELECT * FROM person_photos WHERE person_id = ?", this::withPhoto, personId);
    }

    /** A row whose photo (bytes) is given base64-encoded, as photoBase64. */
    private Map<String, Object> withPhoto(ResultSet rs) throws SQLException {
        Map<String, Object> row = row(rs);
        Object photo = row.remove("bytes");
        row.put("photoBase64", photo instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : null);
        return row;
    }

    /** Which advocates act for the person. */
    List<Map<String, Object>> advocates(Tx tx, String personId) throws SQLException {
        return tx.list("SELECT * FROM advocate_assignments WHERE person_id = ? ORDER BY assigned_at, user_id", this::row, personId);
    }

    /** Audit entries about the person and about each of their conversations. */
    List<Map<String, Object>> audit(Tx tx, String personId) throws SQLException {
        return tx.list("""
            SELECT at, actor, action, subject FROM audit_log
            WHERE subject = 'person:' || ?
               OR subject IN (SELECT 'conversation:' || id FROM conversations WHERE person_id = ?)
            ORDER BY at, id""", this::row, personId, personId);
    }

    /** Deletes the person's conversations with their events, mats, drafts and join tokens, their photo cards, photo and advocates, then the person. */
    void erase(Tx tx, String personId) throws SQLException {
        tx.update("DELETE FROM conversation_events WHERE conversation_id IN " + THEIR_CONVERSATIONS, personId);
        tx.update("DELETE FROM mat_snapshots WHERE conversation_id IN " + THEIR_CONVERSATIONS, personId);
        tx.update("DELETE FROM access_tokens WHERE conversation_id IN " + THEIR_CONVERSATIONS, personId);
        tx.update("DELETE FROM drafts WHERE person_id = ? OR conversation_id IN " + THEIR_CONVERSATIONS, personId, personId);
        tx.update("DELETE FROM conversations WHERE person_id = ?", personId);
        tx.update("DELETE FROM photo_cards WHERE person_id = ?", personId);
        tx.update("DELETE FROM person_photos WHERE person_id = ?", personId);
        tx.update("DELETE FROM advocate_assignments WHERE person_id = ?", personId);
        tx.update("DELETE FROM people WHERE id = ?", personId);
    }

    private Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i);
            Object value = rs.getObject(i);
            out.put(camelCase(column), value instanceof String text && JSON_COLUMNS.contains(column) ? parsed(text) : value);
        }
        return out;
    }

    private Object parsed(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
