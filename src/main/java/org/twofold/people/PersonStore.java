package org.twofold.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.twofold.store.Database;
import org.twofold.store.StoreException;
import org.twofold.store.Tx;

/** People and their display settings, always looked up within one service. */
public final class PersonStore {
    private static final Tx.Row<Person> PERSON = rs -> new Person(rs.getString("id"), rs.getString("service_id"),
        rs.getString("name"), rs.getString("preferred_name"), rs.getString("communication_needs"), rs.getString("created_at"));

    private final Database db;
    private final ObjectMapper json;

    public PersonStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    public void add(Person p, String createdBy) {
        db.write(tx -> tx.update("""
            INSERT INTO people (id, service_id, name, preferred_name, communication_needs, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""",
            p.id(), p.serviceId(), p.name(), p.preferredName(), p.communicationNeeds(), createdBy, p.createdAt()));
    }

    public Optional<Person> find(String serviceId, String id) {
        return db.read(tx -> tx.one("SELECT * FROM people WHERE id = ? AND service_id = ?", PERSON, id, serviceId));
    }

    public List<Person> all(String serviceId) {
        return db.read(tx -> tx.list("SELECT * FROM people WHERE service_id = ? ORDER BY name", PERSON, serviceId));
    }

    /** A person's conversations, newest first, with where each stands: the person's history at a glance. */
    public record History(String conversationId, String dialogueId, String startedAt, String status) {}

    public List<History> history(String personId) {
        return db.read(tx -> tx.list("""
            SELECT c.id, c.dialogue_id, c.started_at,
                   COALESCE((SELECT e.result_status FROM conversation_events e WHERE e.conversation_id = c.id
                             ORDER BY e.seq DESC LIMIT 1), 'active') AS status
            FROM conversations c WHERE c.person_id = ? ORDER BY c.started_at DESC""",
            rs -> new History(rs.getString("id"), rs.getString("dialogue_id"), rs.getString("started_at"), rs.getString("status")),
            personId));
    }

    /** How the person shows pain, refusal, anxiety and consent, read inside the caller's transaction. */
    public Signs signs(Tx tx, String personId) throws java.sql.SQLException {
        return tx.one("SELECT signs FROM people WHERE id = ?", rs -> rs.getString(1), personId)
            .map(text -> readValue(text, Signs.class, Signs.NONE))
            .orElse(Signs.NONE);
    }

    public Signs signs(String personId) {
        return db.read(tx -> signs(tx, personId));
    }

    public void saveSigns(String personId, Signs signs) {
        try {
            String text = json.writeValueAsString(signs);
            db.write(tx -> tx.update("UPDATE people SET signs = ? WHERE id = ?", text, personId));
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write signs", e);
        }
    }

    public DisplaySettings settings(String personId) {
        return db.read(tx -> tx.one("SELECT display_settings FROM people WHERE id = ?", rs -> rs.getString(1), personId))
            .map(this::read)
            .orElse(DisplaySettings.DEFAULT);
    }

    public void saveSettings(String personId, DisplaySettings settings) {
        try {
            String text = json.writeValueAsString(settings);
            db.write(tx -> tx.update("UPDATE people SET display_settings = ? WHERE id = ?", text, personId));
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write display settings", e);
        }
    }

    private DisplaySettings read(String text) {
        return readValue(text, DisplaySettings.class, DisplaySettings.DEFAULT);
    }

    private <T> T readValue(String text, Class<T> type, T absent) {
        if (text == null) {
            return absent;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
