package org.twofold.conversation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Node;
import org.twofold.dialogue.NodeKind;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.DraftComposer.Meeting;
import org.twofold.draft.DraftComposer.Subject;
import org.twofold.draft.DraftStore;
import org.twofold.people.PersonStore;
import org.twofold.security.AuditLog;
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
 * same transaction; once it has committed, those who follow the conversation are told. The answer
 * is worked out on a reader and the step sent back is built after the commit, so the one writer
 * only checks that the log has not moved and stores the events.
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
    private final MatSteps mats;
    private final MatSnapshotStore snapshots;

    private final AuditLog audit;

    public AnswerStep(Database db, ConversationLog log, Steps steps, DraftComposer composer, DraftStore drafts,
                      Predicate<String> knownSymbol, PersonStore people, ConversationChanges changes, MatSteps mats,
                      MatSnapshotStore snapshots, AuditLog audit) {
        this.mats = mats;
        this.audit = audit;
        this.snapshots = snapshots;
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
        // Worked out on a reader, off the one writer's path: refusals and resent answers need no write at all.
        Decided planned = db.read(tx -> decide(tx, who, log.open(tx, who, conversationId), r));
        if (!planned.changed().recorded()) {
            return planned.changed().committed(log, changes, steps);
        }
        // The draft an ending answer makes, and the picture of a finished mat, are made here, holding no connection.
        Draft draft = draftOf(planned);
        List<MatSnapshotStore.Snapshot> pictures = picturesOf(conversationId, planned);
        // The writer stores the plan if the log has not moved since it was read; else it decides again on
        // the log as it is now. It takes changes one at a time, so two taps never race on the same step.
        Changed changed = db.write(tx -> {
            if (log.store().lastSeq(tx, conversationId) == planned.seqBefore()) {
                store(tx, who, conversationId, planned, draft, pictures);
                return planned.changed();
            }
            Decided now = decide(tx, who, log.open(tx, who, conversationId), r);
            store(tx, who, conversationId, now, draftOf(now), picturesOf(conversationId, now));
            return now.changed();
        });
        return changed.committed(log, changes, steps);
    }

    /**
     * What an answer does: the events it adds (already applied to the opened state) and, when it
     * reaches an end, who was there and what they know of the person's signs, for the draft.
     */
    private record Decided(Changed changed, int seqBefore, List<Event> events, Meeting meeting, Mat matBefore) {}

    private Decided decide(Tx tx, Principal who, Opened o, AnswerRequest r) throws SQLException {
        String conversationId = o.conversation().id();
        int seqBefore = o.state().seq();
        if (r.answerId() != null) {
            var earlier = log.store().byAnswerId(tx, conversationId, r.answerId());
            if (earlier.isPresent()) {
                return new Decided(Changed.resent(o, earlier.get().resultStatus(), earlier.get().resultNode()), seqBefore, List.of(), null, null);
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
        List<Event> events = new ArrayList<>();
        Mat matBefore = state.mat().copy();
        if (state.status() == Status.PAUSED) {
            events.add(log.move(o, EventKind.RESUME, Status.ACTIVE, state.node(), who.actorId()));
            state.apply(events.get(0));
        }
        Event e = Answers.eventFor(new Answers.Context(o.dialogue(), state, state.nextSeq(), who.actorId(), log.now(), mats, tx,
            o.conversation().personId()), node, r);
        events.add(e);
        state.apply(e);
        return new Decided(Changed.recorded(o), seqBefore, events, endsInDraft(o) ? meeting(tx, o) : null, matBefore);
    }

    /** Whether the conversation has reached an end that makes a draft (a mat whose cards lead nowhere ends without one). */
    private static boolean endsInDraft(Opened o) {
        return o.state().status() == Status.FINISHED
            && o.dialogue().node(o.state().node()).map(n -> n.kind() == NodeKind.END).orElse(false);
    }

    private void store(Tx tx, Principal who, String conversationId, Decided d, Draft draft, List<MatSnapshotStore.Snapshot> pictures)
        throws SQLException {
        for (Event e : d.events()) {
            log.store().append(tx, conversationId, e);
            audit.record(tx, who, e.kind().auditAction(), "conversation:" + conversationId);
        }
        for (MatSnapshotStore.Snapshot p : pictures) {
            snapshots.add(tx, p);
        }
        if (draft != null) {
            drafts.save(tx, draft);
        }
    }

    private Meeting meeting(Tx tx, Opened o) throws SQLException {
        Conversation c = o.conversation();
        return new Meeting(c.present(), c.consent() != null && c.consent().given(),
            c.consent() == null ? null : c.consent().how(), people.signs(tx, c.personId()).lines());
    }

    /** The picture of the mat an answer finished, if it finished one. */
    private List<MatSnapshotStore.Snapshot> picturesOf(String conversationId, Decided d) {
        Conversation c = d.changed().opened().conversation();
        return d.events().stream().flatMap(e -> mats.snapshot(c, e, d.matBefore()).stream()).toList();
    }

    /** The draft of an answer that reaches an end, null for any other. */
    private Draft draftOf(Decided d) {
        if (d.meeting() == null) {
            return null;
        }
        Opened o = d.changed().opened();
        ConversationState state = o.state();
        Node end = o.dialogue().node(state.node()).orElseThrow();
        Conversation c = o.conversation();
        Event last = d.events().get(d.events().size() - 1);
        Draft draft = composer.compose(new Subject(UUID.randomUUID().toString(), c.id(), c.personId(), o.dialogue().id()),
            o.dialogue().recipe(end), state.slots(), state.provenance(), d.meeting(), Times.parse(last.at()));
        return state.origin() == null ? draft : draft.fromMat(mats.origin(c, state.origin()));
    }
}
