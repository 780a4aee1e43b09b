package org.twofold.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.OwnWordsForms;
import org.twofold.draft.SlotTemplates;
import org.twofold.language.Analyser;
import org.twofold.language.LanguageModels;
import org.twofold.language.OwnWordsCorpus;
import org.twofold.language.OwnWordsWording;
import org.twofold.language.StatementCheck;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

class BrokenDialoguesAreReportedAllAtOnce {
    @TempDir
    Path dir;

    private List<Problem> validate() {
        SymbolCatalogue symbols = SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml());
        return DialogueLibrary.load(dir, symbols, Json.yaml(), new SlotTemplates()).problems();
    }

    private static boolean has(List<Problem> problems, String node, int line, String words) {
        return problems.stream().anyMatch(p -> p.file().equals("broken.yaml") && (node == null || node.equals(p.node()))
            && p.line() == line && p.message().contains(words));
    }

    @Test
    void everyKindOfMistakeIsFoundWithFileLineAndNode() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), """
            id: broken
            title: A broken dialogue
            area: Testing
            symbol: goal
            start: first
            nodes:
              - id: first
                kind: choice
                prompt: This prompt has far too many words in one sentence for anybody to read it easily at all.
                symbol: no-such-picture
                notSure:
                  prompt: Which one?
                options:
                  - id: a
                    label: One
                    symbol: yes
                    next: nowhere
                  - id: b
                    label: Two
                    symbol: "no"
                    next: rate
                    set:
                      task: swim
                  - id: c
                    label: Three
                    symbol: "no"
                    next: rate
              - id: lonely
                kind: rating
                prompt: Nobody comes here.
                symbol: confident
                slot: sure
                next: done
              - id: rate
                kind: rating
                prompt: How sure are you?
                symbol: confident
                slot: sure
                next: done
              - id: done
                kind: end
                draft:
                  outcome: I want to {{ task }} so I {{ reason }}.
                  whyItMatters: It matters.
                  earlyChange: More swimming.
                  earlyChangeWeeks: 9
                  reviewWeeks: 12
                  milestones:
                    - description: Start
                      personDoes: I go.
                      supportDoes: Staff come.
                  indicators:
                    - lens: experience
                      description: I like it.
                      baseline: Not yet.
                      earlyChange: A bit.
                      evidence: self-report
                  reviewQuestions:
                    - What helped
                  escalation: []
                  guidance:
                    do: [Ask me.]
                    dont: [Rush me.]
            """);

        List<Problem> problems = validate();
        String all = String.join("\n", problems.stream().map(Problem::toString).toList());

        assertTrue(has(problems, "first", 9, "sentence of 18 words"), all);
        assertTrue(has(problems, "first", 10, "'no-such-picture' is not in the symbol library"), all);
        assertTrue(has(problems, "first", 13, "exactly two options, not 3"), all);
        assertTrue(has(problems, "first", 17, "'nowhere' is not a node"), all);
        assertTrue(has(problems, "lonely", 28, "cannot be reached"), all);
        assertTrue(has(problems, "done", 46, "earlyChangeWeeks"), all);
        assertTrue(has(problems, "done", 48, "at least 3 milestones"), all);
        assertTrue(has(problems, "done", 52, "experience and behaviour"), all);
        assertTrue(has(problems, "done", 58, "not a question"), all);
        assertTrue(has(problems, "done", 60, "escalation"), all);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("slot reason, task may be unset")), all);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("slot 'task' has no form")), all);
    }

    @Test
    void aTemplateThatCanMakeABrokenSentenceIsRejected() throws IOException {
        Files.writeString(dir.resolve("splice.yaml"), """
            id: splice
            title: Own words spliced into a sentence
            area: Testing
            symbol: goal
            start: what
            slots:
              task: action
              why: reason
              hobby: sentence
              sure: rating
            nodes:
              - id: what
                kind: choice
                prompt: What would you like to do?
                symbol: goal
                slot: task
                notSure:
                  prompt: Which one?
                options:
                  - id: swim
                    label: Swim
                    symbol: "yes"
                    next: why
                    set:
                      task: I like swimming
                      hobby: Swimming is my thing.
                  - id: cook
                    label: Cook
                    symbol: "no"
                    next: why
                    set:
                      task: cook my tea
                      hobby: Cooking is my thing.
              - id: why
                kind: choice
                prompt: What would it give you?
                symbol: goal
                slot: why
                notSure:
                  prompt: Which one?
                options:
                  - id: proud
                    label: Feel proud
                    symbol: "yes"
                    next: sure
                    set:
                      why: so I feel proud
                  - id: fit
                    label: Get fit
                    symbol: "no"
                    next: sure
                    set:
                      why: get fit
              - id: sure
                kind: rating
                prompt: How sure are you?
                symbol: confident
                slot: sure
                next: done
              - id: done
                kind: end
                draft:
                  outcome: I want to {{ task }} so I {{ why }}.
                  whyItMatters: "Staff {{ hobby }}"
                  earlyChange: I do it once more each week.
                  earlyChangeWeeks: 3
                  reviewWeeks: 12
                  milestones:
                    - description: Start
                      personDoes: I {{ task }} with staff.
                      supportDoes: Staff come with me.
                    - description: Next
                      personDoes: I {{ task }} with a reminder.
                      supportDoes: Staff remind me.
                    - description: Last
                      personDoes: I {{ task }} on my own.
                      supportDoes: Staff ask how it went.
                  indicators:
                    - lens: experience
                      description: I say I like it.
                      baseline: I rated it {{ sure }}.
                      earlyChange: I say I like it more.
                      evidence: self-report
                    - lens: behaviour
                      description: How often I {{ task }}.
                      baseline: Once a week.
                      earlyChange: Twice a week.
                      evidence: observation
                  reviewQuestions:
                    - What helped you most when you tried to {{ task }}?
                    - What was hard?
                  escalation:
                    - sign: I stop going
                      now: ask me why
                      tell: the manager
                      by: within a week
                  guidance:
                    do: [Ask me.]
                    dont: [Rush me.]
            """);
        SymbolCatalogue symbols = SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml());
        Analyser analyser = new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30));
        StatementCheck statements = new StatementCheck(analyser);
        SlotTemplates templates = new SlotTemplates();
        DraftComposer composer = new DraftComposer(templates, new OwnWordsForms(new OwnWordsWording(analyser, statements)), statements);
        List<Problem> problems = DialogueLibrary.load(dir, symbols, Json.yaml(), templates, statements,
            new DialogueValidator.Sentences(composer, OwnWordsCorpus.shipped())).problems();
        String all = String.join("\n", problems.stream().map(Problem::toString).toList());

        assertTrue(has(problems, "splice.yaml", "an action starts with a verb, as in \"wash my face\", not \"I like swimming\""), all);
        assertTrue(has(problems, "splice.yaml", "a reason carries its own joining word"), all);
        assertTrue(has(problems, "splice.yaml", "slot 'why' (reason) does not fit where it is used"), all);
        assertTrue(has(problems, "splice.yaml", "slot 'hobby' (sentence) does not fit where it is used"), all);
        assertTrue(has(problems, "splice.yaml", "show a rating only inside {% if sure.given %}"), all);
        assertTrue(has(problems, "splice.yaml", "would not be well formed: \"I want to I like swimming"), all);
        assertTrue(has(problems, "splice.yaml", "would not be well formed: \"What helped you most when you tried to I like swimming?"), all);
    }

    private static boolean has(List<Problem> problems, String file, String words) {
        return problems.stream().anyMatch(p -> p.file().equals(file) && p.message().contains(words));
    }

    @Test
    void aFileThatIsNotYamlIsAProblemNotACrash() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed\n  title: x\n");
        Files.writeString(dir.resolve("typo.yaml"), "id: typo\ntitel: Misspelt\n");
        List<Problem> problems = validate();
        assertEquals(2, problems.stream().filter(p -> p.message().contains("cannot be read")).count(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("typo.yaml") && p.line() == 2 && p.message().contains("titel")),
            problems.toString());
    }

    @Test
    void weakOutcomesAndHardWordsAreReportedWhereTheyAre() throws IOException {
        String shipped = Files.readString(Path.of("dialogues/washing-and-dressing.yaml"));
        String weak = shipped
            .replaceFirst("outcome: .*", "outcome: Staff will support John to {{ task }}.")
            .replaceFirst("prompt: ", "prompt: We will facilitate this. ");
        assertTrue(!weak.equals(shipped) && weak.contains("Staff will support John"), "the shipped dialogue changed: update this test");
        Files.writeString(dir.resolve("washing-and-dressing.yaml"), weak);
        SymbolCatalogue symbols = SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml());
        StatementCheck statements = new StatementCheck(new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30)));

        List<Problem> problems = DialogueLibrary.load(dir, symbols, Json.yaml(), new SlotTemplates(), statements).problems();
        String all = String.join("\n", problems.stream().map(Problem::toString).toList());
        int outcomeLine = lineOf(weak, "outcome: Staff will");
        for (String code : List.of("staff-voice", "no-why")) {
            assertTrue(problems.stream().anyMatch(p -> p.line() == outcomeLine && "done".equals(p.node())
                && p.message().contains("(" + code + ")")), code + " missing:\n" + all);
        }
        int promptLine = lineOf(weak, "prompt: We will facilitate");
        assertTrue(problems.stream().anyMatch(p -> p.line() == promptLine && p.message().contains("\"facilitate\" is hard to read")), all);
        assertEquals(0, DialogueLibrary.load(dir, symbols, Json.yaml(), new SlotTemplates()).problems().stream()
            .filter(p -> p.message().contains("outcome is weak")).count(), "the structural check alone leaves wording alone");
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
