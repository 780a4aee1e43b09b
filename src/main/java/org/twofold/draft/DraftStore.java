package org.twofold.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.twofold.store.Database;
import org.twofold.store.StoreException;
import org.twofold.store.Tx;

/** Drafts, one per finished conversation, kept as the JSON the API returns. */
public final class DraftStore {
    private final Database db;
    private final ObjectMapper json;

    public DraftStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Saves inside the caller's transaction, so a conversation never finishes without its draft. */
    public void save(Tx tx, Draft draft) throws SQLException {
        tx.update("""
            INSERT INTO drafts (id, conversation_id, person_id, status, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""",
            draft.id(), draft.conversationId(), draft.personId(), draft.status(), write(draft), draft.createdAt());
    }

    /** Replaces a draft's body; the draft keeps its own record of what changed. */
    public void update(Draft draft) {
        db.write(tx -> tx.update("UPDATE drafts SET body = ? WHERE id = ?", write(draft), draft.id()));
    }

    public Optional<Draft> forConversation(String conversationId) {
        return db.read(tx -> tx.one("SELECT body FROM drafts WHERE conversation_id = ?",
            rs -> read(rs.getString(1)), conversationId));
    }

    /** A draft by its own id; whose it is, and so who may see it, is checked through its person. */
    public Optional<Draft> find(String id) {
        return db.read(tx -> tx.one("SELECT body FROM drafts WHERE id = ?", rs -> read(rs.getString(1)), id));
    }

    /** Every draft of the people in one service, newest first: what goal-quality sampling reads. */
    public List<Draft> forService(String serviceId) {
        return db.read(tx -> tx.list("""
            SELECT d.body FROM drafts d JOIN people p ON p.id = d.person_id
            WHERE p.service_id = ?
            ORDER BY d.created_at DESC, d.id""", rs -> read(rs.getString(1)), serviceId));
    }

    private String write(Draft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write draft " + draft.id(), e);
        }
    }

    private Draft read(String body) {
        try {
            return json.readValue(body, Draft.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored draft cannot be read", e);
        }
    }
}
