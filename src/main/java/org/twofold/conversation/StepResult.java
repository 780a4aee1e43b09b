package org.twofold.conversation;

/** Where a change left a conversation: what every answer, back and pause returns. */
public record StepResult(Status status, Step step) {}
