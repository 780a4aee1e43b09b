package org.twofold.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.twofold.board.Placement;
import org.twofold.conversation.Step.MatCard;
import org.twofold.conversation.Step.StepOption;

/**
 * The person's picture board on the tablet: the five places across the top (the scale's three points
 * and the two places between them), the cards put there in the order they were put, the card being
 * handed over, and "Is this right?": the mat read back place by place.
 */
final class BoardScreen {
    private static final double[] POSITIONS = {0, 0.5, 1, 1.5, 2};
    static final String IS_IT_RIGHT = "Is this right?";

    private BoardScreen() {}

    /**
     * One place on the mat: its position as the form sends it, where it is in words ("at Going well",
     * "between Going well and Sometimes"), its scale point (none between two) and the cards put there.
     */
    record Place(String position, String where, String name, StepOption point, List<MatCard> cards) {
        public boolean between() {
            return point == null;
        }
    }

    /**
     * What the board page shows. The card handed over is the one asked for (a card picked up again from
     * the mat, without the script), else the first card not yet on the mat; the read-back has a line a place.
     */
    static void model(Map<String, Object> m, Step step, String wanted, boolean review, UnaryOperator<String> audioFor) {
        Step.MatView mat = step.mat();
        List<Place> places = places(mat);
        List<MatCard> unplaced = mat.cards().stream().filter(c -> placeOf(mat, c.id()).isEmpty()).toList();
        Optional<MatCard> asked = Optional.ofNullable(wanted).flatMap(id -> mat.cards().stream().filter(c -> c.id().equals(id)).findFirst());
        boolean reviewing = review && !mat.placements().isEmpty() && asked.isEmpty();
        MatCard hand = reviewing ? null : asked.orElse(unplaced.isEmpty() ? null : unplaced.get(0));
        m.put("places", places);
        m.put("hand", hand);
        m.put("handPlace", hand == null ? null : placeOf(mat, hand.id()).map(p -> where(mat, p)).orElse(null));
        m.put("cardsLeft", unplaced.size());
        m.put("placedCount", mat.placements().size());
        m.put("review", reviewing);
        if (reviewing) {
            m.put("isItRight", new ReadBack.Idea("question", IS_IT_RIGHT, audioFor.apply(IS_IT_RIGHT)));
            m.put("readBack", readBack(places, audioFor));
        }
    }

    private static List<ReadBack.Idea> readBack(List<Place> places, UnaryOperator<String> audioFor) {
        List<ReadBack.Idea> lines = new ArrayList<>();
        for (Place p : places) {
            if (p.cards().isEmpty()) {
                continue;
            }
            String text = capitalised(p.name()) + ": " + String.join(", ", p.cards().stream().map(MatCard::label).toList()) + ".";
            lines.add(new ReadBack.Idea(p.between() ? null : p.point().symbol(), text, audioFor.apply(text)));
        }
        return lines;
    }

    private static List<Place> places(Step.MatView mat) {
        List<Place> places = new ArrayList<>();
        for (double position : POSITIONS) {
            List<MatCard> cards = new ArrayList<>();
            for (Placement p : mat.placements()) {
                if (p.position() == position) {
                    mat.cards().stream().filter(c -> c.id().equals(p.card())).findFirst().ifPresent(cards::add);
                }
            }
            StepOption point = position == Math.rint(position) ? mat.scale().get((int) position) : null;
            places.add(new Place(text(position), where(mat, position), name(mat, position), point, cards));
        }
        return places;
    }

    private static Optional<Double> placeOf(Step.MatView mat, String card) {
        return mat.placements().stream().filter(p -> p.card().equals(card)).map(Placement::position).findFirst();
    }

    /** The place in words, as a sentence goes on after "Put Meals": "at Going well", "between Going well and Sometimes". */
    private static String where(Step.MatView mat, double position) {
        return position == Math.rint(position) ? "at " + name(mat, position) : name(mat, position);
    }

    private static String name(Step.MatView mat, double position) {
        int below = (int) Math.floor(position);
        if (position == below) {
            return mat.scale().get(below).label();
        }
        return "between " + mat.scale().get(below).label() + " and " + mat.scale().get(below + 1).label();
    }

    /** The position as the form sends it: 0, 0.5, 1, 1.5 or 2. */
    private static String text(double position) {
        return position == Math.rint(position) ? String.valueOf((int) position) : String.valueOf(position);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
