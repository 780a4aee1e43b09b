package org.twofold;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.twofold.dialogue.DialogueLibrary;
import org.twofold.dialogue.DialogueValidator;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.SlotTemplates;
import org.twofold.language.Analyser;
import org.twofold.language.LanguageModels;
import org.twofold.language.OwnWordsCorpus;
import org.twofold.language.StatementCheck;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

/**
 * `twofold validate [dir]`: every problem in the dialogues at once, the wording of their outcomes
 * included, exit code 1 if there are any.
 */
final class Validate {
    private Validate() {}

    static int run(Path dialogues, Path symbolsDir, PrintStream out) {
        ObjectMapper yaml = Json.yaml();
        SymbolCatalogue symbols;
        try {
            symbols = SymbolCatalogue.load(symbolsDir, yaml);
        } catch (IllegalStateException e) {
            out.println(e.getMessage());
            return 1;
        }
        Analyser analyser = new Analyser(LanguageModels.loadInBackground(), Duration.ofMinutes(1));
        StatementCheck statements = new StatementCheck(analyser);
        SlotTemplates templates = new SlotTemplates();
        DraftComposer composer = DraftComposer.of(templates, analyser, statements);
        DialogueLibrary.Checked checked = DialogueLibrary.load(dialogues, symbols, yaml, templates, statements,
            new DialogueValidator.Sentences(composer, OwnWordsCorpus.shipped()));
        checked.problems().forEach(out::println);
        if (checked.ok()) {
            out.println(checked.dialogues().all().size() + " dialogues and " + checked.boards().all().size() + " boards in " + dialogues + ": no problems.");
            return 0;
        }
        out.println(checked.problems().size() + " problem(s) in " + dialogues + ".");
        return 1;
    }
}
