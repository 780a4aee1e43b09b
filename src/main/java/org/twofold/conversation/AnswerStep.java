package org.twofold.conversation;

import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Predicate;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Node;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.DraftComposer.Meeting;
import org.twofold.draft.DraftComposer.Subject;
import org.twofold.draft.DraftStore;
import org.twofold.people.PersonStore;
import org.twofold.security.Principal;
import org.twofold.store.Database;
import org.twofold.store.Times;
import org.twofold.store.Tx;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.Conflict;

/**
 * The hot path: records one answer at the current step. A resent answerId returns the first
 * result and records nothing; an answer for a step the conversation has left is refused as a
 * {@link StaleStep} (409). The answer that reaches an end composes and stores the draft in the
 * same transaction; once it has committed, those who follow the conversation are told. The step
 * sent back is built after the commit, outside the one writer.
 */
public final class AnswerStep {
    private final Database db;
    private final ConversationLog log;
    private final Steps steps;
    private final DraftComposer composer;
    private final DraftStore drafts;
    private final Predicate<String> knownSymbol;
    private final PersonStore people;
    private final ConversationChanges changes;

    public AnswerStep(Database db, ConversationLog log, Steps steps, DraftComposer composer, DraftStore drafts,
                      Predicate<String> knownSymbol, PersonStore people, ConversationChanges changes) {
        this.db = db;
        this.log = log;
        this.steps = steps;
        this.composer = composer;
        this.drafts = drafts;
        this.knownSymbol = knownSymbol;
        this.people = people;
        this.changes = changes;
    }

    public StepResult answer(Principal who, String conversationId, AnswerRequest r) {
        // The one writer takes changes one at a time, so two taps never race on the same step.
        return db.write(tx -> record(tx, who, conversationId, r)).committed(log, changes, steps);
    }

    private Changed record(Tx tx, Principal who, String conversationId, AnswerRequest r) throws SQLException {
        Opened o = log.open(tx, who, conversationId);
        if (r.answerId() != null) {
            var earlier = log.store().byAnswerId(tx, conversationId, r.answerId());
            if (earlier.isPresent()) {
                return Changed.resent(o, earlier.get().resultStatus(), earlier.get().resultNode());
            }
        }
        ConversationState state = o.state();
        if (state.status() == Status.FINISHED) {
            throw new StaleStep("This conversation is finished; its draft is ready.");
        }
        if (!r.node().equals(state.node())) {
            throw new StaleStep("Step '" + r.node() + "' is not the current step; the conversation is at '" + state.node() + "'.");
        }
        Node node = o.dialogue().node(state.node())
            .orElseThrow(() -> new Conflict("Step '" + state.node() + "' is no longer in the dialogue."));
        if (r.symbol() != null && !knownSymbol.test(r.symbol())) {
            throw new BadRequest("Field 'symbol': there is no symbol '" + r.symbol() + "' in the library.");
        }
        if (state.status() == Status.PAUSED) {
            log.append(tx, o, log.move(o, EventKind.RESUME, Status.ACTIVE, state.node(), who.actorId()));
        }
        Event e = Answers.eventFor(new Answers.Context(o.dialogue(), state, state.nextSeq(), who.actorId(), log.now()), node, r);
        log.append(tx, o, e);
        if (state.status() == Status.FINISHED) {
            saveDraft(tx, o, e);
        }
        return Changed.recorded(o);
    }

    private void saveDraft(Tx tx, Opened o, Event e) throws SQLException {
        ConversationState state = o.state();
        Node end = o.dialogue().node(state.node()).orElseThrow();
        Conversation c = o.conversation();
        Meeting meeting = new Meeting(c.present(), c.consent() != null && c.consent().given(),
            c.consent() == null ? null : c.consent().how(), people.signs(tx, c.personId()).lines());
        drafts.save(tx, composer.compose(new Subject(UUID.randomUUID().toString(), c.id(), c.personId(), c.dialogueId()),
            o.dialogue().recipe(end), state.slots(), state.provenance(), meeting, Times.parse(e.at())));
    }
}
