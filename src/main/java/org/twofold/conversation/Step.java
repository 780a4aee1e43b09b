package org.twofold.conversation;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One screen of the conversation as the tablet shows it: a prompt, its picture, and the options.
 * readBack holds the draft outcome on a confirm step. Each audio field is a URL to hear the words beside it.
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
    Progress progress) {

    public record StepOption(String id, String label, String symbol, String say, String audio) {
        public StepOption(String id, String label, String symbol, String say) {
            this(id, label, symbol, say, null);
        }

        /** What is spoken for the option: its say text where the label alone would not be clear. */
        public String spoken() {
            return say == null ? label : say;
        }
    }

    /** A step's words, before {@link #voiced} adds the audio. */
    public Step(String node, String kind, String prompt, String symbol, List<StepOption> options, boolean rephrased,
                String readBack, boolean canGoBack, Progress progress) {
        this(node, kind, prompt, null, symbol, options, rephrased, readBack, null, canGoBack, progress);
    }

    /** For progress in pictures: answers given, and questions left on the shortest way to the end. */
    public record Progress(int answered, int left) {}

    /** This step with audio for its prompt, every option and the read-back, from the given text-to-URL function. */
    Step voiced(UnaryOperator<String> audioFor) {
        List<StepOption> voicedOptions = options.stream()
            .map(o -> new StepOption(o.id(), o.label(), o.symbol(), o.say(), audioFor.apply(o.spoken())))
            .toList();
        return new Step(node, kind, prompt, audioFor.apply(prompt), symbol, voicedOptions, rephrased,
            readBack, readBack == null ? null : audioFor.apply(readBack), canGoBack, progress);
    }
}
