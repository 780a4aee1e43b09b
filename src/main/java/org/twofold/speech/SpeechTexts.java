package org.twofold.speech;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.twofold.dialogue.Dialogues;
import org.twofold.dialogue.Node;
import org.twofold.dialogue.Option;

/** Every text a step can speak: each dialogue's prompts, not-sure prompts and options, and the fixed words of the steps. */
public final class SpeechTexts {
    private SpeechTexts() {}

    public static List<String> of(Dialogues dialogues, List<String> fixedTexts) {
        Set<String> texts = new LinkedHashSet<>(fixedTexts);
        dialogues.all().forEach(d -> d.nodes().forEach(n -> add(texts, n)));
        texts.remove(null);
        return List.copyOf(texts);
    }

    private static void add(Set<String> texts, Node n) {
        texts.add(n.prompt());
        if (n.notSure() != null) {
            texts.add(n.notSure().prompt());
        }
        n.allOptions().stream().map(Option::spoken).forEach(texts::add);
    }
}
