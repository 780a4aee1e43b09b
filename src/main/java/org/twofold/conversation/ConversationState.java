package org.twofold.conversation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twofold.dialogue.Node;
import org.twofold.draft.Provenance;
import org.twofold.draft.SlotValue;
import org.twofold.store.Times;
import org.twofold.draft.Provenance.Present;

/**
 * Where a conversation stands, rebuilt by replaying its log: the current dialogue and step, the
 * slots filled, whether the step is shown rephrased, and the answers so far with their provenance.
 * On a picture board it also holds the mat being placed, then the cards offered in pairs, and,
 * once a card leads into its dialogue, the mat that dialogue came from.
 */
public final class ConversationState {
    private record Frame(String node, String dialogue, Map<String, SlotValue> slots, int provenanceOnArrival, Mat mat,
                         Pairing pairing, MatOrigin origin) {}

    /** The finished mat a dialogue came from: its board, its node, the seq of its answer, and the card chosen. */
    public record MatOrigin(String board, String node, int seq, String card, double position) {}

    /** An answer with the seq of the event that gave it, so a later annotation can find it. */
    public record Answered(int seq, Provenance provenance) {}

    private final List<Present> present;
    private final Deque<Frame> history = new ArrayDeque<>();
    private final List<Answered> provenance = new ArrayList<>();
    private Map<String, SlotValue> slots = new HashMap<>();
    private Status status = Status.ACTIVE;
    private String dialogue;
    private String node;
    private Mat mat = new Mat();
    private Pairing pairing;
    private MatOrigin origin;
    private boolean rephrased;
    private int provenanceOnArrival;
    private int events;

    private ConversationState(String dialogue, String startNode, List<Present> present) {
        this.dialogue = dialogue;
        this.node = startNode;
        this.present = present;
    }

    public static ConversationState replay(String dialogue, String startNode, List<Present> present, List<Event> log) {
        ConversationState state = new ConversationState(dialogue, startNode, present);
        log.forEach(state::apply);
        return state;
    }

    /**
     * A copy that shares nothing changeable with this state, so changes to one never show in the
     * other: a change that is rolled back then leaves the state it started from as it was.
     */
    ConversationState copy() {
        ConversationState c = new ConversationState(dialogue, node, present);
        // Oldest first, so the copy's stack has the same top.
        history.descendingIterator().forEachRemaining(f -> c.history.push(new Frame(f.node(), f.dialogue(), new HashMap<>(f.slots()),
            f.provenanceOnArrival(), f.mat().copy(), f.pairing(), f.origin())));
        c.provenance.addAll(provenance);
        c.slots = new HashMap<>(slots);
        c.status = status;
        c.rephrased = rephrased;
        c.provenanceOnArrival = provenanceOnArrival;
        c.mat = mat.copy();
        c.pairing = pairing;
        c.origin = origin;
        c.events = events;
        return c;
    }

    /** The seq of the last event applied: the log's events after it are what this state has not seen. */
    int seq() {
        return events;
    }

    void apply(Event e) {
        events++;
        switch (e.kind()) {
            case ANSWER, SOMETHING_ELSE, NOT_SURE -> answer(e);
            case BACK -> {
                if (!history.isEmpty()) {
                    Frame f = history.pop();
                    dialogue = f.dialogue();
                    slots = f.slots();
                    provenance.subList(f.provenanceOnArrival(), provenance.size()).clear();
                    provenanceOnArrival = f.provenanceOnArrival();
                    rephrased = false;
                    mat = f.mat();
                    pairing = f.pairing();
                    origin = f.origin();
                }
            }
            case PLACE -> {
                if (e.mat() instanceof MatAct.Placed p) {
                    mat.place(p.card(), p.position());
                }
            }
            case COMMENT -> {
                if (e.mat() instanceof MatAct.Commented c) {
                    mat.comment(new Mat.Comment(c.card(), c.text(), e.recordedBy(), e.at()));
                }
            }
            case PRACTICE -> {
                if (e.mat() instanceof MatAct.Marked m) {
                    mat.practice(m.practice());
                }
            }
            case ANNOTATE -> annotate(e);
            case PAUSE, RESUME -> { }
        }
        node = e.resultNode();
        status = e.resultStatus();
    }

