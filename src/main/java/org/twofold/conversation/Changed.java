package org.twofold.conversation;

/**
 * What a change did: the reply for its caller, and where the conversation now stands for those
 * who follow it, or null when nothing was recorded. Published only once the transaction has committed.
 */
record Changed(StepResult result, ConversationChanges.Summary now) {
    static Changed recorded(StepResult result, ConversationState state) {
        return new Changed(result, ConversationChanges.Summary.of(state));
    }

    static Changed nothing(StepResult result) {
        return new Changed(result, null);
    }
}
