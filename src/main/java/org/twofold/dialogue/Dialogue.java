package org.twofold.dialogue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A guided conversation as authored in dialogues/*.yaml. */
public record Dialogue(String id, String title, String area, String symbol, String start, List<Node> nodes) {
    public Dialogue {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
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
