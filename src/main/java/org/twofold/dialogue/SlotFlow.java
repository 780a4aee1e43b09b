package org.twofold.dialogue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph of a dialogue: which nodes can be reached, which can still reach an end,
 * and which slots are set on every path to each node (so a draft template never meets an empty slot).
 */
final class SlotFlow {
    private record Edge(String target, Set<String> sets) {}

    private final Dialogue dialogue;
    private final Map<String, List<Edge>> edges = new HashMap<>();

    SlotFlow(Dialogue dialogue) {
        this.dialogue = dialogue;
        for (Node n : dialogue.nodes()) {
            edges.put(n.id(), edgesOf(n));
        }
    }

    private static List<Edge> edgesOf(Node n) {
        if (n.kind() == null) {
            return List.of();
        }
        return switch (n.kind()) {
            case CHOICE -> {
                var out = new java.util.ArrayList<Edge>();
                n.allOptions().forEach(o -> out.add(new Edge(o.next(), o.set().keySet())));
                Set<String> elseSets = new HashSet<>();
                if (n.slot() != null) {
                    elseSets.add(n.slot());
                }
                if (n.elseBranch() != null) {
                    elseSets.addAll(n.elseBranch().set().keySet());
                }
                out.add(new Edge(n.elseNext(), elseSets));
                if (n.canBeLeftOpen()) {
                    out.add(new Edge(n.openNext(), n.notSure().open().set().keySet()));
                }
                yield out;
            }
            case RATING -> List.of(new Edge(n.next(), n.slot() == null ? Set.of() : Set.of(n.slot())));
            case CONFIRM -> List.of(new Edge(n.yes(), Set.of()), new Edge(n.change(), Set.of()));
            default -> List.of();
        };
    }

    Set<String> reachable() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (dialogue.node(dialogue.start()).isPresent()) {
            queue.add(dialogue.start());
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (dialogue.node(id).isPresent() && seen.add(id)) {
                // A link left out (an option with no next) leads nowhere; it is reported by the link check.
                edges.get(id).stream().map(e -> e.target()).filter(target -> target != null).forEach(queue::add);
            }
        }
        return seen;
    }

    /** Nodes from which some end can be reached. */
    Set<String> reachingAnEnd() {
        Set<String> good = new HashSet<>();
        // A board leads out of the dialogue, through its pairs, into the dialogue of the card chosen.
        dialogue.nodes().stream().filter(n -> n.kind() == NodeKind.END || n.kind() == NodeKind.BOARD).forEach(n -> good.add(n.id()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node n : dialogue.nodes()) {
                if (!good.contains(n.id()) && edges.get(n.id()).stream().anyMatch(e -> good.contains(e.target()))) {
                    good.add(n.id());
                    changed = true;
                }
            }
        }
        return good;
    }

    /** For each reachable node, the slots set on every path from the start to it. */
    Map<String, Set<String>> guaranteedSlots() {
        Map<String, Set<String>> in = new HashMap<>();
        Deque<String> work = new ArrayDeque<>();
        if (dialogue.node(dialogue.start()).isEmpty()) {
            return in;
        }
        in.put(dialogue.start(), Set.of());
        work.add(dialogue.start());
        while (!work.isEmpty()) {
            String id = work.poll();
            for (Edge e : edges.getOrDefault(id, List.of())) {
                if (e.target() == null || dialogue.node(e.target()).isEmpty()) {
                    continue;
                }
                Set<String> arriving = new HashSet<>(in.get(id));
                arriving.addAll(e.sets());
                Set<String> before = in.get(e.target());
                Set<String> after = before == null ? arriving : intersect(before, arriving);
                if (!after.equals(before)) {
                    in.put(e.target(), after);
                    work.add(e.target());
                }
            }
        }
        return in;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
