package org.twofold.board;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A board about the day on the going-well scale, and a small symbol library, for the mat's tests. */
final class MatFixture {
    static final String HOSTILE = "Tom & \"Jerry\" <3> 'x'";

    static final Scale SCALE = new Scale("going-well", "Going well, sometimes, not going well", "How is this going?",
        End.RIGHT, List.of(
            new ScalePoint("going-well", "Going well", "happy", null),
            new ScalePoint("sometimes", "Sometimes", "face-okay", null),
            new ScalePoint("not-going-well", "Not going well", "sad", null)));

    static final Board BOARD = new Board("my-day", new Topic("My day", "day-planner", null, null), "going-well", List.of(
        card("getting-up", "Getting up", "morning"),
        card("my-health", "My health", "health"),
        card("going-out", "Going out", "bus"),
        card("friends", HOSTILE, "friends"),
        card("money", "Money", "no-such-symbol"),
        card("food", "Food and drink", "food"),
        new Card("photo", "My garden", null, null, "garden", null, "picture-1")));

    private static final Set<String> SYMBOLS = Set.of("day-planner", "happy", "face-okay", "sad", "morning", "health",
        "bus", "friends", "food");

    private MatFixture() {}

    static Card card(String id, String label, String symbol) {
        return new Card(id, label, symbol, null, "some-dialogue", null, null);
    }

    static Optional<byte[]> symbol(String id) {
        return SYMBOLS.contains(id)
            ? Optional.of(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
                .getBytes(StandardCharsets.UTF_8))
            : Optional.empty();
    }

    static Optional<MatPicture.Image> picture(String id) {
        return id.equals("picture-1") ? Optional.of(new MatPicture.Image(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png"))
            : Optional.empty();
    }

    /** Going out and Getting up at the left (in that order), My health half way, friends at the middle, food a step from the right, money at the right; the photo not placed. */
    static FinishedMat mat(boolean practice) {
        return new FinishedMat(BOARD, SCALE, List.of(
            new Placement("going-out", 0), new Placement("food", 1), new Placement("getting-up", 0),
            new Placement("my-health", 0.5), new Placement("friends", 1), new Placement("food", 1.5),
            new Placement("money", 2)),
            Map.of("money", List.of("Worried about bills & <rent>")), practice, LocalDate.of(2026, 11, 28));
    }
}
