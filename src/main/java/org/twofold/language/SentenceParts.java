package org.twofold.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence cut into its goal and its reason: "I want to cook | so I feel in control".
 * The reason starts at so (that), because, as, since, in order to, or a "to" of purpose after
 * the goal's object ("go to the gym | to get fitter"). A reason that opens the sentence runs to
 * its first comma ("Because I love music, | I want to join a choir"; "So that I can see him play, | I
 * want to go to his matches").
 */
record SentenceParts(Sentence sentence, List<Token> goal, List<Token> reason) {
    private static final Set<String> SUBJECT_WORDS = Set.of("i", "he", "she", "they", "we", "you", "it", "my", "his",
        "her", "their", "our", "your", "the");
    private static final Set<String> DESIRES = Set.of("want", "like", "love", "wish", "need", "would", "hope");
    private static final Set<String> ASKING = Set.of("ask", "tell", "want", "like", "need", "expect", "invite", "teach",
        "persuade", "get");

    boolean hasReason() {
        return !reason.isEmpty();
    }

    static SentenceParts of(Sentence s) {
        int marker = reasonStart(s);
        if (marker < 0) {
            return new SentenceParts(s, s.tokens(), List.of());
        }
        if (marker == 0) {
            int comma = nextComma(s, 0);
            if (comma > 0) {
                List<Token> goal = new ArrayList<>(s.tokens().subList(comma + 1, s.size()));
                return new SentenceParts(s, goal, s.tokens().subList(0, comma));
            }
        }
        return new SentenceParts(s, s.tokens().subList(0, marker), s.tokens().subList(marker, s.size()));
    }

    private static int reasonStart(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (opensReason(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean opensReason(Sentence s, int i) {
        Token t = s.get(i);
        Token next = i + 1 < s.size() ? s.get(i + 1) : null;
        Token prev = i > 0 ? s.get(i - 1) : null;
        if (t.is("because", "cos", "coz", "'cause")) {
            return true;
        }
        if (t.is("so")) {
            return next != null && (i > 0 && (next.is("that", "as") || startsClause(next)) || i == 0 && next.is("that"));
        }
        if (t.is("as", "since")) {
            return next != null && next.tagged("PRON") && !next.is("much", "many", "well", "such")
                && (prev == null || !prev.tagged("ADJ", "ADV") && !prev.is("as", "such", "same"))
                && !(i >= 2 && s.get(i - 2).is("as"));
        }
        if (t.is("in") && next != null && next.is("order") && i + 2 < s.size() && s.get(i + 2).is("to")) {
            return true;
        }
        if (t.is("which", "this") && next != null && next.in(Set.of("mean", "means", "help", "helps"))) {
            return true;
        }
        return purposeTo(s, i);
    }

    /** "so I", "so my room", "so the house": a clause follows, not an intensifier ("so tired"). */
    private static boolean startsClause(Token next) {
        return (next.tagged("PRON", "PROPN", "DET", "NOUN", "NUM") || next.in(SUBJECT_WORDS))
            && !next.is("much", "many", "far", "long");
    }

    /** "to" + verb after a thing or a time, with a verb earlier in the sentence: a purpose. */
    private static boolean purposeTo(Sentence s, int i) {
        Token t = s.get(i);
        if (!t.is("to") || i == 0 || i + 1 >= s.size()) {
            return false;
        }
        Token verb = s.get(i + 1);
        if (!verb.tagged("VERB", "AUX") && !verb.in(Lexicon.PURPOSE_VERBS)) {
            return false;
        }
        Token prev = s.get(i - 1);
        if (askedOf(s, i - 1)) {
            return false;
        }
        boolean thing = prev.tagged("NOUN") && !prev.in(Lexicon.TAKES_TO) && !prev.in(Lexicon.STAFF)
            && !prev.in(Lexicon.PERSON) && !prev.in(Lexicon.KIN);
        boolean time = prev.in(Lexicon.DAYS) || prev.tagged("ADV") && !prev.is("how", "where", "what", "want", "able");
        if (!thing && !time) {
            return false;
        }
        for (int j = 0; j < i - 1; j++) {
            Token v = s.get(j);
            if (v.tagged("VERB") && !v.in(DESIRES)) {
                return true;
            }
        }
        return false;
    }

    /** "encourage John to", "ask Mary to": a person asked to do something, whatever the tagger took the name for. */
    private static boolean askedOf(Sentence s, int person) {
        Token who = s.get(person);
        boolean named = References.isPerson(who) || who.capitalised() && !who.is("I");
        return person > 0 && named && s.get(person - 1).isVerb()
            && (s.get(person - 1).in(Lexicon.STAFF_ACTIONS) || s.get(person - 1).in(ASKING));
    }

    private static int nextComma(Sentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.get(i).is(",")) {
                return i;
            }
        }
        return -1;
    }
}
