package org.twofold.conversation;

import java.util.Map;

/**
 * One entry of a conversation's log. It carries what it did to the slots and where it left the
 * conversation, so the state can be rebuilt from the log alone.
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
    String symbol) {

    public Event {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }

    /** A not-sure that stays on its step (the step is rephrased) rather than moving on. */
    boolean staysOnStep() {
        return kind == EventKind.NOT_SURE && node != null && node.equals(resultNode);
    }
}
