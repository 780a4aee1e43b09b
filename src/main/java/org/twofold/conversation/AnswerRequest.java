package org.twofold.conversation;

import java.util.List;
import org.twofold.board.Placement;

/**
 * One answer as the tablet or supporter sends it: a choice (an option id, "not-sure" or
 * "something-else" with the person's words in text, and maybe the picture they confirmed),
 * a rating, or a finished picture board (where each card was placed, and whether it was
 * practice; null placements take the mat as it was placed), with how it was given.
 */
public record AnswerRequest(String node, String choice, Integer rating, String text, How how, String note, String answerId,
                            String symbol, List<Placement> placements, boolean practice) {
    public static final String NOT_SURE = "not-sure";
    public static final String SOMETHING_ELSE = "something-else";

    public AnswerRequest(String node, String choice, Integer rating, String text, How how, String note, String answerId, String symbol) {
        this(node, choice, rating, text, how, note, answerId, symbol, null, false);
    }
}
