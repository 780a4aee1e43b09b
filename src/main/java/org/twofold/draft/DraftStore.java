package org.twofold.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.twofold.store.Database;
import org.twofold.store.StoreException;
import org.twofold.store.Tx;

/**
 * Drafts, kept as the JSON the API returns. Each is one version of a record: a conversation's draft is
 * version 1, and a new version of an approved plan is another row of the same record. Where a draft stands
 * (status, version, revision) is kept in columns too, so that a change made since it was read is refused.
 */
public final class DraftStore {
    private static final String COLUMNS = "id, record_id, version, revision, status, status_at, body";

    private final Database db;
    private final ObjectMapper json;

    public DraftStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Saves inside the caller's transaction, so a conversation never finishes without its draft. */
    public void save(Tx tx, Draft draft) throws SQLException {
        tx.update("""
            INSERT INTO drafts (id, record_id, version, conversation_id, person_id, status, status_at, revision, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            draft.id(), draft.recordId(), draft.version(), draft.conversationId(), draft.personId(), draft.status(),
            draft.statusAt(), draft.revision(), write(draft), draft.createdAt());
    }

    /**
     * Replaces a draft with its next revision, if no one has changed it since it was read (the revision
     * one below); false when someone has, and nothing is written.
     */
    public boolean replace(Draft changed) {
        return db.write(tx -> replace(tx, changed));
    }

    private boolean replace(Tx tx, Draft changed) throws SQLException {
        return tx.update("""
            UPDATE drafts SET body = ?, status = ?, status_at = ?, revision = ?
            WHERE id = ? AND revision = ?""",
            write(changed), changed.status(), changed.statusAt(), changed.revision(), changed.id(), changed.revision() - 1) == 1;
    }

    /**
     * Approves one version and marks the record's version approved before it superseded, in one transaction;
     * false, with nothing written, when the draft changed since it was read.
     */
    public boolean approve(Draft approved, Optional<Draft> superseded) {
        return db.write(tx -> {
            if (!replace(tx, approved)) {
                return false;
            }
            if (superseded.isPresent() && !replace(tx, superseded.get())) {
                throw new StoreException("The approved version changed while a newer one was approved", null);
            }
            return true;
        });
    }

    /** Adds a new version of a record, unless another new version was started first (false then). */
    public boolean addVersion(Draft next) {
        return db.write(tx -> {
            boolean taken = tx.one("SELECT 1 FROM drafts WHERE record_id = ? AND version >= ?",
                rs -> true, next.recordId(), next.version()).isPresent();
            if (taken) {
                return false;
            }
            save(tx, next);
            return true;
        });
    }

    /** The newest version of the draft a conversation made. */
    public Optional<Draft> forConversation(String conversationId) {
        return db.read(tx -> tx.one("SELECT " + COLUMNS + " FROM drafts WHERE conversation_id = ? ORDER BY version DESC LIMIT 1",
            this::row, conversationId));
    }

    /** A draft by its own id; whose it is, and so who may see it, is checked through its person. */
    public Optional<Draft> find(String id) {
        return db.read(tx -> tx.one("SELECT " + COLUMNS + " FROM drafts WHERE id = ?", this::row, id));
    }

    /** Every version of one record, oldest first. */
    public List<Draft> versions(String recordId) {
        return db.read(tx -> tx.list("SELECT " + COLUMNS + " FROM drafts WHERE record_id = ? ORDER BY version", this::row, recordId));
    }

    /** Every draft of the people in one service, newest first: what goal-quality sampling reads. */
    public List<Draft> forService(String serviceId) {
        return db.read(tx -> tx.list("""
            SELECT d.id, d.record_id, d.version, d.revision, d.status, d.status_at, d.body
            FROM drafts d JOIN people p ON p.id = d.person_id
            WHERE p.service_id = ?
            ORDER BY d.created_at DESC, d.id""", this::row, serviceId));
    }

    /**
     * The drafts of one service that reached a status at or after a moment (any moment when since is
     * null), oldest first: what a care-record system pulls.
     */
    public List<Draft> reached(String serviceId, String status, String since) {
        return db.read(tx -> tx.list("""
            SELECT d.id, d.record_id, d.version, d.revision, d.status, d.status_at, d.body
            FROM drafts d JOIN people p ON p.id = d.person_id
            WHERE p.service_id = ? AND d.status = ? AND (? IS NULL OR d.status_at >= ?)
            ORDER BY d.status_at, d.id""", this::row, serviceId, status, since, since));
    }

    private Draft row(ResultSet rs) throws SQLException {
        Draft body = read(rs.getString("body"));
        Draft.Changes c = body.changes();
        c.status = rs.getString("status");
        c.statusAt = rs.getString("status_at");
        c.version = rs.getInt("version");
        c.revision = rs.getInt("revision");
        c.recordId = rs.getString("record_id");
        return c.draft();
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
