package org.twofold.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.twofold.board.Placement;
import org.twofold.conversation.Step.MatCard;
import org.twofold.conversation.Step.MatView;
import org.twofold.conversation.Step.StepOption;

/**
 * A board step as the supporter sees it beside the person: the scale's three points left to right
 * (and a place between two, once a card is there), the cards under their place in the order they
 * were put there, the cards not placed yet, each card's comments with who wrote them and when, and
 * whether it is practice. Nothing is re-ordered: the mat is shown as the person placed it.
 */
public record SupporterMat(String topic, String topicSymbol, String question, boolean practice, List<Place> places,
                           List<CardOnMat> notPlaced, List<CardOnMat> cards, List<Position> positions, String lastMove) {

    /** A place on the mat: one of the scale's points, or between two of them. */
    public record Place(String label, String symbol, String position, boolean point, List<CardOnMat> cards) {}

    /** A card with its picture (null when it has none), where it is (null when not placed) and the comments on it. */
    public record CardOnMat(String id, String label, String picture, String place, List<Note> comments) {}

    /** A supporter's comment: its words, who wrote it and when. */
    public record Note(String text, String by, String at) {}

    /** A place a card can be put, for the supporter's form: its value as sent and its words. */
    public record Position(String value, String label) {}

    /** The mat of a board step; names gives the name of whoever wrote a comment, from their id. */
    static SupporterMat of(MatView mat, List<Mat.Comment> comments, UnaryOperator<String> names) {
        List<StepOption> scale = mat.scale();
        List<CardOnMat> cards = new ArrayList<>();
        for (MatCard c : mat.cards()) {
            Placement at = mat.placements().stream().filter(p -> p.card().equals(c.id())).findFirst().orElse(null);
            List<Note> notes = comments.stream().filter(n -> n.card().equals(c.id()))
                .map(n -> new Note(n.text(), n.by() == null ? "Staff" : names.apply(n.by()), n.at())).toList();
            String picture = c.picture() != null ? onStaffScreens(c.picture()) : c.symbol() != null ? "/symbols/" + c.symbol() + ".svg" : null;
            cards.add(new CardOnMat(c.id(), c.label(), picture, at == null ? null : place(scale, at.position()), notes));
        }
        Set<Double> taken = new LinkedHashSet<>();
        mat.placements().forEach(p -> taken.add(p.position()));
        List<Place> places = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        for (int half = 0; half <= 4; half++) {
            double position = half / 2.0;
            boolean point = half % 2 == 0;
            positions.add(new Position(value(position), capitalised(place(scale, position))));
            if (!point && !taken.contains(position)) {
                continue;
            }
            List<CardOnMat> here = mat.placements().stream().filter(p -> p.position() == position)
                .map(p -> find(cards, p.card())).filter(c -> c != null).toList();
            places.add(new Place(capitalised(place(scale, position)), point ? scale.get(half / 2).symbol() : null, value(position), point, here));
        }
        List<CardOnMat> notPlaced = cards.stream().filter(c -> c.place() == null).toList();
        String lastMove = null;
        if (!mat.placements().isEmpty()) {
            Placement last = mat.placements().get(mat.placements().size() - 1);
            CardOnMat card = find(cards, last.card());
            lastMove = card == null ? null : "Last placed: " + card.label() + ", at " + place(scale, last.position()) + ".";
        }
        return new SupporterMat(mat.topic(), mat.topicSymbol(), mat.question(), mat.practice(), places, notPlaced, cards, positions, lastMove);
    }

    /** A position as a form sends it: 0, 0.5, 1, 1.5 or 2. */
    static String value(double position) {
        return position == Math.rint(position) ? String.valueOf((int) position) : String.valueOf(position);
    }

    /** Where a position sits in words: at a point, or between two. */
    private static String place(List<StepOption> scale, double position) {
        int below = (int) Math.floor(position);
        if (position == below) {
            return scale.get(below).label();
        }
        return "between " + scale.get(below).label() + " and " + scale.get(below + 1).label();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static CardOnMat find(List<CardOnMat> cards, String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** A stored picture's tablet address as the staff screens reach it: the same conversation's, under /staff. */
    static String onStaffScreens(String tabletUrl) {
        return tabletUrl.startsWith("/person/conversations/") ? "/staff/" + tabletUrl.substring("/person/".length()) : tabletUrl;
    }
}
