package org.twofold.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.twofold.security.Principal;
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

    /**
     * Whom a caller may reach, as SQL about the person p: someone of their own service and, for an advocate, only
     * someone they are assigned to. Its parameters are {@link #reachOf}'s, in order.
     */
    private static final String REACHABLE = """
        p.service_id = ? AND (? <> 'advocate'
            OR EXISTS (SELECT 1 FROM advocate_assignments a WHERE a.person_id = p.id AND a.user_id = ?))""";

    private static Object[] reachOf(Principal who) {
        return new Object[] {who.serviceId(), who.role().code(), who.actorId()};
    }

    private static Object[] with(Object first, Principal who) {
        Object[] reach = reachOf(who);
        Object[] all = new Object[reach.length + 1];
        all[0] = first;
        System.arraycopy(reach, 0, all, 1, reach.length);
        return all;
    }

    /** The person, if the caller may reach them (see {@link #REACHABLE}); nobody else's. */
    public Optional<Person> find(Principal who, String id) {
        return db.read(tx -> tx.one("SELECT p.* FROM people p WHERE p.id = ? AND " + REACHABLE, PERSON, with(id, who)));
    }

    /** Whether the caller may reach the person, inside the caller's transaction. */
    public boolean reaches(Tx tx, Principal who, String personId) throws java.sql.SQLException {
        return tx.one("SELECT 1 FROM people p WHERE p.id = ? AND " + REACHABLE, rs -> true, with(personId, who)).isPresent();
    }

    /** The person a conversation is with, if the caller may reach them; a tablet reaches only its own conversation's. */
    public Optional<Person> ofConversation(Principal who, String conversationId) {
        if (who.isTablet() && !conversationId.equals(who.conversationId())) {
            return Optional.empty();
        }
        return db.read(tx -> tx.one("SELECT p.* FROM people p JOIN conversations c ON c.person_id = p.id WHERE c.id = ? AND "
            + REACHABLE, PERSON, with(conversationId, who)));
    }

    /** Everyone the caller may reach, by name. */
    public List<Person> all(Principal who) {
        return db.read(tx -> tx.list("SELECT p.* FROM people p WHERE " + REACHABLE + " ORDER BY p.name", PERSON, reachOf(who)));
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

    /** One version of one of the person's drafts, with where it stands. */
    public record DraftLink(String id, String conversationId, int version, String status, String createdAt) {}

    public List<DraftLink> drafts(String personId) {
        return db.read(tx -> tx.list("""
            SELECT id, conversation_id, version, status, created_at FROM drafts WHERE person_id = ?
            ORDER BY created_at DESC, version DESC, id""",
            rs -> new DraftLink(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)), personId));
    }

    /** A picture board the person finished for real (not a practice one), in one of their conversations. */
    public record FinishedMat(String conversationId, String node, String boardId, String finishedAt) {}

    public List<FinishedMat> finishedMats(String personId) {
        return db.read(tx -> tx.list("""
            SELECT m.conversation_id, m.node, m.board_id, m.created_at FROM mat_snapshots m
            JOIN conversations c ON c.id = m.conversation_id
            WHERE c.person_id = ? AND m.practice = 0 ORDER BY m.created_at DESC, m.seq DESC""",
            rs -> new FinishedMat(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), personId));
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

    /** The person's communication needs as the Accessible Information Standard asks (NONE until recorded). */
    public Communication communication(String personId) {
        return db.read(tx -> tx.one("SELECT communication FROM people WHERE id = ?", rs -> rs.getString(1), personId))
            .map(text -> readValue(text, Communication.class, Communication.NONE))
            .orElse(Communication.NONE);
    }

    public void saveCommunication(String personId, Communication needs) {
        try {
            String text = json.writeValueAsString(needs);
            db.write(tx -> tx.update("UPDATE people SET communication = ? WHERE id = ?", text, personId));
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write communication needs", e);
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
