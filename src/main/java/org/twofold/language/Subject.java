package org.twofold.language;

import java.util.List;
import java.util.Set;

/**
 * Who a goal is about, found from the words before its first verb: the person ("I"), staff or the
 * service ("Staff will", "We will"), the person written about ("She wants", "John will"), an
 * instruction to staff ("Encourage David to ..."), or no one ("To attend ...").
 */
record Subject(Voice voice, List<Token> tokens, int anchor) {
    enum Voice { FIRST, STAFF, THIRD, OTHER, INFINITIVE, INSTRUCTION }

    private static final Set<String> OPENERS = Set.of("when", "if", "while", "whenever", "by", "with", "after",
        "before", "every", "next", "on", "at", "in", "during", "from", "once", "as", "until", "each", "this", "later",
        "within", "over", "because", "since", "so");
    private static final Set<String> NOMINATIVE = Set.of("i", "we", "he", "she", "they", "you", "it");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "his", "their");

    /** Where the first word of the subject starts and the last ends; the sentence's first word if none. */
    int start() {
        return tokens.isEmpty() ? -1 : tokens.get(0).start();
    }

    int end() {
        return tokens.isEmpty() ? -1 : tokens.get(tokens.size() - 1).end();
    }

    static Subject of(List<Token> goal) {
        int start = skipOpening(goal);
        if (start >= goal.size()) {
            return new Subject(Voice.OTHER, List.of(), -1);
        }
        Token first = goal.get(start);
        if (first.is("to")) {
            return new Subject(Voice.INFINITIVE, List.of(), start);
        }
        if (isInstruction(goal, start)) {
            return new Subject(Voice.INSTRUCTION, List.of(first), start);
        }
        int anchor = anchor(goal, start);
        if (anchor <= start) {
            return new Subject(Voice.OTHER, List.of(), anchor);
        }
        List<Token> words = narrow(goal.subList(start, anchor));
        return new Subject(voiceOf(words, goal, anchor), words, anchor);
    }

    /** "By Christmas, I want ...": a circumstance before a comma is not the subject. */
    private static int skipOpening(List<Token> goal) {
        int i = 0;
        while (i < goal.size() && goal.get(i).isPunctuation()) {
            i++;
        }
        if (i < goal.size() && goal.get(i).in(OPENERS)) {
            for (int j = i + 1; j < goal.size(); j++) {
                if (goal.get(j).is(",")) {
                    return j + 1;
                }
            }
        }
        return i;
    }

    private static boolean isInstruction(List<Token> goal, int start) {
        Token verb = goal.get(start);
        if (start + 1 >= goal.size() || !verb.capitalised()) {
            return false;
        }
        if (verb.in(Lexicon.CARE_TASKS) && goal.stream().noneMatch(t -> t.in(Lexicon.FIRST_PERSON))) {
            return true;
        }
        if (!verb.in(Lexicon.STAFF_ACTIONS)) {
            return false;
        }
        Token next = goal.get(start + 1);
        if (verb.is("make")) {
            return next.is("sure");
        }
        return !next.in(Lexicon.STAFF) && (next.in(OBJECT_PRONOUNS) || next.in(Lexicon.TITLES)
            || next.tagged("PROPN") || next.capitalised() && !next.is("I"));
    }

    /** The first verb or auxiliary after the subject's first word, or the "to" of a note ("Staff to remind Tom"). */
    private static int anchor(List<Token> goal, int start) {
        for (int k = start + 1; k < goal.size(); k++) {
            Token t = goal.get(k);
            if (t.isVerb() || t.is("to") && t.tagged("PART")) {
                return k;
            }
        }
        return -1;
    }

    /** "Next year I": the subject is the last pronoun, unless it is joined to more ("Mum and I"). */
    private static List<Token> narrow(List<Token> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).in(NOMINATIVE)) {
                boolean joined = i > 0 && words.get(i - 1).is("and");
                return joined ? words : words.subList(i, words.size());
            }
        }
        return words;
    }

    private static Voice voiceOf(List<Token> words, List<Token> goal, int anchor) {
        boolean aim = words.stream().anyMatch(t -> t.in(Lexicon.AIMS));
        if (words.stream().anyMatch(t -> t.is("i")) || aim && words.stream().anyMatch(t -> t.is("my"))) {
            return Voice.FIRST;
        }
        if (words.stream().anyMatch(t -> t.is("we", "our"))) {
            return Voice.STAFF;
        }
        if (words.stream().anyMatch(t -> t.in(Lexicon.PERSON) && t.tagged("NOUN", "PROPN"))) {
            return Voice.THIRD;
        }
        if (words.stream().anyMatch(t -> t.in(Lexicon.STAFF) && !t.is("us") && (t.tagged("NOUN", "PROPN") || t.capitalised()))) {
            return Voice.STAFF;
        }
        if (words.stream().anyMatch(t -> t.in(Lexicon.THIRD_PERSON))) {
            return Voice.THIRD;
        }
        if (aim && words.stream().anyMatch(t -> t.is("his", "her", "their", "'s"))) {
            return Voice.THIRD;
        }
        if (words.stream().anyMatch(t -> t.in(Lexicon.KIN))) {
            return Voice.OTHER;
        }
        boolean tagged = words.stream().anyMatch(t -> t.tagged("PROPN"));
        if (words.stream().anyMatch(t -> t.in(Lexicon.TITLES)) || names(words) && (tagged || !passive(goal, anchor))) {
            return Voice.THIRD;
        }
        return Voice.OTHER;
    }

    /** A name: tagged as one, or a capitalised word the tagger took for something else ("Kwame", "Lucy"). */
    private static boolean names(List<Token> words) {
        boolean determiner = words.stream().anyMatch(t -> t.tagged("DET") || t.is("my", "his", "her", "their", "our", "your"));
        return !determiner && words.stream().allMatch(t -> t.capitalised() && t.tagged("PROPN", "NOUN", "PRON", "ADJ", "X") || t.is("and"));
    }

    /**
     * "Medication will be given": a capitalised first word the tagger did not take for a name is,
     * before a passive verb, a thing rather than a person.
     */
    static boolean passive(List<Token> goal, int anchor) {
        for (int k = anchor; k >= 0 && k < goal.size() - 1 && k <= anchor + 3; k++) {
            if (goal.get(k).is("be", "been", "being", "is", "are", "was", "were") && goal.get(k + 1).tagged("VERB")
                && goal.get(k + 1).lower().matches(".*(ed|en|wn|ne|lt)$")) {
                return true;
            }
        }
        return false;
    }
}
