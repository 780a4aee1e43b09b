package org.twofold.board;

import java.util.List;

/**
 * A top scale from the library: three points left to right, the question asked of each card, and
 * the end whose cards say "this needs to change" (or "this matters most").
 */
public record Scale(String id, String name, String question, End change, List<ScalePoint> points) {
    public static final int POINTS = 3;

    public Scale {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** The point at a whole position (0, 1 or 2). */
    public ScalePoint point(int position) {
        return points.get(position);
    }

    /** Where a position sits in words: at a point, or between two ("between Going well and Sometimes"). */
    public String place(double position) {
        int below = (int) Math.floor(position);
        if (position == below) {
            return point(below).label();
        }
        return "between " + point(below).label() + " and " + point(below + 1).label();
    }
}
