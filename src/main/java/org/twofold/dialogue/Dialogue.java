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
    public Dialogue {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        slots = slots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(slots));
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
            if (node.get().kind() == NodeKind.END) {
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
