package org.twofold.conversation;

import java.util.List;
import org.twofold.board.Placement;

/**
 * The cards a finished mat offers to work on, taken two at a time: the card chosen stays on and
 * meets the next, until one is left.
 */
public record Pairing(String board, String boardNode, int sortedSeq, List<Placement> placements, List<String> candidates,
                      String chosen, int next) {
    public Pairing {
        placements = List.copyOf(placements);
        candidates = List.copyOf(candidates);
    }

    static Pairing of(String board, String boardNode, int sortedSeq, List<Placement> placements, List<String> candidates) {
        return new Pairing(board, boardNode, sortedSeq, placements, candidates, candidates.get(0), 1);
    }

    /** Where a card was placed on the finished mat. */
    public double positionOf(String card) {
        return placements.stream().filter(p -> p.card().equals(card)).mapToDouble(Placement::position).findFirst().orElse(Placement.LEFT);
    }

    /** The two cards offered now: the one chosen so far, then the next. */
    public List<String> pair() {
        return List.of(chosen, candidates.get(next));
    }

    public boolean offers(String card) {
        return !done() && pair().contains(card);
    }

    Pairing choose(String card) {
        return new Pairing(board, boardNode, sortedSeq, placements, candidates, card, next + 1);
    }

    /** Whether one card is left: the card to work on. */
    public boolean done() {
        return next >= candidates.size();
    }
}
