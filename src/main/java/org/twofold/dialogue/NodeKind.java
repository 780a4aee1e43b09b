package org.twofold.dialogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of step. PAIRS follows every BOARD node: the loader adds it, and no dialogue file may name it. */
public enum NodeKind {
    CHOICE, RATING, CONFIRM, BOARD, PAIRS, END;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
