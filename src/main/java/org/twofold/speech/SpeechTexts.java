package org.twofold.speech;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.twofold.board.Board;
import org.twofold.board.Boards;
import org.twofold.board.Card;
import org.twofold.board.Scale;
import org.twofold.board.ScalePoint;
import org.twofold.dialogue.Dialogues;
import org.twofold.dialogue.Node;
import org.twofold.dialogue.Option;

/**
 * Every text a step can speak: each dialogue's prompts, not-sure prompts and options, each board's
 * topic, instruction, scale and cards, and the fixed words of the steps.
 */
public final class SpeechTexts {
    private SpeechTexts() {}

    public static List<String> of(Dialogues dialogues, List<String> fixedTexts) {
        return of(dialogues, Boards.none(), fixedTexts);
    }

    public static List<String> of(Dialogues dialogues, Boards boards, List<String> fixedTexts) {
        Set<String> texts = new LinkedHashSet<>(fixedTexts);
        dialogues.all().forEach(d -> d.nodes().forEach(n -> add(texts, n)));
        boards.all().forEach(b -> add(texts, b, boards.scaleOf(b)));
        texts.remove(null);
        return List.copyOf(texts);
    }

    private static void add(Set<String> texts, Board b, Scale scale) {
        texts.add(b.topic().label());
        texts.add(b.topic().instruction());
        texts.add(scale.question());
        scale.points().stream().map(ScalePoint::spoken).forEach(texts::add);
        b.cards().stream().map(Card::spoken).forEach(texts::add);
    }

    private static void add(Set<String> texts, Node n) {
        texts.add(n.prompt());
        if (n.notSure() != null) {
            texts.add(n.notSure().prompt());
        }
        n.allOptions().stream().map(Option::spoken).forEach(texts::add);
    }
}
