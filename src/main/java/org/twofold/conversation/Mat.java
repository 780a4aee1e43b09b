package org.twofold.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twofold.board.Placement;

/**
 * The picture board on the step a conversation is at, as it is being placed: where each card is
 * (in the order they were put there: a moved card goes after those already in its new place, and
 * nothing else is re-ordered), the supporter's comments and whether it is practice.
 */
public final class Mat {
    /** A supporter's comment on a card, with who wrote it and when. */
    public record Comment(String card, String text, String by, String at) {}

    private final LinkedHashMap<String, Double> placed = new LinkedHashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private boolean practice;

    Mat copy() {
        Mat m = new Mat();
        m.placed.putAll(placed);
        m.comments.addAll(comments);
        m.practice = practice;
        return m;
    }

    void place(String card, double position) {
        placed.remove(card);
        placed.put(card, position);
    }

    void comment(Comment c) {
        comments.add(c);
    }

    void practice(boolean practice) {
        this.practice = practice;
    }

    public List<Placement> placements() {
        List<Placement> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : placed.entrySet()) {
            out.add(new Placement(e.getKey(), e.getValue()));
        }
        return out;
    }

    public List<Comment> comments() {
        return List.copyOf(comments);
    }

    public boolean practice() {
        return practice;
    }

    public boolean isEmpty() {
        return placed.isEmpty();
    }
}
