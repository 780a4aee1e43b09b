package org.twofold.conversation;

import java.util.Locale;

/**
 * What can happen in a conversation; each is one row of its append-only log.
 * ANNOTATE adds how an earlier answer was given, or a note, without rewriting it. PLACE, COMMENT and
 * PRACTICE happen on a picture board as it is placed: a card put or moved, a supporter's comment on a
 * card, the mat marked as practice.
 */
public enum EventKind {
    ANSWER, NOT_SURE, SOMETHING_ELSE, BACK, PAUSE, RESUME, ANNOTATE, PLACE, COMMENT, PRACTICE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the audit log calls this event: an answer or move in a conversation, or a change to a mat. */
    public String auditAction() {
        return switch (this) {
            case PLACE, COMMENT, PRACTICE -> "mat." + code();
            default -> "conversation." + code();
        };
    }

    public static EventKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
