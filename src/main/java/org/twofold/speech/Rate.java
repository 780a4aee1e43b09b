package org.twofold.speech;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How fast a person hears speech. The numbers are FreeTTS's nominal words per minute: kevin16 speaks
 * faster than its nominal rate, so "normal" is set below its default of 150 to land near easy-read pace.
 */
public enum Rate {
    SLOWER(75), NORMAL(100);

    private final int wordsPerMinute;

    Rate(int wordsPerMinute) {
        this.wordsPerMinute = wordsPerMinute;
    }

    public int wordsPerMinute() {
        return wordsPerMinute;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rate> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
