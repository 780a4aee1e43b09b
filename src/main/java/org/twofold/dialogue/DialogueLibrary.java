package org.twofold.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.twofold.draft.SlotTemplates;
import org.twofold.symbols.SymbolCatalogue;

/** Loads and validates a directory of dialogues: what both the server's start and `validate` do. */
public final class DialogueLibrary {
    private DialogueLibrary() {}

    public record Checked(Dialogues dialogues, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, SlotTemplates templates) {
        DialogueLoader.Result loaded = new DialogueLoader(yaml).load(directory);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(new DialogueValidator(symbols, templates).validate(loaded.files()));
        return new Checked(new Dialogues(loaded.files().stream().map(DialogueFile::dialogue).toList()), problems);
    }
}
