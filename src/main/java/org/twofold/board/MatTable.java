package org.twofold.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished mat as a table for the staff page (templates/board/mat-table.peb, included with the
 * variable {@code mat}): one row a card, in the board's order, saying in words where it was placed
 * and the comments on it; the cards not placed follow.
 */
public record MatTable(String topic, boolean practice, LocalDate date, List<Row> rows) {
    static final String NOT_PLACED = "Not placed";

    /** One card: its words, where it was placed in words, whether it was placed at all, and the comments on it. */
    public record Row(String card, String place, boolean placed, List<String> comments) {}

    public static MatTable of(FinishedMat mat) {
        List<Row> rows = new ArrayList<>();
        for (Card card : mat.board().cards()) {
            mat.positionOf(card.id()).ifPresent(position ->
                rows.add(new Row(card.label(), mat.scale().place(position), true, mat.commentsOn(card.id()))));
        }
        for (Card card : mat.unplaced()) {
            rows.add(new Row(card.label(), NOT_PLACED, false, mat.commentsOn(card.id())));
        }
        Topic topic = mat.board().topic();
        return new MatTable(topic == null ? mat.board().id() : topic.label(), mat.practice(), mat.date(), List.copyOf(rows));
    }
}
