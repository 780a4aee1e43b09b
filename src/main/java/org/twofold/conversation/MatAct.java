package org.twofold.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.twofold.board.Placement;

/** What an event did on a picture board: kept with the event in the log, as JSON named by its act. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "act")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MatAct.Placed.class, name = "placed"),
    @JsonSubTypes.Type(value = MatAct.Commented.class, name = "commented"),
    @JsonSubTypes.Type(value = MatAct.Marked.class, name = "marked"),
    @JsonSubTypes.Type(value = MatAct.Sorted.class, name = "sorted")})
public sealed interface MatAct {
    /** A card put on the mat, or moved on it. */
    record Placed(String card, double position) implements MatAct {}

    /** A supporter's comment on a card. */
    record Commented(String card, String text) implements MatAct {}

    /** The mat marked as practice (not the person's real view), or as real again. */
    record Marked(boolean practice) implements MatAct {}

    /** The finished mat: where each card is, whether it was practice, and the cards it offers to work on, in order. */
    record Sorted(String board, List<Placement> placements, boolean practice, List<String> candidates) implements MatAct {
        public Sorted {
            placements = List.copyOf(placements);
            candidates = List.copyOf(candidates);
        }
    }
}
