package org.twofold.board;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** An end of a scale. */
public enum End {
    LEFT, RIGHT;

    /** The position of this end on the mat: 0 on the left, 2 on the right. */
    public double position() {
        return this == LEFT ? Placement.LEFT : Placement.RIGHT;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static End fromCode(String code) {
        return code == null ? null : switch (code.toLowerCase(Locale.ROOT)) {
            case "left" -> LEFT;
            case "right" -> RIGHT;
            default -> throw new IllegalArgumentException("an end is left or right, not '" + code + "'");
        };
    }
}
