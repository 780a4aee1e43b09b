package org.twofold.web;

import org.twofold.web.ApiException.BadField;

/**
 * What typed text may hold. Any text: no control characters (tab and new line aside) and no broken
 * characters (half of a UTF-16 pair), which could not be stored or shown as typed. A name, more strictly:
 * no control characters at all, none that turn the direction of the text around (which can make a name
 * look like another), and at least one letter, number or sign that can be seen, so no name is blank.
 * Ordinary writing in any script (Welsh, Urdu, Chinese, emoji) is kept as it is.
 */
public final class Characters {
    private Characters() {}

    /** The text, or a refusal naming the field. */
    public static String text(String field, String value) {
        value.codePoints().forEach(c -> {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || control(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new BadField(field, "Field '" + field + "' holds a control character or a broken one, which cannot be kept.",
                    "{label} has a hidden character that cannot be kept. Please type it again.");
            }
        });
        return value;
    }

    /** The name, or a refusal naming the field. */
    public static String name(String field, String value) {
        text(field, value);
        if (value.codePoints().anyMatch(c -> control(c) || turnsDirection(c))) {
            throw new BadField(field, "Field '" + field + "' must not hold control characters or ones that change the direction of text.",
                "{label} has a hidden character in it. Please type the name again.");
        }
        if (value.codePoints().noneMatch(Characters::visible)) {
            throw new BadField(field, "Field '" + field + "' must have at least one letter, number or sign that can be seen.",
                "{label} must have letters or numbers that can be seen.");
        }
        return value;
    }

    private static boolean control(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** Embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069). */
    private static boolean turnsDirection(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** A letter, number, punctuation mark or symbol that shows: not a space, a format mark or a blank filler. */
    private static boolean visible(int c) {
        if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800) {
            return false; // Hangul fillers and the blank Braille pattern look like nothing at all
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
