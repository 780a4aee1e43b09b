package org.twofold.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.DialogueLibrary;
import org.twofold.language.Analyser;
import org.twofold.language.LanguageModels;
import org.twofold.language.OwnWordsWording;
import org.twofold.language.StatementCheck;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

/** The shipped dialogues and a real composer, with the language models loaded: what the draft walks need. */
public final class Drafting {
    public final SlotTemplates templates = new SlotTemplates();
    public final StatementCheck statements;
    public final DraftComposer composer;
    public final Collection<Dialogue> dialogues;

    public Drafting() {
        ObjectMapper yaml = Json.yaml();
        Analyser analyser = new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(60));
        statements = new StatementCheck(analyser);
        composer = new DraftComposer(templates, new OwnWordsForms(new OwnWordsWording(analyser, statements)), statements);
        SymbolCatalogue symbols = SymbolCatalogue.load(Path.of("symbol-library"), yaml);
        dialogues = DialogueLibrary.load(Path.of("dialogues"), symbols, yaml, templates).dialogues().all();
    }
}
