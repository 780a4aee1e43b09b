package org.twofold.conversation;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.people.PersonStore;
import org.twofold.security.Principal;
import org.twofold.store.Times;
import org.twofold.store.Tx;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.ApiException.NotFound;

/**
 * Opens a conversation for its caller and brings its state up to date from its log: the shared
 * first half of every use case. Where a conversation stood at its last committed change is kept in
 * memory, so only the events since are read, not the whole log.
 */
public final class ConversationLog {
    /** About a busy day's conversations on one server; the rest are replayed from the log when opened. */
    private static final int MOST_KEPT = 10_000;

    private final ConversationStore store;
    private final Dialogues dialogues;
    private final Clock clock;
    private final PersonStore people;
    private final ConversationStates states = new ConversationStates(MOST_KEPT);

    public ConversationLog(ConversationStore store, Dialogues dialogues, PersonStore people, Clock clock) {
        this.store = store;
        this.people = people;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /** A conversation with everything needed to act on it. */
    public record Opened(Conversation conversation, ConversationState state, Dialogues dialogues) {
        /** The dialogue the conversation is in now: its own, or one a picture board led into. */
        public Dialogue dialogue() {
            return dialogues.find(state.dialogue())
                .orElseThrow(() -> new Conflict("Dialogue '" + state.dialogue() + "' is no longer offered by this server."));
        }
    }

    public Opened open(Tx tx, Principal who, String conversationId) throws SQLException {
        // Only its person's service, and of its advocates only those assigned to them, may open a conversation.
        Conversation c = store.find(tx, conversationId)
            .orElseThrow(() -> new NotFound("There is no conversation '" + conversationId + "'."));
        if (!people.reaches(tx, who, c.personId())) {
            throw new NotFound("There is no conversation '" + conversationId + "'.");
        }
        ConversationState state = states.copyOf(c.id());
        if (state == null) {
            Dialogue d = dialogues.find(c.dialogueId())
                .orElseThrow(() -> new Conflict("Dialogue '" + c.dialogueId() + "' is no longer offered by this server."));
            state = ConversationState.replay(d.id(), d.start(), c.present(), List.of());
        }
        store.eventsAfter(tx, c.id(), state.seq()).forEach(state::apply);
        return new Opened(c, state, dialogues);
    }

    /**
     * Keeps where a conversation stands for the next time it is opened. Call only once every event
     * in the state has committed (after the write returned, or from a read), and change it no more.
     */
    void keep(Opened o) {
        states.keep(o.conversation().id(), o.state());
    }

    /** Appends an event and applies it, so the state stays the replay of the log. */
    void append(Tx tx, Opened o, Event e) throws SQLException {
        store.append(tx, o.conversation().id(), e);
        o.state().apply(e);
    }

    /** An event that only changes the status or position (pause, resume, back). */
    Event move(Opened o, EventKind kind, Status status, String node, String actor) {
        return new Event(o.state().nextSeq(), kind, o.state().node(), null, null, null, null, null, null,
            null, null, null, null, actor, status, node, now(), null, null, null);
    }

    String now() {
        return Times.format(clock.instant());
    }

    Dialogues dialogues() {
        return dialogues;
    }

    ConversationStore store() {
        return store;
    }
}
