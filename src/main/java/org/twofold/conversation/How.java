package org.twofold.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an answer was given: by the person alone, with support, or interpreted by a supporter. */
public enum How {
    DIRECT, SUPPORTED, INTERPRETED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<How> fromCode(String code) {
        return Arrays.stream(values()).filter(h -> h.code().equals(code)).findFirst();
    }
}
