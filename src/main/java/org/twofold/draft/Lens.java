package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** One way of seeing whether an outcome is changing. */
public enum Lens {
    EXPERIENCE, BEHAVIOUR, STABILITY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
