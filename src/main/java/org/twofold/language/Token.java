package org.twofold.language;

import java.util.Locale;
import java.util.Set;

/**
 * One word of a statement: its text, where it is in the statement (start inclusive, end exclusive,
 * in UTF-16 units as Java and JavaScript count them), its universal part-of-speech tag and its lemma.
 */
public record Token(String text, int start, int end, String tag, String lemma) {
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String... words) {
        String w = lower();
        for (String word : words) {
            if (word.equals(w)) {
                return true;
            }
        }
        return false;
    }

    public boolean in(Set<String> words) {
        return words.contains(lower()) || words.contains(lemma);
    }

    public boolean tagged(String... tags) {
        for (String t : tags) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    public boolean isVerb() {
        return tagged("VERB", "AUX");
    }

    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isPunctuation() {
        return tagged("PUNCT") || text.chars().noneMatch(Character::isLetterOrDigit);
    }
}