    private void answer(Event e) {
        if (e.mat() instanceof MatAct.Sorted sorted && sorted.practice()) {
            // A practice mat is kept in the log, and leads nowhere: the person starts the real one afresh.
            mat = new Mat();
            return;
        }
        provenance.add(new Answered(e.seq(), provenanceOf(e)));
        if (e.staysOnStep()) {
            rephrased = !rephrased;
            return;
        }
        history.push(new Frame(node, dialogue, new HashMap<>(slots), provenanceOnArrival, mat, pairing, origin));
        e.slots().forEach((slot, value) -> slots.put(slot, valueOf(e, value)));
        rephrased = false;
        provenanceOnArrival = provenance.size();
        if (e.mat() instanceof MatAct.Sorted sorted) {
            mat = new Mat();
            pairing = sorted.candidates().isEmpty() ? null : Pairing.of(sorted.board(), e.node(), e.seq(), sorted.placements(), sorted.candidates());
        } else if (pairing != null && e.node().equals(pairing.boardNode() + Node.PAIRS_SUFFIX)) {
            pairing = pairing.choose(e.choice());
        }
        if (e.resultDialogue() != null) {
            // Into the dialogue of the card chosen (or its closer look on a sub-board), which starts with no slots of its own.
            origin = pairing == null ? origin : new MatOrigin(pairing.board(), pairing.boardNode(), pairing.sortedSeq(), pairing.chosen(),
                pairing.positionOf(pairing.chosen()));
            dialogue = e.resultDialogue();
            slots = new HashMap<>();
            pairing = null;
            mat = new Mat();
        }
    }

    private void annotate(Event e) {
        for (int i = 0; i < provenance.size(); i++) {
            Answered a = provenance.get(i);
            if (a.seq() == e.refersTo()) {
                Provenance p = a.provenance();
                provenance.set(i, new Answered(a.seq(), new Provenance(p.node(), p.prompt(), p.answer(), p.choice(), p.ownWords(), p.symbol(),
                    e.how() != null ? e.how() : p.how(), e.note() != null ? e.note() : p.note(), p.present(), p.at())));
            }
        }
    }

    private Provenance provenanceOf(Event e) {
        String ownWords = e.kind() == EventKind.SOMETHING_ELSE ? e.text() : null;
        return new Provenance(e.node(), e.prompt(), e.answer(), e.choice() != null ? e.choice() : String.valueOf(e.rating()),
            ownWords, e.symbol(), e.how(), e.note(), present, e.at());
    }

    public Status status() {
        return status;
    }

    public String node() {
        return node;
    }

    /** The dialogue the current step is in: the conversation's own, or one a picture board led into. */
    public String dialogue() {
        return dialogue;
    }

    /** The mat being placed at the current step (empty when the step is not a board). */
    public Mat mat() {
        return mat;
    }

    /** The cards a finished mat offers in pairs, while they are being offered; null otherwise. */
    public Pairing pairing() {
        return pairing;
    }

    /** The finished mat the current dialogue came from; null when it did not come from a mat. */
    public MatOrigin origin() {
        return origin;
    }

    /**
     * What an answer put in a slot: a rating with its day (not given when empty), the person's own
     * words where the slot took what they said for "something else", or words an option set.
     */
    private static SlotValue valueOf(Event e, String value) {
        if (e.rating() != null) {
            return new SlotValue.Rating(e.rating(), Times.day(e.at()));
        }
        if (value.isEmpty()) {
            return new SlotValue.Rating(null, Times.day(e.at()));
        }
        if (e.kind() == EventKind.SOMETHING_ELSE && value.equals(e.text())) {
            return new SlotValue.OwnWords(value);
        }
        return new SlotValue.Phrase(value);
    }

    public Map<String, SlotValue> slots() {
        return Collections.unmodifiableMap(slots);
    }

    public boolean rephrased() {
        return rephrased;
    }

    public boolean canGoBack() {
        return !history.isEmpty();
    }

    public int answered() {
        return history.size();
    }

    /** The node the last answer was given at, where "back" returns to. */
    public String previousNode() {
        return history.isEmpty() ? node : history.peek().node();
    }

    public List<Provenance> provenance() {
        return provenance.stream().map(Answered::provenance).toList();
    }

    /** The answers that stand now (undone ones are gone), with their event seq. */
    public List<Answered> answers() {
        return List.copyOf(provenance);
    }

    public int nextSeq() {
        return events + 1;
    }
}
