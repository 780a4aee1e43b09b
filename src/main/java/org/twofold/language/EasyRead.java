package org.twofold.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Easy-read limits for what the person sees: short sentences, few of them. */
public final class EasyRead {
    public static final int MAX_WORDS_PER_SENTENCE = 15;

    private EasyRead() {}

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public static int words(String sentence) {
        return (int) Arrays.stream(sentence.strip().split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
    }

    /** What is wrong with a text for easy read; empty when it is fine. */
    public static List<String> problems(String text, int maxSentences) {
        List<String> problems = new ArrayList<>();
        List<String> sentences = sentences(text);
        if (sentences.size() > maxSentences) {
            problems.add("has " + sentences.size() + " sentences; easy read allows " + maxSentences);
        }
        for (String s : sentences) {
            int n = words(s);
            if (n > MAX_WORDS_PER_SENTENCE) {
                problems.add("has a sentence of " + n + " words; easy read allows " + MAX_WORDS_PER_SENTENCE + ": \"" + s + "\"");
            }
        }
        return problems;
    }
}
