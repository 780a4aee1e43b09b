package org.twofold.conversation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.twofold.board.Board;
import org.twofold.board.Boards;
import org.twofold.board.FinishedMat;
import org.twofold.board.MatTable;
import org.twofold.board.Scale;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Dialogue;
import org.twofold.store.Times;
import org.twofold.web.PlainWords;

/**
 * Every mat finished in a conversation, in the order they were finished, practice ones marked, as
 * the staff page lists them: each as the shared table of a finished mat (board/MatTable), with who
 * made each comment and when. Read from the log, whose finished mats are the answers that sorted a board.
 */
public final class FinishedMats {
    /** One finished mat: the step it was placed at, its table, and where its picture is (only the last mat finished at a step has one). */
    public record Shown(String node, MatTable mat, String picture) {}

    private FinishedMats() {}

    static List<Shown> of(Conversations conversations, Opened o, Boards boards, UnaryOperator<String> names) {
        String id = o.conversation().id();
        List<Event> log = conversations.db().read(tx -> conversations.log().store().events(tx, id));
        Dialogue first = o.dialogues().find(o.conversation().dialogueId()).orElse(null);
        if (first == null || log.stream().noneMatch(e -> e.mat() instanceof MatAct.Sorted)) {
            return List.of();
        }
        // Replayed event by event, so each finished mat has the comments made on it before it was finished.
        ConversationState state = ConversationState.replay(first.id(), first.start(), o.conversation().present(), List.of());
        List<Shown> out = new ArrayList<>();
        for (Event e : log) {
            if (e.mat() instanceof MatAct.Sorted sorted) {
                boards.find(sorted.board()).ifPresent(b -> out.add(new Shown(e.node(),
                    MatTable.of(finished(e, sorted, b, boards.scaleOf(b), state.mat().comments(), names)), null)));
            }
            state.apply(e);
        }
        for (int i = 0; i < out.size(); i++) {
            String node = out.get(i).node();
            if (out.subList(i + 1, out.size()).stream().noneMatch(f -> f.node().equals(node))) {
                out.set(i, new Shown(node, out.get(i).mat(), MatRoutes.staffPicture(id, node)));
            }
        }
        return out;
    }

    private static FinishedMat finished(Event e, MatAct.Sorted sorted, Board board, Scale scale, List<Mat.Comment> comments,
                                        UnaryOperator<String> names) {
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (Mat.Comment c : comments) {
            String by = c.by() == null ? "Staff" : names.apply(c.by());
            said.computeIfAbsent(c.card(), card -> new ArrayList<>())
                .add("\u201c" + c.text() + "\u201d (" + by + ", " + PlainWords.dayAndTime(Times.parse(c.at())) + ")");
        }
        return new FinishedMat(board, scale, sorted.placements(), said, sorted.practice(),
            LocalDate.ofInstant(Times.parse(e.at()), ZoneOffset.UTC));
    }
}
