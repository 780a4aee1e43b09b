package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What kind of words a slot holds, and so which sentences of a draft it fits: an action fits
 * "I want to ...", a reason carries its own "so" or "because", a sentence stands alone.
 */
public enum SlotForm {
    ACTION("do this", "In my own words"),
    REASON("", "Why, in my own words"),
    SENTENCE("", "In my own words"),
    THING("something I named", "In my own words"),
    PERSON("someone I named", "Who, in my own words"),
    PLACE("a place I named", "Where, in my own words"),
    TIME("", "When, in my own words"),
    FLAG("", ""),
    RATING("", "");

    private final String standIn;
    private final String quoteLeadIn;

    SlotForm(String standIn, String quoteLeadIn) {
        this.standIn = standIn;
        this.quoteLeadIn = quoteLeadIn;
    }

    /** How a quote of the person's words for this form begins: "Why, in my own words". */
    public String quoteLeadIn() {
        return quoteLeadIn;
    }

    /** Neutral words that fit this form's frames, used when the person's own words are quoted whole instead. */
    public String standIn() {
        return standIn;
    }

    /** Whether a "something else" answer can fill a slot of this form. */
    public boolean takesOwnWords() {
        return this != FLAG && this != RATING;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SlotForm fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a slot form: use one of "
                + String.join(", ", Arrays.stream(values()).map(SlotForm::code).toList())));
    }
}
