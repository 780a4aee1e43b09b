package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twofold.conversation.InProcessWalks;
import org.twofold.dialogue.Dialogue;
import org.twofold.language.OwnWordsCorpus;

/**
 * Staff change one part of a trigger ("who they tell"); the trigger is read whole again from its parts.
 * Where another part still quotes the person's words, those words follow the sentence, as the composer
 * puts them, and never break it: on walks of every dialogue with own words at half the choices.
 */
class ChangingOnePartOfATriggerKeepsItWhole {
    @Test
    void theTriggerStaysOneWellFormedSentenceWithTheQuotedWordsAfterIt() {
        Drafting drafting = new Drafting();
        List<String> broken = new ArrayList<>();
        int quoted = 0;
        for (Dialogue dialogue : drafting.dialogues) {
            InProcessWalks walks = new InProcessWalks(dialogue, drafting.composer, OwnWordsCorpus.shipped(), new Random(3), 0.5);
            for (int i = 0; i < 25; i++) {
                Draft draft = walks.walk().draft();
                for (int n = 1; n <= draft.escalation().size(); n++) {
                    Draft.Escalation before = draft.escalation().get(n - 1);
                    if (!before.hasParts()) {
                        continue;
                    }
                    String after = DraftWording.apply(draft, Map.of("escalation." + n + ".tell", "the team leader"), Set.of(), "staff", "now")
                        .escalation().get(n - 1).text();
                    List<String> quotes = DraftComposer.quotes(before.text());
                    quoted += quotes.isEmpty() ? 0 : 1;
                    boolean whole = after.contains("They tell the team leader " + DraftComposer.withoutQuotes(before.by()).replaceAll("\\.+$", ""))
                        && !after.matches("(?s).*[.\u201D]\\s*,.*")
                        && quotes.stream().allMatch(after::contains)
                        && drafting.composer.wellFormed(DraftComposer.withoutQuotes(after));
                    if (!whole) {
                        broken.add(before.text() + "\n  became: " + after);
                    }
                }
            }
        }
        assertTrue(quoted > 0, "some triggers quote the person's words");
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }
}
