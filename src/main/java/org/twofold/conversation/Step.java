package org.twofold.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.function.UnaryOperator;
import org.twofold.board.Placement;

/**
 * One screen of the conversation as the tablet shows it: a prompt, its picture, and the options.
 * readBack holds the draft outcome on a confirm step; a board step also has its mat (its fields sit
 * beside the step's own). Each audio field is a URL to hear the words beside it.
 */
public record Step(
    String node,
    String kind,
    String prompt,
    String audio,
    String symbol,
    List<StepOption> options,
    boolean rephrased,
    String readBack,
    String readBackAudio,
    boolean canGoBack,
    Progress progress,
    @JsonUnwrapped MatView mat) {

    /** An option; picture is where its stored picture is (a person's photo card in the pairs), left out when it has none. */
    public record StepOption(String id, String label, String symbol, String say, String audio,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String picture) {
        public StepOption(String id, String label, String symbol, String say) {
            this(id, label, symbol, say, null, null);
        }

        /** What is spoken for the option: its say text where the label alone would not be clear. */
        public String spoken() {
            return say == null ? label : say;
        }

        StepOption voiced(UnaryOperator<String> audioFor) {
            return new StepOption(id, label, symbol, say, audioFor.apply(spoken()), picture);
        }
    }

    /**
     * A board step's mat: the board, its topic, the question asked of each card, the scale's three
     * points left to right, the cards in the board's order, where they are now, and whether it is practice.
     */
    public record MatView(String board, String topic, String topicSymbol, String topicAudio, String question, String questionAudio,
                          List<StepOption> scale, List<MatCard> cards, List<Placement> placements, boolean practice) {
        MatView voiced(UnaryOperator<String> audioFor) {
            return new MatView(board, topic, topicSymbol, audioFor.apply(topic), question, audioFor.apply(question),
                scale.stream().map(p -> p.voiced(audioFor)).toList(), cards.stream().map(c -> c.voiced(audioFor)).toList(),
                placements, practice);
        }
    }

    /** A card on a board step; picture is where its stored picture is, when it has one instead of a symbol. */
    public record MatCard(String id, String label, String symbol, String say, String audio, String picture) {
        MatCard voiced(UnaryOperator<String> audioFor) {
            return new MatCard(id, label, symbol, say, audioFor.apply(say == null ? label : say), picture);
        }
    }

    /** A step's words, before {@link #voiced} adds the audio. */
    public Step(String node, String kind, String prompt, String symbol, List<StepOption> options, boolean rephrased,
                String readBack, boolean canGoBack, Progress progress) {
        this(node, kind, prompt, null, symbol, options, rephrased, readBack, null, canGoBack, progress, null);
    }

    /** A board step's words, before {@link #voiced} adds the audio. */
    public Step(String node, String prompt, String symbol, boolean canGoBack, Progress progress, MatView mat) {
        this(node, "board", prompt, null, symbol, List.of(), false, null, null, canGoBack, progress, mat);
    }

    /** For progress in pictures: answers given, and questions left on the shortest way to the end. */
    public record Progress(int answered, int left) {}

    /** This step with audio for its prompt, every option, the read-back and the mat, from the given text-to-URL function. */
    Step voiced(UnaryOperator<String> audioFor) {
        return new Step(node, kind, prompt, audioFor.apply(prompt), symbol, options.stream().map(o -> o.voiced(audioFor)).toList(),
            rephrased, readBack, readBack == null ? null : audioFor.apply(readBack), canGoBack, progress,
            mat == null ? null : mat.voiced(audioFor));
    }
}
