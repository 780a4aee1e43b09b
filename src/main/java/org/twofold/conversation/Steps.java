package org.twofold.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twofold.conversation.Step.Progress;
import org.twofold.conversation.Step.StepOption;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Node;
import org.twofold.dialogue.NodeKind;
import org.twofold.dialogue.Option;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.SlotValue;
import org.twofold.speech.Listener;
import org.twofold.speech.Rate;
import org.twofold.speech.SpeechLinks;
import org.twofold.web.ApiException.Conflict;

/** Builds the step a conversation is at, and holds the fixed words of rating, confirm and end steps. */
public final class Steps {
    static final List<StepOption> RATING = List.of(
        new StepOption("1", "Not sure at all", "face-very-unsure", null),
        new StepOption("2", "A bit unsure", "face-unsure", null),
        new StepOption("3", "In the middle", "face-okay", null),
        new StepOption("4", "Quite sure", "face-sure", null),
        new StepOption("5", "Very sure", "face-very-sure", null));
    /** A rating left out. The faces already say how sure, down to "Not sure at all", so this is "I don't know". */
    static final String RATING_NOT_KNOWN = "I don't know";
    static final StepOption CONFIRM_YES = new StepOption("yes", "Yes, that is right", "yes", null);
    static final StepOption CONFIRM_CHANGE = new StepOption("change", "Change something", "change", null);
    static final String CONFIRM_REPHRASED = "Do you want to keep this goal as it is?";
    static final String END_PROMPT = "Thank you. Your goal is ready to check with staff.";
    static final String END_SYMBOL = "goal";
    static final String PAUSED_PROMPT = "We have stopped for now.";
    static final String BOARD_KEPT = "Thank you. We have kept your board. Staff will talk with you about it.";
    static final String CARRY_ON = "Carry on";

    private final DraftComposer composer;
    private final SpeechLinks speech;
    private final Clock clock;
    private final MatSteps mats;

    public Steps(DraftComposer composer, SpeechLinks speech, Clock clock, MatSteps mats) {
        this.composer = composer;
        this.mats = mats;
        this.speech = speech;
        this.clock = clock;
    }

    /** The words of rating, confirm and end steps and the paused screen, which no dialogue holds: speech makes them ready ahead of time. */
    public static List<String> fixedTexts() {
        List<String> texts = new ArrayList<>(RATING.stream().map(StepOption::spoken).toList());
        texts.addAll(List.of(CONFIRM_YES.spoken(), CONFIRM_CHANGE.spoken(), CONFIRM_REPHRASED, END_PROMPT, PAUSED_PROMPT, CARRY_ON, BOARD_KEPT));
        texts.addAll(MatSteps.fixedTexts());
        texts.addAll(ReadBackWords.texts());
        return texts;
    }

    public Step at(Conversation c, Dialogue dialogue, ConversationState state) {
        return of(c, dialogue, state.node(), state);
    }

    /** The step with a URL to hear each of its texts, spoken for the person in this conversation. */
    public Step of(Conversation c, Dialogue dialogue, String nodeId, ConversationState state) {
        return words(c, dialogue, nodeId, state).voiced(text -> audioFor(c, text));
    }

    /** Where the person in this conversation can hear a text, at their own speech rate; null when there is none. */
    public String audioFor(Conversation c, String text) {
        Listener listener = new Listener(c.serviceId(), c.personId(), c.id(), Rate.fromCode(c.speechRate()).orElse(Rate.NORMAL));
        return speech.urlFor(text, listener);
    }

    private Step words(Conversation c, Dialogue dialogue, String nodeId, ConversationState state) {
        Node node = dialogue.node(nodeId)
            .orElseThrow(() -> new Conflict("Step '" + nodeId + "' is no longer in dialogue '" + dialogue.id() + "'."));
        boolean rephrased = state.rephrased() && nodeId.equals(state.node());
        Progress progress = new Progress(state.answered(), dialogue.questionsLeft(nodeId));
        return switch (node.kind()) {
            case CHOICE -> new Step(nodeId, "choice", prompt(node, rephrased), node.symbol(),
                options(choiceOptions(node, rephrased)), rephrased, null, state.canGoBack(), progress);
            case RATING -> new Step(nodeId, "rating", node.prompt(), node.symbol(), RATING, false, null, state.canGoBack(), progress);
            case CONFIRM -> new Step(nodeId, "confirm", rephrased ? CONFIRM_REPHRASED : node.prompt(), node.symbol(),
                List.of(CONFIRM_YES, CONFIRM_CHANGE), rephrased, readBack(dialogue, node, state.slots()), state.canGoBack(), progress);
            case BOARD -> mats.board(c, node, state, progress);
            case PAIRS -> mats.pairs(c, node, state, rephrased, progress);
            case END -> new Step(nodeId, "end", END_PROMPT, END_SYMBOL, List.of(), false, null, false, progress);
        };
    }

    /** The prompt as the person sees it at this moment. */
    static String prompt(Node node, boolean rephrased) {
        if (node.kind() == NodeKind.CONFIRM && rephrased) {
            return CONFIRM_REPHRASED;
        }
        return rephrased && node.notSure() != null ? node.notSure().prompt() : node.prompt();
    }

    static List<Option> choiceOptions(Node node, boolean rephrased) {
        if (rephrased && node.notSure() != null && !node.notSure().options().isEmpty()) {
            return node.notSure().options();
        }
        return node.options();
    }

    private static List<StepOption> options(List<Option> options) {
        List<StepOption> out = new ArrayList<>();
        options.forEach(o -> out.add(new StepOption(o.id(), o.label(), o.symbol(), o.say())));
        return out;
    }

    private String readBack(Dialogue dialogue, Node confirm, Map<String, SlotValue> slots) {
        return dialogue.node(confirm.yes())
            .filter(end -> end.draft() != null)
            .map(end -> composer.outcomeStatement(dialogue.recipe(end), slots, clock.instant()))
            .orElse(null);
    }
}
