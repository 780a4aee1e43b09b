package org.twofold.dialogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum NodeKind {
    CHOICE, RATING, CONFIRM, BOARD, END;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
