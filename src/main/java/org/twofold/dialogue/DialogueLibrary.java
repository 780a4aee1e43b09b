package org.twofold.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.twofold.draft.SlotTemplates;
import org.twofold.language.StatementCheck;
import org.twofold.symbols.SymbolCatalogue;

/** Loads and validates a directory of dialogues: what both the server's start and `validate` do. */
public final class DialogueLibrary {
    private DialogueLibrary() {}

    public record Checked(Dialogues dialogues, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Structure and easy read: fast, and needs no language models. */
    public static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, SlotTemplates templates) {
        return load(directory, yaml, new DialogueValidator(symbols, templates));
    }

    /** Structure, easy read and the wording of every outcome: what the server checks once its models are loaded. */
    public static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, SlotTemplates templates,
                               StatementCheck statements) {
        return load(directory, yaml, new DialogueValidator(symbols, templates, statements, null));
    }

    /** All of that, and every sentence the drafts could hold, own words included: what `validate` checks. */
    public static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, SlotTemplates templates,
                               StatementCheck statements, DialogueValidator.Sentences sentences) {
        return load(directory, yaml, new DialogueValidator(symbols, templates, statements, sentences));
    }

    private static Checked load(Path directory, ObjectMapper yaml, DialogueValidator validator) {
        DialogueLoader.Result loaded = new DialogueLoader(yaml).load(directory);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(validator.validate(loaded.files()));
        return new Checked(new Dialogues(loaded.files().stream().map(DialogueFile::dialogue).toList()), problems);
    }
}
