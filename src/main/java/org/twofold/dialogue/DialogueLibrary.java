package org.twofold.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.twofold.board.BoardLoader;
import org.twofold.board.BoardValidator;
import org.twofold.board.Boards;
import org.twofold.draft.SlotTemplates;
import org.twofold.language.StatementCheck;
import org.twofold.symbols.SymbolCatalogue;

/** Loads and validates a directory of dialogues, with its boards and scales: what both the server's start and `validate` do. */
public final class DialogueLibrary {
    private DialogueLibrary() {}

    public record Checked(Dialogues dialogues, Boards boards, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Structure and easy read: fast, and needs no language models. */
    public static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, SlotTemplates templates) {
        return load(directory, symbols, yaml, new DialogueValidator(symbols, templates));
    }

    /** Structure, easy read and the wording of every outcome: what the server checks once its models are loaded. */
    public static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, SlotTemplates templates,
                               StatementCheck statements) {
        return load(directory, symbols, yaml, new DialogueValidator(symbols, templates, statements, null));
    }

    /** All of that, and every sentence the drafts could hold, own words included: what `validate` checks. */
    public static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, SlotTemplates templates,
                               StatementCheck statements, DialogueValidator.Sentences sentences) {
        return load(directory, symbols, yaml, new DialogueValidator(symbols, templates, statements, sentences));
    }

    private static Checked load(Path directory, SymbolCatalogue symbols, ObjectMapper yaml, DialogueValidator validator) {
        DialogueLoader.Result loaded = new DialogueLoader(yaml).load(directory);
        BoardLoader.Result boards = new BoardLoader(yaml).load(directory);
        Set<String> dialogueIds = loaded.files().stream().map(f -> f.dialogue().id()).collect(Collectors.toSet());
        Set<String> boardIds = boards.boards().stream().map(f -> f.board().id()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(boards.problems());
        problems.addAll(validator.validate(loaded.files(), boardIds));
        problems.addAll(new BoardValidator(symbols::has, dialogueIds).validate(boards.scales(), boards.boards()));
        Boards offered = new Boards(boards.scales().scales(), boards.boards().stream().map(BoardLoader.BoardFile::board).toList());
        Dialogues dialogues = new Dialogues(loaded.files().stream().map(DialogueFile::dialogue).toList(), offered::asDialogue);
        return new Checked(dialogues, offered, problems);
    }
}
