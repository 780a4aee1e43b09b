package org.twofold.conversation;

import java.sql.SQLException;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Node;
import org.twofold.dialogue.NodeKind;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.store.Database;
import org.twofold.store.Tx;
import org.twofold.web.ApiException.Conflict;

/**
 * Back (undo the last answer), pause, resume and notes on answers. Doing what is already done
 * records nothing; what is recorded is told to those who follow the conversation once committed.
 */
public final class MoveConversation {
    private final Database db;
    private final ConversationLog log;
    private final Steps steps;
    private final ConversationChanges changes;
    private final MatSteps mats;

    private final AuditLog audit;

    public MoveConversation(Database db, ConversationLog log, Steps steps, ConversationChanges changes, MatSteps mats, AuditLog audit) {
        this.mats = mats;
        this.audit = audit;
        this.db = db;
        this.log = log;
        this.steps = steps;
        this.changes = changes;
    }

    public StepResult back(Principal who, String conversationId) {
        return change(who, conversationId, (tx, o) -> o.state().canGoBack()
            ? log.move(o, EventKind.BACK, Status.ACTIVE, o.state().previousNode(), who.actorId())
            : null);
    }

    /**
     * Back from the step a screen showed: if the conversation has moved on since, going back would
     * undo an answer the person never saw, so it is refused as a {@link StaleStep} and nothing changes.
     */
    public StepResult backFrom(Principal who, String conversationId, String shownNode) {
        return change(who, conversationId, (tx, o) -> {
            if (!o.state().node().equals(shownNode)) {
                throw new StaleStep("Step '" + shownNode + "' is not the current step; the conversation is at '" + o.state().node() + "'.");
            }
            return o.state().canGoBack() ? log.move(o, EventKind.BACK, Status.ACTIVE, o.state().previousNode(), who.actorId()) : null;
        });
    }

    public StepResult pause(Principal who, String conversationId) {
        return change(who, conversationId, (tx, o) -> o.state().status() == Status.PAUSED
            ? null
            : log.move(o, EventKind.PAUSE, Status.PAUSED, o.state().node(), who.actorId()));
    }

    public StepResult resume(Principal who, String conversationId) {
        return change(who, conversationId, (tx, o) -> o.state().status() == Status.ACTIVE
            ? null
            : log.move(o, EventKind.RESUME, Status.ACTIVE, o.state().node(), who.actorId()));
    }

    /** Records how an answer that still stands was given, or a note about it, without rewriting it. */
    public StepResult annotate(Principal who, String conversationId, int seq, How how, String note) {
        return change(who, conversationId, (tx, o) -> {
            ConversationState.Answered answered = o.state().answers().stream().filter(a -> a.seq() == seq).findFirst()
                .orElseThrow(() -> new Conflict("Answer " + seq + " is not one of the answers that stand in this conversation."));
            ConversationState s = o.state();
            return new Event(s.nextSeq(), EventKind.ANNOTATE, answered.provenance().node(), null, null, null, null, null, null,
                how == null ? null : how.code(), note, null, seq, who.actorId(), s.status(), s.node(), log.now(), null, null, null);
        });
    }

    /** A card put on the mat or moved on it, at the board the screen showed. */
    public StepResult place(Principal who, String conversationId, String shownNode, String card, double position) {
        return onMat(who, conversationId, shownNode, EventKind.PLACE, (tx, personId, node) -> mats.placed(tx, personId, node, card, position));
    }

    /** A supporter's comment on a card of the mat being placed. */
    public StepResult comment(Principal who, String conversationId, String shownNode, String card, String text) {
        return onMat(who, conversationId, shownNode, EventKind.COMMENT, (tx, personId, node) -> mats.commented(tx, personId, node, card, text));
    }

    /** The mat being placed marked as practice (not the person's real view), or as real; marking it as it is records nothing. */
    public StepResult practice(Principal who, String conversationId, String shownNode, boolean practice) {
        return change(who, conversationId, (tx, o) -> {
            Node node = boardAt(o, shownNode);
            return o.state().mat().practice() == practice ? null
                : matEvent(o, EventKind.PRACTICE, node, new MatAct.Marked(practice), who.actorId());
        });
    }

    /** What a change decides, in its transaction, from the conversation as it stands: the event to record, or null. */
    @FunctionalInterface
    private interface Decision {
        Event decide(Tx tx, Opened o) throws SQLException;
    }

    /** What is done on the mat of the board a person is at (whose photo cards are on it). */
    @FunctionalInterface
    private interface OnMat {
        MatAct act(Tx tx, String personId, Node node) throws SQLException;
    }

    private StepResult onMat(Principal who, String conversationId, String shownNode, EventKind kind, OnMat act) {
        return change(who, conversationId, (tx, o) -> {
            Node node = boardAt(o, shownNode);
            return matEvent(o, kind, node, act.act(tx, o.conversation().personId(), node), who.actorId());
        });
    }

    /** The board step the conversation is at, which must be the one the screen showed. */
    private static Node boardAt(Opened o, String shownNode) {
        if (!o.state().node().equals(shownNode)) {
            throw new StaleStep("Step '" + shownNode + "' is not the current step; the conversation is at '" + o.state().node() + "'.");
        }
        return o.dialogue().node(shownNode).filter(n -> n.kind() == NodeKind.BOARD)
            .orElseThrow(() -> new StaleStep("Step '" + shownNode + "' is not a picture board."));
    }

    private Event matEvent(Opened o, EventKind kind, Node node, MatAct act, String actor) {
        ConversationState s = o.state();
        return new Event(s.nextSeq(), kind, node.id(), null, null, null, null, null, null, null, null, null, null, actor,
            s.status(), s.node(), log.now(), null, act, null);
    }

    private StepResult change(Principal who, String conversationId, Decision decide) {
        Changed changed = db.write(tx -> {
            Opened o = log.open(tx, who, conversationId);
            if (o.state().status() == Status.FINISHED) {
                throw new Conflict("This conversation is finished; its draft is ready.");
            }
            Event e = decide.decide(tx, o);
            if (e != null) {
                log.append(tx, o, e);
                audit.record(tx, who, e.kind().auditAction(), "conversation:" + conversationId);
            }
            return e == null ? Changed.nothing(o) : Changed.recorded(o);
        });
        return changed.committed(log, changes, steps);
    }
}
