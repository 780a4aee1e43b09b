package org.twofold.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.NodeKind;
import org.twofold.draft.Provenance;

/** "This is what you told us": each answer that stands, as a picture and the person's words. */
public final class ReadBack {
    private ReadBack() {}

    public record Idea(String symbol, String text, String audio) {}

    public static List<Idea> ideas(Dialogue dialogue, List<Provenance> answers, UnaryOperator<String> audio) {
        List<Idea> ideas = new ArrayList<>();
        for (Provenance p : answers) {
            var node = dialogue.node(p.node());
            boolean stayed = AnswerRequest.NOT_SURE.equals(p.choice()) && node.map(n -> n.kind() != NodeKind.RATING).orElse(true);
            if (node.isEmpty() || node.get().kind() == NodeKind.CONFIRM || stayed) {
                continue;
            }
            String text = textOf(node.get(), p);
            ideas.add(new Idea(symbolOf(node.get(), p), text, audio.apply(text)));
        }
        return ideas;
    }

    private static String textOf(org.twofold.dialogue.Node node, Provenance p) {
        if (p.ownWords() != null) {
            return p.ownWords();
        }
        if (node.kind() == NodeKind.RATING) {
            return Steps.RATING.stream().filter(o -> o.id().equals(p.choice())).findFirst()
                .map(Step.StepOption::label).orElse(p.answer());
        }
        return p.answer();
    }

    private static String symbolOf(org.twofold.dialogue.Node node, Provenance p) {
        if (AnswerRequest.SOMETHING_ELSE.equals(p.choice())) {
            return p.symbol() != null ? p.symbol() : "something-else";
        }
        if (AnswerRequest.NOT_SURE.equals(p.choice())) {
            return "not-sure";
        }
        if (node.kind() == NodeKind.RATING) {
            return Steps.RATING.stream().filter(o -> o.id().equals(p.choice())).findFirst()
                .map(Step.StepOption::symbol).orElse(node.symbol());
        }
        if (node.kind() == NodeKind.BOARD) {
            // A finished mat: its picture is the board itself, shown beside; here it is the act of choosing.
            return MatSteps.PAIRS_SYMBOL;
        }
        return node.option(p.choice()).map(org.twofold.dialogue.Option::symbol).orElse(node.symbol());
    }
}
