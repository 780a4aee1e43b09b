package org.twofold.conversation;

/**
 * One answer as the tablet or supporter sends it: a choice (an option id, "not-sure" or
 * "something-else" with the person's words in text, and maybe the picture they confirmed)
 * or a rating, with how it was given.
 */
public record AnswerRequest(String node, String choice, Integer rating, String text, How how, String note, String answerId,
                            String symbol) {
    public static final String NOT_SURE = "not-sure";
    public static final String SOMETHING_ELSE = "something-else";
}
