package org.twofold.board;

/** What a board is about: its words and picture, what is said when it opens, and the mat's instruction. */
public record Topic(String label, String symbol, String say, String prompt) {
    static final String DEFAULT_PROMPT = "Put each picture where it fits for you.";

    /** What is spoken for the topic: its say text, or its label. */
    public String spoken() {
        return say == null || say.isBlank() ? label : say;
    }

    /** The instruction on the mat. */
    public String instruction() {
        return prompt == null || prompt.isBlank() ? DEFAULT_PROMPT : prompt;
    }
}
