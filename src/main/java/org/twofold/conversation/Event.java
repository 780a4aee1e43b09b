package org.twofold.conversation;

import java.util.Map;

/**
 * One entry of a conversation's log. It carries what it did to the slots and where it left the
 * conversation, so the state can be rebuilt from the log alone. mat is what it did on a picture
 * board, if anything; resultDialogue is the dialogue it moved into (from a board, the chosen card's).
 */
public record Event(
    int seq,
    EventKind kind,
    String node,
    String choice,
    Integer rating,
    String text,
    String prompt,
    String answer,
    Map<String, String> slots,
    String how,
    String note,
    String answerId,
    Integer refersTo,
    String recordedBy,
    Status resultStatus,
    String resultNode,
    String at,
    String symbol,
    MatAct mat,
    String resultDialogue) {

    public Event {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }

    /** The event as it is, with what it did on a mat and the dialogue it moves into. */
    Event onMat(MatAct act, String dialogue) {
        return new Event(seq, kind, node, choice, rating, text, prompt, answer, slots, how, note, answerId, refersTo, recordedBy,
            resultStatus, resultNode, at, symbol, act, dialogue);
    }

    /** A not-sure that stays on its step (the step is rephrased) rather than moving on. */
    boolean staysOnStep() {
        return kind == EventKind.NOT_SURE && node != null && node.equals(resultNode);
    }
}
