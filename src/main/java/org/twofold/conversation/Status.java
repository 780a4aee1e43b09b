package org.twofold.conversation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum Status {
    ACTIVE, PAUSED, FINISHED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
