package org.twofold.board;

/** Where a card was put on the mat: 0 is the scale's left point, 2 its right, in steps of 0.5. */
public record Placement(String card, double position) {
    public static final double LEFT = 0;
    public static final double RIGHT = 2;

    /** Whether a position is on the mat: 0, 0.5, 1, 1.5 or 2. */
    public static boolean onTheMat(double position) {
        return position >= LEFT && position <= RIGHT && position * 2 == Math.rint(position * 2);
    }
}
