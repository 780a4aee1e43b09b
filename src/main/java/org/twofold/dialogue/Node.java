package org.twofold.dialogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.twofold.draft.DraftTemplate;

/**
 * One step of a dialogue. Which fields matter depends on the kind:
 * choice (options, notSure, slot, else), rating (slot, next), confirm (yes, change), end (draft),
 * board (the board placed on this step). A board is followed by its pairs node, which the loader
 * adds: it offers the cards that need to change two at a time, and leads out of the dialogue.
 */
public record Node(
    String id,
    NodeKind kind,
    String prompt,
    String symbol,
    String slot,
    List<Option> options,
    NotSure notSure,
    @JsonProperty("else") ElseBranch elseBranch,
    String next,
    String yes,
    String change,
    DraftTemplate draft,
    String board) {
    /** What the id of a board node's pairs node ends with. */
    public static final String PAIRS_SUFFIX = "-pairs";
    /** The question of a pairs node. */
    public static final String PAIRS_PROMPT = "Which would you like to work on first?";

    public Node {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Both the main options and the not-sure alternatives: any of them may be chosen. */
    public List<Option> allOptions() {
        List<Option> all = new ArrayList<>(options);
        if (notSure != null) {
            all.addAll(notSure.options());
        }
        return all;
    }

    public Optional<Option> option(String optionId) {
        return allOptions().stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** Where "something else" leads: the else branch, or on to the first option's next step. */
    public String elseNext() {
        if (elseBranch != null && elseBranch.next() != null) {
            return elseBranch.next();
        }
        return options.isEmpty() ? null : options.get(0).next();
    }

    /** Whether a second "not sure" leaves this question open and moves on. */
    public boolean canBeLeftOpen() {
        return kind == NodeKind.CHOICE && notSure != null && notSure.open() != null;
    }

    /** Where a question left open goes: its own next, or the first option's. */
    public String openNext() {
        if (!canBeLeftOpen()) {
            return null;
        }
        return notSure.open().next() != null ? notSure.open().next() : options.isEmpty() ? null : options.get(0).next();
    }

    /** The slots "something else" sets: the else branch's, and the person's words in this node's slot. */
    public Map<String, String> setsForOwnWords(String words) {
        Map<String, String> out = new HashMap<>();
        if (elseBranch != null) {
            out.putAll(elseBranch.set());
        }
        if (slot != null) {
            out.put(slot, words);
        }
        return out;
    }

    /** The nodes this one can lead to. */
    public List<String> successors() {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case CHOICE -> {
                allOptions().forEach(o -> out.add(o.next()));
                out.add(elseNext());
                out.add(openNext());
            }
            case RATING -> out.add(next);
            case CONFIRM -> {
                out.add(yes);
                out.add(change);
            }
            case BOARD -> out.add(pairsId());
            default -> { }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    public boolean isQuestion() {
        return kind != NodeKind.END;
    }

    /** The id of the pairs node that follows this board node. */
    public String pairsId() {
        return id + PAIRS_SUFFIX;
    }

    /** The pairs node that follows a board node: where the cards to change are offered two at a time. */
    public Node pairs() {
        return new Node(pairsId(), NodeKind.PAIRS, PAIRS_PROMPT, "choose", null, List.of(), null, null, null, null, null, null, board);
    }

    /** A board's own node, when the board starts a conversation. */
    public static Node board(String id, String board) {
        return new Node(id, NodeKind.BOARD, null, null, null, List.of(), null, null, null, null, null, null, board);
    }
}
