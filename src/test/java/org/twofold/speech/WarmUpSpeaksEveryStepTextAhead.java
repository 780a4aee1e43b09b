package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.conversation.Steps;
import org.twofold.dialogue.DialogueLibrary;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.SlotTemplates;
import org.twofold.store.Database;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

class WarmUpSpeaksEveryStepTextAhead {
    @TempDir
    Path data;

    @Test
    void theTextsAreEveryPromptNotSurePromptAndOptionOfEveryDialogueAndTheFixedWords() {
        SymbolCatalogue symbols = SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml());
        Dialogues dialogues = DialogueLibrary.load(Path.of("dialogues"), symbols, Json.yaml(), new SlotTemplates()).dialogues();
        List<String> texts = SpeechTexts.of(dialogues, Steps.fixedTexts());
        dialogues.all().forEach(d -> d.nodes().forEach(n -> {
            if (n.prompt() != null) {
                assertTrue(texts.contains(n.prompt()), n.id());
            }
            if (n.notSure() != null) {
                assertTrue(texts.contains(n.notSure().prompt()), n.id());
            }
            n.allOptions().forEach(o -> assertTrue(texts.contains(o.spoken()), o.id()));
        }));
        assertTrue(texts.containsAll(Steps.fixedTexts()));
        assertTrue(texts.contains("Very sure") && texts.contains("Thank you. Your goal is ready to check with staff."));
    }

    @Test
    void eachTextIsMadeAtEachRateInTheBackground() throws InterruptedException {
        try (Database db = Database.open(data);
             Speech speech = Speech.open(db, data, 10_000_000, new Synthesiser(Synthesiser.KEVIN, 1),
                 Pronunciations.load(db), Recordings.load(db, data), Clock.systemUTC(), List.of())) {
            List<String> texts = List.of("Do you want to cook?", "Yes, I want to cook.", "Not yet.");
            speech.warmUp(texts);
            assertTrue(speech.warmingUp().awaitDone(60), "the warm-up finished");
            AudioCache cache = new AudioCache(data.resolve("audio"), 10_000_000, Clock.systemUTC());
            List<Clip> clips = speech.warmingUp().clips();
            assertEquals(texts.size() * Rate.values().length, clips.size());
            clips.forEach(c -> assertTrue(cache.has(c.id()), c.spoken()));
        }
    }
}
