package org.twofold.draft;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a draft stands on its way into the care plan: a draft staff and the person word together, agreed by
 * the person on the tablet, approved by staff, and superseded once a newer version of it is approved.
 */
public enum DraftStatus {
    DRAFT, AGREED, APPROVED, SUPERSEDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DraftStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElse(DRAFT);
    }

    /** Whether the code names a status, as a care-record system may ask for it. */
    public static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(s -> s.code().equals(code));
    }
}
