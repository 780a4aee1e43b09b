package org.twofold.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.SlotTemplates;
import org.twofold.language.Analyser;
import org.twofold.language.LanguageModels;
import org.twofold.language.OwnWordsCorpus;
import org.twofold.language.StatementCheck;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

class TheShippedDialoguesAreValid {
    @Test
    void everyDialogueInTheRepositoryPassesTheValidatorEverySentenceIncludedAndHasFiveToTwelveQuestions() {
        SymbolCatalogue symbols = SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml());
        Analyser analyser = new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30));
        StatementCheck statements = new StatementCheck(analyser);
        SlotTemplates templates = new SlotTemplates();
        DraftComposer composer = DraftComposer.of(templates, analyser, statements);
        DialogueLibrary.Checked checked = DialogueLibrary.load(Path.of("dialogues"), symbols, Json.yaml(), templates, statements,
            new DialogueValidator.Sentences(composer, OwnWordsCorpus.shipped()));
        assertEquals("", String.join("\n", checked.problems().stream().map(Problem::toString).toList()));
        assertTrue(checked.dialogues().all().size() >= 9);
        for (Dialogue d : checked.dialogues().all()) {
            long questions = d.nodes().stream().filter(Node::isQuestion).count();
            assertTrue(questions >= 5 && questions <= 12, d.id() + " has " + questions + " questions");
        }
    }
}
