package org.twofold.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mat as the person left it: the board and its scale, where each card was put (in the order given),
 * the supporter's comments on the cards, whether it was practice, and the day. What the snapshot
 * (a picture, {@link MatPicture}) and the table on the staff page ({@link MatTable}) are made from.
 */
public record FinishedMat(Board board, Scale scale, List<Placement> placements, Map<String, List<String>> comments,
                          boolean practice, LocalDate date) {
    /** The five places on a mat, left to right: the three points and the two places between them. */
    public static final List<Double> PLACES = List.of(0.0, 0.5, 1.0, 1.5, 2.0);

    public FinishedMat {
        placements = placements == null ? List.of()
            : placements.stream().filter(p -> p != null && p.card() != null).toList();
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if (comments != null) {
            comments.forEach((card, texts) -> {
                if (card != null && texts != null) {
                    kept.put(card, texts.stream().filter(t -> t != null && !t.isBlank()).toList());
                }
            });
        }
        comments = Map.copyOf(kept);
    }

    /** The cards at one place, in the order given; a card given twice counts once, at its last place. */
    public List<Card> at(double place) {
        List<Card> cards = new ArrayList<>();
        placed().forEach((id, position) -> {
            if (position == place) {
                board.card(id).ifPresent(cards::add);
            }
        });
        return cards;
    }

    /** The board's cards that are on no place of the mat, in the board's order. */
    public List<Card> unplaced() {
        Map<String, Double> placed = placed();
        return board.cards().stream().filter(c -> !placed.containsKey(c.id())).toList();
    }

    /** Where a card was put, if it was put on the mat. */
    public Optional<Double> positionOf(String card) {
        return Optional.ofNullable(placed().get(card));
    }

    /** The comments on a card, in the order they were made. */
    public List<String> commentsOn(String card) {
        return comments.getOrDefault(card, List.of());
    }

    /** Each card of the board that was put on the mat, with its place: a card moved goes to the end of its new place. */
    private Map<String, Double> placed() {
        Map<String, Double> placed = new LinkedHashMap<>();
        for (Placement p : placements) {
            if (board.card(p.card()).isPresent()) {
                placed.remove(p.card());
                if (Placement.onTheMat(p.position())) {
                    placed.put(p.card(), p.position());
                }
            }
        }
        return placed;
    }
}
