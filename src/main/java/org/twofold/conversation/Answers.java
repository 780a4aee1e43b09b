package org.twofold.conversation;

import java.sql.SQLException;
import java.util.Map;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Node;
import org.twofold.dialogue.NodeKind;
import org.twofold.dialogue.Option;
import org.twofold.draft.DraftComposer;
import org.twofold.store.Tx;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.Conflict;

/** Turns an answer at the current step into the event that records it, or refuses it. */
final class Answers {
    private Answers() {}

    /** What an answer is decided with; a mat reads the person's own photo cards (personId) in the transaction (tx). */
    record Context(Dialogue dialogue, ConversationState state, int seq, String actor, String at, MatSteps mats, Tx tx, String personId) {}

    static Event eventFor(Context c, Node node, AnswerRequest r) throws SQLException {
        return switch (node.kind()) {
            case CHOICE -> choice(c, node, r);
            case RATING -> rating(c, node, r);
            case CONFIRM -> confirm(c, node, r);
            case BOARD -> c.mats().sorted(c, node, r);
            case PAIRS -> c.mats().chosen(c, node, r);
            case END -> throw new Conflict("Step '" + node.id() + "' takes no answers.");
        };
    }

    private static Event choice(Context c, Node node, AnswerRequest r) {
        String choice = requireChoice(node, r);
        String prompt = Steps.prompt(node, c.state().rephrased());
        if (choice.equals(AnswerRequest.NOT_SURE)) {
            if (c.state().rephrased() && node.canBeLeftOpen()) {
                return event(c, EventKind.NOT_SURE, node, r, prompt, DraftComposer.LEFT_OPEN, node.notSure().open().set(),
                    node.openNext());
            }
            return event(c, EventKind.NOT_SURE, node, r, prompt, "Not sure", Map.of(), node.id());
        }
        if (choice.equals(AnswerRequest.SOMETHING_ELSE)) {
            return event(c, EventKind.SOMETHING_ELSE, node, r, prompt, r.text(), node.setsForOwnWords(r.text()), node.elseNext());
        }
        Option option = node.option(choice).orElseThrow(() -> new BadRequest(
            "Field 'choice': '" + choice + "' is not an option of step '" + node.id() + "'."));
        return event(c, EventKind.ANSWER, node, r, prompt, option.label(), option.set(), option.next());
    }

    private static Event rating(Context c, Node node, AnswerRequest r) {
        if (r.rating() != null) {
            String label = Steps.RATING.get(r.rating() - 1).label();
            return event(c, EventKind.ANSWER, node, r, node.prompt(), r.rating() + " of 5: " + label,
                Map.of(node.slot(), String.valueOf(r.rating())), node.next());
        }
        String choice = r.choice();
        if (AnswerRequest.NOT_SURE.equals(choice)) {
            return event(c, EventKind.NOT_SURE, node, r, node.prompt(), Steps.RATING_NOT_KNOWN, Map.of(node.slot(), ""), node.next());
        }
        if (AnswerRequest.SOMETHING_ELSE.equals(choice)) {
            return event(c, EventKind.SOMETHING_ELSE, node, r, node.prompt(), r.text(), Map.of(node.slot(), ""), node.next());
        }
        throw new BadRequest("Step '" + node.id() + "' is a rating: send 'rating' from 1 to 5, or 'choice' not-sure.");
    }

    private static Event confirm(Context c, Node node, AnswerRequest r) {
        String choice = requireChoice(node, r);
        String prompt = Steps.prompt(node, c.state().rephrased());
        return switch (choice) {
            case "yes" -> event(c, EventKind.ANSWER, node, r, prompt, Steps.CONFIRM_YES.label(), Map.of(), node.yes());
            case "change" -> event(c, EventKind.ANSWER, node, r, prompt, Steps.CONFIRM_CHANGE.label(), Map.of(), node.change());
            case AnswerRequest.NOT_SURE -> event(c, EventKind.NOT_SURE, node, r, prompt, "Not sure", Map.of(), node.id());
            default -> throw new BadRequest("Field 'choice': step '" + node.id()
                + "' asks to confirm the goal: choose 'yes', 'change' or 'not-sure'.");
        };
    }

    private static String requireChoice(Node node, AnswerRequest r) {
        if (r.choice() == null) {
            throw new BadRequest("Field 'choice' is required: step '" + node.id() + "' is a " + node.kind().code()
                + ". Send exactly one of 'choice' (an option id, not-sure or something-else) and 'rating' (1 to 5).");
        }
        return r.choice();
    }

    private static Event event(Context c, EventKind kind, Node node, AnswerRequest r, String prompt, String answer,
                               Map<String, String> slots, String next) {
        boolean finished = c.dialogue().node(next).map(n -> n.kind() == NodeKind.END).orElse(false);
        return event(c, kind, node, r, prompt, answer, slots, next, finished ? Status.FINISHED : Status.ACTIVE);
    }

    /** The event of an answer that leaves the conversation with the given status. */
    static Event event(Context c, EventKind kind, Node node, AnswerRequest r, String prompt, String answer,
                       Map<String, String> slots, String next, Status status) {
        return new Event(c.seq(), kind, node.id(), r.choice(), r.rating(), r.text(), prompt, answer, slots,
            r.how().code(), r.note(), r.answerId(), null, c.actor(), status, next, c.at(),
            kind == EventKind.SOMETHING_ELSE ? r.symbol() : null, null, null);
    }
}
