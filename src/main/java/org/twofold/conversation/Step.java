package org.twofold.conversation;

import java.util.List;

/**
 * One screen of the conversation as the tablet shows it: a prompt, its picture, and the options.
 * readBack holds the draft outcome on a confirm step.
 */
public record Step(
    String node,
    String kind,
    String prompt,
    String symbol,
    List<StepOption> options,
    boolean rephrased,
    String readBack,
    boolean canGoBack,
    Progress progress) {

    public record StepOption(String id, String label, String symbol, String say) {}

    /** For progress in pictures: answers given, and questions left on the shortest way to the end. */
    public record Progress(int answered, int left) {}
}
