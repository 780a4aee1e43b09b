package org.twofold.draft;

import java.time.LocalDate;
import org.twofold.web.PlainWords;

/**
 * What a slot holds once the person has answered: words an option set, the person's own words
 * (verbatim, to be worded or quoted), or a rating with the day it was given.
 */
public sealed interface SlotValue {
    /** Words the dialogue's author wrote for an option, already in the slot's form. */
    record Phrase(String text) implements SlotValue {}

    /** What the person said for "something else", exactly as it was typed. */
    record OwnWords(String words) implements SlotValue {}

    /** A 1 to 5 rating and its day; score is null when the person was not sure. */
    record Rating(Integer score, LocalDate day) implements SlotValue {
        public boolean given() {
            return score != null;
        }

        public boolean low() {
            return score != null && score <= 2;
        }

        public boolean high() {
            return score != null && score >= 4;
        }

        public String date() {
            return PlainWords.day(day);
        }

        @Override
        public String toString() {
            return given() ? score + " out of 5" : "not given";
        }
    }

    static String day(LocalDate day) {
        return PlainWords.day(day);
    }
}
