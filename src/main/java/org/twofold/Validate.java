package org.twofold;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import org.twofold.dialogue.DialogueLibrary;
import org.twofold.draft.SlotTemplates;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

/** `twofold validate [dir]`: every problem in the dialogues at once, exit code 1 if there are any. */
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
        DialogueLibrary.Checked checked = DialogueLibrary.load(dialogues, symbols, yaml, new SlotTemplates());
        checked.problems().forEach(out::println);
        if (checked.ok()) {
            out.println(checked.dialogues().all().size() + " dialogues in " + dialogues + ": no problems.");
            return 0;
        }
        out.println(checked.problems().size() + " problem(s) in " + dialogues + ".");
        return 1;
    }
}
