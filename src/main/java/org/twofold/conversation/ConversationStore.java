package org.twofold.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.draft.Provenance.Present;
import org.twofold.people.DisplaySettings;
import org.twofold.store.StoreException;
import org.twofold.store.Tx;

/** Conversations and their append-only event logs. Methods take the caller's transaction. */
public final class ConversationStore {
    private static final TypeReference<List<Present>> PRESENT = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> SLOTS = new TypeReference<>() {};
    private static final TypeReference<DisplaySettings> SETTINGS = new TypeReference<>() {};
    private static final TypeReference<Conversation.Consent> CONSENT = new TypeReference<>() {};
    private static final TypeReference<MatAct> MAT = new TypeReference<>() {};

    private final ObjectMapper json;

    public ConversationStore(ObjectMapper json) {
        this.json = json;
    }

    public void add(Tx tx, Conversation c) throws SQLException {
        tx.update("""
            INSERT INTO conversations (id, person_id, dialogue_id, present, consent, started_by, started_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""",
            c.id(), c.personId(), c.dialogueId(), write(c.present()), c.consent() == null ? null : write(c.consent()),
            c.startedBy(), c.startedAt());
    }

    public Optional<Conversation> find(Tx tx, String id) throws SQLException {
        return tx.one("""
            SELECT c.*, p.service_id, p.display_settings FROM conversations c JOIN people p ON p.id = c.person_id
            WHERE c.id = ?""", rs -> new Conversation(rs.getString("id"), rs.getString("person_id"),
            rs.getString("service_id"), rs.getString("dialogue_id"), read(rs.getString("present"), PRESENT),
            consent(rs.getString("consent")), rs.getString("started_by"), rs.getString("started_at"),
            speechRate(rs.getString("display_settings"))), id);
    }

    public List<Event> events(Tx tx, String conversationId) throws SQLException {
        return eventsAfter(tx, conversationId, 0);
    }

    /** The events after the given seq, in order: what a state that has seen up to seq still needs. */
    public List<Event> eventsAfter(Tx tx, String conversationId, int seq) throws SQLException {
        return tx.list("SELECT * FROM conversation_events WHERE conversation_id = ? AND seq > ? ORDER BY seq",
            this::event, conversationId, seq);
    }

    /** The seq of the conversation's last event, 0 when it has none. */
    public int lastSeq(Tx tx, String conversationId) throws SQLException {
        return tx.one("SELECT COALESCE(MAX(seq), 0) FROM conversation_events WHERE conversation_id = ?",
            rs -> rs.getInt(1), conversationId).orElse(0);
    }

    public Optional<Event> byAnswerId(Tx tx, String conversationId, String answerId) throws SQLException {
        return tx.one("SELECT * FROM conversation_events WHERE conversation_id = ? AND answer_id = ?",
            this::event, conversationId, answerId);
    }

    public void append(Tx tx, String conversationId, Event e) throws SQLException {
        tx.update("""
            INSERT INTO conversation_events (conversation_id, seq, kind, node, choice, rating, text, prompt, answer,
                slots, how, note, answer_id, refers_to, recorded_by, result_status, result_node, at, symbol, mat, result_dialogue)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            conversationId, e.seq(), e.kind().code(), e.node(), e.choice(), e.rating(), e.text(), e.prompt(), e.answer(),
            e.slots().isEmpty() ? null : write(e.slots()), e.how(), e.note(), e.answerId(), e.refersTo(), e.recordedBy(),
            e.resultStatus().code(), e.resultNode(), e.at(), e.symbol(), e.mat() == null ? null : write(e.mat()), e.resultDialogue());
    }

    private Event event(ResultSet rs) throws SQLException {
        String slots = rs.getString("slots");
        Integer rating = rs.getObject("rating") == null ? null : rs.getInt("rating");
        return new Event(rs.getInt("seq"), EventKind.fromCode(rs.getString("kind")), rs.getString("node"),
            rs.getString("choice"), rating, rs.getString("text"), rs.getString("prompt"),
            rs.getString("answer"), slots == null ? Map.of() : read(slots, SLOTS), rs.getString("how"),
            rs.getString("note"), rs.getString("answer_id"),
            rs.getObject("refers_to") == null ? null : rs.getInt("refers_to"), rs.getString("recorded_by"),
            Status.fromCode(rs.getString("result_status")), rs.getString("result_node"), rs.getString("at"),
            rs.getString("symbol"), mat(rs.getString("mat")), rs.getString("result_dialogue"));
    }

    private MatAct mat(String text) {
        return text == null ? null : read(text, MAT);
    }

    /** The person's speech rate, read from their display settings in the same query. */
    private String speechRate(String displaySettings) {
        if (displaySettings == null) {
            return DisplaySettings.DEFAULT.speechRate();
        }
        return read(displaySettings, SETTINGS).speechRate();
    }

    private Conversation.Consent consent(String text) {
        return text == null ? null : read(text, CONSENT);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored value cannot be read", e);
        }
    }
}
