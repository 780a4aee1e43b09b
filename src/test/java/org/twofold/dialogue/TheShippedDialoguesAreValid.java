package org.twofold.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.twofold.draft.SlotTemplates;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

class TheShippedDialoguesAreValid {
    @Test
    void everyDialogueInTheRepositoryPassesTheValidatorAndHasFiveToTwelveQuestions() {
        SymbolCatalogue symbols = SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml());
        DialogueLibrary.Checked checked = DialogueLibrary.load(Path.of("dialogues"), symbols, Json.yaml(), new SlotTemplates());
        assertEquals("", String.join("\n", checked.problems().stream().map(Problem::toString).toList()));
        assertTrue(checked.dialogues().all().size() >= 8);
        for (Dialogue d : checked.dialogues().all()) {
            long questions = d.nodes().stream().filter(Node::isQuestion).count();
            assertTrue(questions >= 5 && questions <= 12, d.id() + " has " + questions + " questions");
        }
    }
}
