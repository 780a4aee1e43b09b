package org.twofold.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a finished mat says: the cards it offers to work on, and where everything went, in words. */
public final class Sorting {
    private Sorting() {}

    /**
     * The cards to offer in pairs, in the order they were placed: those at the end of the scale that
     * says "this needs to change"; failing any, those nearest to it, place by place. Only cards that
     * lead somewhere (a dialogue or a closer look) can be offered.
     */
    public static List<String> candidates(Board board, Scale scale, List<Placement> placements) {
        double end = scale.change().position();
        List<Placement> leading = placements.stream()
            .filter(p -> board.card(p.card()).map(c -> c.dialogue() != null || c.board() != null).orElse(false))
            .toList();
        return leading.stream()
            .map(p -> Math.abs(p.position() - end))
            .min(Comparator.naturalOrder())
            .map(nearest -> leading.stream().filter(p -> Math.abs(p.position() - end) == nearest).map(Placement::card).toList())
            .orElse(List.of());
    }

    /** Where each card went, place by place from left to right: "Going well: Sleep, Meals. Not going well: Money." */
    public static String inWords(Board board, Scale scale, List<Placement> placements) {
        Map<Double, List<String>> byPlace = new LinkedHashMap<>();
        placements.stream().map(Placement::position).distinct().sorted().forEach(p -> byPlace.put(p, new ArrayList<>()));
        for (Placement p : placements) {
            byPlace.get(p.position()).add(board.card(p.card()).map(Card::label).orElse(p.card()));
        }
        List<String> parts = new ArrayList<>();
        byPlace.forEach((position, cards) -> parts.add(capitalised(scale.place(position)) + ": " + String.join(", ", cards) + "."));
        return String.join(" ", parts);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
