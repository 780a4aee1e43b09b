package org.twofold.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.twofold.board.Board;
import org.twofold.board.Boards;
import org.twofold.board.Card;
import org.twofold.board.Placement;
import org.twofold.board.Scale;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Dialogue;

/**
 * Every mat finished in a conversation, in the order they were finished, practice ones marked, as
 * the staff page lists them in words: each card where it was put, in the order given, with the
 * comments on it. Read from the log, whose finished mats are the answers that sorted a board.
 */
public final class FinishedMats {
    /**
     * One finished mat: the step it was placed at, its board and topic, whether it was practice, when, its cards
     * in words, and where its picture is (only the last mat finished at a step has one; null for the others).
     */
    public record FinishedMat(String node, String board, String topic, boolean practice, String at, List<Row> rows, String picture) {
        FinishedMat pictured(String address) {
            return new FinishedMat(node, board, topic, practice, at, rows, address);
        }
    }

    /** A card of a finished mat: where it was put (or that it was not placed), and the comments on it. */
    public record Row(String card, String place, List<SupporterMat.Note> comments) {}

    private FinishedMats() {}

    static List<FinishedMat> of(Conversations conversations, Opened o, Boards boards, UnaryOperator<String> names) {
        String id = o.conversation().id();
        List<Event> log = conversations.db().read(tx -> conversations.log().store().events(tx, id));
        Dialogue first = o.dialogues().find(o.conversation().dialogueId()).orElse(null);
        if (first == null || log.stream().noneMatch(e -> e.mat() instanceof MatAct.Sorted)) {
            return List.of();
        }
        // Replayed event by event, so each finished mat has the comments made on it before it was finished.
        ConversationState state = ConversationState.replay(first.id(), first.start(), o.conversation().present(), List.of());
        List<FinishedMat> out = new ArrayList<>();
        for (Event e : log) {
            if (e.mat() instanceof MatAct.Sorted sorted) {
                boards.find(sorted.board()).ifPresent(b -> out.add(finished(e, sorted, b, boards.scaleOf(b), state.mat().comments(), names)));
            }
            state.apply(e);
        }
        for (int i = 0; i < out.size(); i++) {
            String node = out.get(i).node();
            if (out.subList(i + 1, out.size()).stream().noneMatch(f -> f.node().equals(node))) {
                out.set(i, out.get(i).pictured("/api/v1/conversations/" + id + "/boards/" + node + ".svg"));
            }
        }
        return out;
    }

    private static FinishedMat finished(Event e, MatAct.Sorted sorted, Board board, Scale scale, List<Mat.Comment> comments,
                                        UnaryOperator<String> names) {
        List<Row> rows = new ArrayList<>();
        for (Placement p : sorted.placements()) {
            board.card(p.card()).ifPresent(c -> rows.add(row(c, capitalised(scale.place(p.position())), comments, names)));
        }
        for (Card c : board.cards()) {
            if (sorted.placements().stream().noneMatch(p -> p.card().equals(c.id()))) {
                rows.add(row(c, "Not placed", comments, names));
            }
        }
        return new FinishedMat(e.node(), board.id(), board.topic().label(), sorted.practice(), e.at(), rows, null);
    }

    private static Row row(Card card, String place, List<Mat.Comment> comments, UnaryOperator<String> names) {
        return new Row(card.label(), place, comments.stream().filter(c -> c.card().equals(card.id()))
            .map(c -> new SupporterMat.Note(c.text(), c.by() == null ? "Staff" : names.apply(c.by()), c.at())).toList());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
