package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of words a slot holds, and so which sentences of a draft it fits: an action fits
 * "I want to ...", a reason carries its own "so" or "because", a sentence stands alone. A short
 * reason that cannot be worded is quoted in its place, after "because" (see {@link #inlineQuote}).
 */
public enum SlotForm {
    ACTION("do this", "In my own words"),
    REASON("", "My reason, in my own words"),
    SENTENCE("", "In my own words"),
    THING("something I named", "In my own words"),
    PERSON("someone I named", "Who, in my own words"),
    PLACE("a place I named", "Where, in my own words"),
    TIME("", "When, in my own words"),
    FLAG("", ""),
    RATING("", "");

    /** How a reason quoted in its place begins; the draft's checks leave it and the quote after it out. */
    public static final String INLINE_REASON = "because, in my own words, ";
    /** How it begins when the person's words carry their own "because" or "so": "It matters to me, in my own words, “so ...”". */
    public static final String INLINE_JOINED_REASON = ", in my own words, ";

    private final String standIn;
    private final String quoteLeadIn;

    SlotForm(String standIn, String quoteLeadIn) {
        this.standIn = standIn;
        this.quoteLeadIn = quoteLeadIn;
    }

    /** How a quote of the person's words for this form begins: "Who, in my own words". */
    public String quoteLeadIn() {
        return quoteLeadIn;
    }

    /**
     * The person's words quoted whole in the slot's own place, where the form has a frame for that:
     * a reason reads "because, in my own words, “happy”", so "It matters to me because, in my own
     * words, “happy”."; words that bring their own joining word get none ("It matters to me, in my own
     * words, “so I can ...”"). Empty for the other forms, whose quotes follow the sentence.
     */
    public Optional<String> inlineQuote(String words, boolean joinsItself) {
        return this == REASON
            ? Optional.of((joinsItself ? INLINE_JOINED_REASON : INLINE_REASON) + "\u201C" + words.strip() + "\u201D")
            : Optional.empty();
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
