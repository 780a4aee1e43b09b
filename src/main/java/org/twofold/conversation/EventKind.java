package org.twofold.conversation;

import java.util.Locale;

/**
 * What can happen in a conversation; each is one row of its append-only log.
 * ANNOTATE adds how an earlier answer was given, or a note, without rewriting it.
 */
public enum EventKind {
    ANSWER, NOT_SURE, SOMETHING_ELSE, BACK, PAUSE, RESUME, ANNOTATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EventKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
