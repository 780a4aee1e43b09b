package org.twofold.dialogue;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.LinkedHashMap;
import org.twofold.draft.Recipe;
import org.twofold.draft.SlotForm;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A guided conversation as authored in dialogues/*.yaml. */
public record Dialogue(String id, String title, String area, String symbol, String start, Map<String, SlotForm> slots,
                       boolean capacityCheck, List<Node> nodes) {
    /** The area of a board's own dialogue. */
    public static final String BOARD_AREA = "Picture boards";

    public Dialogue {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        slots = slots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    /**
     * The dialogue a board is on its own, so a conversation can start with it: its mat (a node named
     * as the board, so each board's mat in a conversation has its own step), then the pairs.
     */
    public static Dialogue ofBoard(String boardId, String title, String symbol) {
        return new Dialogue(boardId, title, BOARD_AREA, symbol, boardId, Map.of(), false, List.of(Node.board(boardId, boardId))).withPairs();
    }

    /** This dialogue with the pairs node after each of its board nodes. */
    public Dialogue withPairs() {
        List<Node> all = new java.util.ArrayList<>(nodes);
        nodes.stream().filter(n -> n.kind() == NodeKind.BOARD && n.id() != null).map(Node::pairs)
            .filter(p -> node(p.id()).isEmpty()).forEach(all::add);
        return new Dialogue(id, title, area, symbol, start, slots, capacityCheck, all);
    }

    /** What the composer needs from this dialogue to make the draft of an end node. */
    public Recipe recipe(Node end) {
        return new Recipe(end.draft(), slots, capacityCheck);
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** Questions left before an end on the shortest way from this node (0 at an end). */
    public int questionsLeft(String nodeId) {
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(nodeId, 0);
        queue.add(nodeId);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            Optional<Node> node = node(current);
            if (node.isEmpty()) {
                continue;
            }
            if (node.get().kind() == NodeKind.END || node.get().kind() == NodeKind.PAIRS) {
                // A pairs node leads out into the dialogue of the card chosen: counted from there on.
                return distance.get(current);
            }
            for (String next : node.get().successors()) {
                if (!distance.containsKey(next)) {
                    distance.put(next, distance.get(current) + 1);
                    queue.add(next);
                }
            }
        }
        return 0;
    }
}
