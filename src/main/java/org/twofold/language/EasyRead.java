package org.twofold.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Easy-read limits for what the person sees: short sentences, few of them, everyday words. */
public final class EasyRead {
    public static final int MAX_WORDS_PER_SENTENCE = 15;

    /** Service words that easy read avoids, each with an everyday word to use instead. */
    private static final Map<String, String> HARD_WORDS = Map.ofEntries(
        Map.entry("facilitate", "help"), Map.entry("utilise", "use"), Map.entry("commence", "start"),
        Map.entry("endeavour", "try"), Map.entry("appropriate", "right"), Map.entry("regarding", "about"),
        Map.entry("maximise", "make the most of"), Map.entry("optimise", "make better"), Map.entry("holistic", "whole"),
        Map.entry("therapeutic", "helpful"), Map.entry("compliance", "sticking to"), Map.entry("compliant", "sticking to"),
        Map.entry("comply", "stick to"), Map.entry("concordance", "agreeing"), Map.entry("adhere", "stick to"),
        Map.entry("adherence", "sticking to"), Map.entry("nutritional", "food"), Map.entry("nutrition", "food"),
        Map.entry("intake", "how much I eat or drink"), Map.entry("mobilise", "walk"), Map.entry("dietary", "food"),
        Map.entry("cognitive", "thinking"), Map.entry("personalised", "made for me"), Map.entry("implement", "do"),
        Map.entry("ensure", "make sure"), Map.entry("maintain", "keep"), Map.entry("monitor", "check"), Map.entry("regime", "plan"),
        Map.entry("accommodation", "home"), Map.entry("enhance", "improve"), Map.entry("sustain", "keep"),
        Map.entry("participate", "take part"), Map.entry("participation", "taking part"), Map.entry("objective", "aim"),
        Map.entry("deteriorate", "get worse"), Map.entry("administer", "give"), Map.entry("hydration", "drinking"),
        Map.entry("hydrated", "drinking enough"), Map.entry("autonomy", "choice"),
        Map.entry("rehabilitation", "getting better"), Map.entry("reposition", "move"));

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

    /** An everyday word for a hard one ("ensure" gives "make sure"); empty when the word is fine. */
    public static Optional<String> easierWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] stems = {w, w.replaceAll("s$", ""), w.replaceAll("d$", ""), w.replaceAll("ed$", ""),
            w.replaceAll("ing$", ""), w.replaceAll("ing$", "e")};
        for (String stem : stems) {
            String easier = HARD_WORDS.get(stem);
            if (easier != null) {
                return Optional.of(easier);
            }
        }
        return Optional.empty();
    }

    /** The hard words in a text, each with an everyday word to use instead. */
    public static List<String> hardWords(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.split("[^\\p{L}'-]+")) {
            easierWord(word).ifPresent(easier -> out.add("\"" + word + "\" is hard to read: try \"" + easier + "\""));
        }
        return out;
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
        hardWords(text).forEach(p -> problems.add("has a hard word: " + p));
        return problems;
    }
}
