package org.twofold.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * malformed: a sentence that is not well-formed English, the way a template filled with the wrong
 * words breaks: a word left doubled ("so I I"), no verb after "I", "to" or "Staff" ("I want to I
 * like", "Staff a woman"), two bare verbs colliding ("contact see"), my voice and yours in one
 * sentence, a verb that does not agree with "I", "he" or "she", or a sentence left hanging
 * ("so I."). Words quoted in the person's own words are theirs and are never judged.
 */
final class Malformed implements Rule {
    /** Verbs that take a bare verb straight after them: "let me go", "go get", "help tidy". */
    private static final Set<String> BARE_VERB_TAKERS = Set.of("help", "let", "make", "go", "come", "see", "hear",
        "watch", "feel", "dare", "need", "try", "stop", "start", "keep", "get", "please", "will", "would", "can",
        "could", "shall", "should", "may", "might", "must", "do", "did", "does");
    private static final Pattern LEAD_IN = Pattern.compile("(?:(?:(?:My )?\\w+, in my|In my) own words:|(?:because)?, in my own words,)\\s*$");
    private static final Set<String> CONNECTIVES = Set.of("so", "because", "cos", "as", "since");
    private static final Set<String> YOU = Set.of("you", "your", "yours", "yourself");
    private static final Set<String> ME = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> NO_DOUBLING = Set.of("had", "that", "very", "really", "bye", "no", "ha", "knock",
        "now", "there", "well", "again", "more", "far", "long", "round", "over", "on", "blah", "tick");
    private static final Set<String> HANGING = Set.of("so", "and", "or", "but", "the", "a", "an", "my", "your",
        "because", "than", "if");
    private static final Set<String> WANTING = Set.of("want", "like", "love", "need", "hope", "wish", "able", "try",
        "learn", "help", "plan", "remember", "forget", "decide", "choose", "agree", "prefer", "manage", "begin",
        "aim", "expect", "promise", "refuse", "tend", "ought", "allowed");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "your", "our", "their");
    /** Words that never name a thing: what a determiner cannot stand before (the tagger's guesses are not trusted here). */
    private static final Set<String> CLOSED_WORDS = Set.of("on", "in", "at", "to", "with", "for", "of", "from", "by",
        "about", "and", "or", "but", "so", "because", "if", "when", "is", "are", "am", "was", "were", "will", "would",
        "can", "could", "should", "must", "i", "me", "he", "she", "we", "they", "you", "it", "the", "a", "an", "my",
        "your", "our", "their", "his", "its", "not", "do", "does", "did", "has", "have", "had");
    /** Words that start a noun phrase or stand for one: never the verb a frame needs. */
    private static final Set<String> NOT_A_VERB = Set.of("the", "a", "an", "my", "your", "our", "their", "his", "her",
        "its", "i", "he", "she", "we", "they", "me", "him", "them", "us", "this", "that", "these", "those", "less", "more");
    /** Words that open a phrase of place or time: "I want to after Eid", "I want to at teatime". */
    static final Set<String> PREPOSITIONS = Set.of("after", "before", "on", "in", "at", "with", "for", "from", "by",
        "about", "during", "until", "when", "because", "and", "or", "into", "onto", "near", "without");
    /** Everyday verbs: two of them side by side ("contact see") is a collision the tagger can be trusted on. */
    private static final Set<String> EVERYDAY_VERBS = Set.of("see", "go", "get", "make", "take", "have", "do", "come",
        "call", "visit", "meet", "phone", "ring", "help", "use", "cook", "eat", "drink", "buy", "pay", "wash", "walk",
        "read", "write", "play", "watch", "say", "tell", "give", "keep", "find", "feel", "try", "ask", "choose", "shop",
        "dress", "clean", "sleep", "talk", "speak", "listen", "pray", "swim", "dance", "sing", "learn", "work", "live");
    private static final Set<String> TAKE_A_NOUN = Set.of("like", "want", "love", "need", "prefer", "hate", "enjoy", "miss");
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been");
    private static final Set<String> SAME_AS_PARTICIPLE = Set.of("put", "cut", "hit", "set", "let", "read", "hurt", "shut",
        "cost", "spread", "quit", "come", "become", "run", "bet");

    @Override
    public void check(Statement statement, List<Issue> out) {
        List<int[]> quotes = quotes(statement.text());
        for (Statement.Part part : statement.parts()) {
            List<Token> words = part.sentence().tokens().stream().filter(t -> !inside(quotes, t)).toList();
            problem(words).ifPresent(p -> out.add(new Issue(IssueCode.MALFORMED, p.message(), p.at().start(), p.at().end())));
        }
    }

    private record Problem(String message, Token at) {}

    private static Optional<Problem> problem(List<Token> w) {
        List<Optional<Problem>> checks = List.of(doubled(w), repeatedPhrase(w), noVerbAfterSubject(w), noVerbAfterTo(w),
            plainVerbAfterTo(w), staffWithoutVerb(w), noVerbAfterModal(w), collidingVerbs(w), sameVerbTwice(w),
            beWithPlainVerb(w), determinerWithoutNoun(w), mixedVoice(w), agreement(w), hanging(w), clashingConnectives(w));
        return checks.stream().flatMap(Optional::stream).findFirst();
    }

    /** "so I I feel", "to to": the same word twice in a row. */
    private static Optional<Problem> doubled(List<Token> w) {
        for (int i = 1; i < w.size(); i++) {
            Token a = w.get(i - 1);
            Token b = w.get(i);
            if (!b.isPunctuation() && a.lower().equals(b.lower()) && !b.in(NO_DOUBLING)) {
                return found("\"" + b.text() + "\" is written twice.", b);
            }
        }
        return Optional.empty();
    }

    /** "early in the morning early in the morning": three or more words said twice in one sentence. */
    private static Optional<Problem> repeatedPhrase(List<Token> w) {
        for (int length = 3; length <= w.size() / 2; length++) {
            for (int i = 0; i + length <= w.size(); i++) {
                if (!hasContent(w, i, length)) {
                    continue;
                }
                for (int j = i + length; j + length <= w.size(); j++) {
                    if (same(w, i, j, length)) {
                        return found("\"" + text(w, j, length) + "\" is said twice in one sentence.", w.get(j));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "so I my wife visits", "I want to I like": "I" needs a verb after it. */
    private static Optional<Problem> noVerbAfterSubject(List<Token> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            Token t = w.get(i);
            if (!t.text().equals("I") || i > 0 && w.get(i - 1).is("and", "or", "than", "as", "me", "like")) {
                continue;
            }
            Token next = w.get(i + 1);
            if (next.isPunctuation() && !next.is(",")) {
                continue;
            }
            Token verb = skipAdverbs(w, i + 1);
            int at = verb == null ? -1 : w.indexOf(verb);
            boolean compoundVerb = verb != null && verb.tagged("NOUN") && at + 1 < w.size() && w.get(at + 1).tagged("VERB");
            boolean noun = verb != null && (NOT_A_VERB.contains(verb.lower()) || verb.capitalised() && !verb.text().startsWith("I'"));
            if (verb == null || noun && !compoundVerb) {
                return found("\"I\" needs a verb after it, as in \"I go\" or \"I feel\".", next);
            }
        }
        return Optional.empty();
    }

    /** "I want to bingo", "so I can my": after "want to" (and the like) comes a verb. */
    private static Optional<Problem> noVerbAfterTo(List<Token> w) {
        for (int i = 1; i + 1 < w.size(); i++) {
            Token to = w.get(i);
            if (!to.is("to") || !w.get(i - 1).in(WANTING)) {
                continue;
            }
            Token next = skipAdverbs(w, i + 1);
            if (next == null || NOT_A_VERB.contains(next.lower()) || PREPOSITIONS.contains(next.lower())) {
                return found("After \"" + w.get(i - 1).text() + " to\" comes a verb, as in \"" + w.get(i - 1).text()
                    + " to go\".", next == null ? to : next);
            }
        }
        return Optional.empty();
    }

    /** "I want to goes": after "to" a verb is in its plain form. */
    private static Optional<Problem> plainVerbAfterTo(List<Token> w) {
        for (int i = 1; i + 1 < w.size(); i++) {
            Token next = w.get(i + 1);
            if (w.get(i).is("to") && w.get(i).tagged("PART") && next.tagged("VERB") && !next.capitalised()
                && !next.lower().equals(next.lemma())
                && next.lower().endsWith("s") && !next.lower().endsWith("ss")) {
                return found("After \"to\" say \"" + next.lemma() + "\", not \"" + next.text() + "\".", next);
            }
        }
        return Optional.empty();
    }

    /** "cook cooking": one verb twice over. */
    private static Optional<Problem> sameVerbTwice(List<Token> w) {
        for (int i = 1; i < w.size(); i++) {
            Token a = w.get(i - 1);
            Token b = w.get(i);
            if (a.tagged("VERB") && b.tagged("VERB") && a.lemma().equals(b.lemma())) {
                return found("\"" + a.text() + " " + b.text() + "\" says the verb twice.", b);
            }
        }
        return Optional.empty();
    }

    /** "I am want to": "am", "is" or "was" before a plain verb. */
    private static Optional<Problem> beWithPlainVerb(List<Token> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            Token be = w.get(i);
            Token next = w.get(i + 1);
            if (be.in(BE) && !be.is("be") && next.tagged("VERB") && next.lower().equals(next.lemma())
                && !next.lower().endsWith("ing") && !next.lower().endsWith("ed") && !next.in(SAME_AS_PARTICIPLE)) {
                return found("\"" + be.text() + " " + next.text() + "\" does not fit together.", next);
            }
        }
        return Optional.empty();
    }

    /** "go to the on Sundays", "the maintain": "the", "a" or "my" with no word for a thing after it. */
    private static Optional<Problem> determinerWithoutNoun(List<Token> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            Token det = w.get(i);
            Token next = w.get(i + 1);
            boolean takesObject = i + 2 < w.size() && w.get(i + 2).tagged("DET", "PRON");
            boolean plainVerb = det.is("the", "a", "an") && next.tagged("VERB") && next.lower().equals(next.lemma()) && !next.lower().endsWith("ing") && takesObject;
            if (DETERMINERS.contains(det.lower()) && (CLOSED_WORDS.contains(next.lower()) || next.isPunctuation() || plainVerb)) {
                return found("\"" + det.text() + "\" needs a word for what it is, as in \"" + det.text() + " shop\".", next);
            }
        }
        return Optional.empty();
    }

    /** "Staff a woman to help me": staff as the subject needs a verb. */
    private static Optional<Problem> staffWithoutVerb(List<Token> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            Token t = w.get(i);
            boolean subject = t.text().equals("Staff") || t.is("staff") && i > 0 && w.get(i - 1).is("and", ",", "then", "so");
            if (!subject) {
                continue;
            }
            Token verb = skipAdverbs(w, i + 1);
            if (verb != null && !verb.isVerb() && verb.tagged("PRON", "DET", "PROPN", "NUM", "ADJ")
                && !verb.is("who", "that", "and", "or", "member", "members", "team")) {
                return found("\"Staff\" needs a verb after it, as in \"Staff help me\".", verb);
            }
        }
        return Optional.empty();
    }

    /** "so I can less pain": "can", "will" and the like need a verb after them. */
    private static Optional<Problem> noVerbAfterModal(List<Token> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!w.get(i).is("can", "could", "will", "would", "should", "must", "might", "may", "shall")
                || i + 1 < w.size() && w.get(i + 1).text().startsWith("'")) {
                continue;
            }
            Token next = skipAdverbs(w, i + 1);
            boolean question = w.get(w.size() - 1).is("?");
            int at = w.indexOf(next);
            boolean compoundVerb = next != null && next.tagged("NOUN") && at + 1 < w.size() && w.get(at + 1).tagged("VERB");
            boolean nounNext = next != null && NOT_A_VERB.contains(next.lower()) || NOT_A_VERB.contains(w.get(i + 1).lower());
            if (nounNext && !compoundVerb && !question) {
                return found("\"" + w.get(i).text() + "\" needs a verb after it.", next);
            }
        }
        return Optional.empty();
    }

    /** "contact see my grandson": two plain verbs in a row. */
    private static Optional<Problem> collidingVerbs(List<Token> w) {
        for (int i = 1; i < w.size(); i++) {
            Token a = w.get(i - 1);
            Token b = w.get(i);
            boolean plain = a.tagged("VERB") && b.tagged("VERB") && a.lower().equals(a.lemma()) && b.lower().equals(b.lemma())
                && !b.lower().endsWith("ing");
            if (plain && !a.in(BARE_VERB_TAKERS) && !a.in(TAKE_A_NOUN) && EVERYDAY_VERBS.contains(b.lower())) {
                return found("\"" + a.text() + " " + b.text() + "\" has two verbs together.", b);
            }
        }
        return Optional.empty();
    }

    /**
     * "What helped you when you tried to wash my face?": a question put to the person speaks to them in
     * one voice. (In guidance, "you" is staff and "me" the person: "Ask me before you help.")
     */
    private static Optional<Problem> mixedVoice(List<Token> w) {
        if (w.isEmpty()) {
            return Optional.empty();
        }
        boolean question = w.get(w.size() - 1).is("?");
        boolean mine = w.get(0).text().equals("I");
        if (mine && !question) {
            return w.stream().filter(t -> t.is("your", "yours", "yourself")).findFirst()
                .flatMap(t -> found("\"" + t.text() + "\" in a sentence in my voice. Keep one voice.", t));
        }
        if (!question) {
            return Optional.empty();
        }
        Token you = w.stream().filter(t -> t.in(YOU)).findFirst().orElse(null);
        Token me = w.stream().filter(t -> t.lower().equals("i") || t.in(ME)).findFirst().orElse(null);
        if (you != null && me != null) {
            Token later = you.start() > me.start() ? you : me;
            return found("\"" + you.text() + "\" and \"" + me.text() + "\" are in one sentence. Keep one voice.", later);
        }
        return Optional.empty();
    }

    /** "I wants", "I is", "she go": the verb must agree with its subject. */
    private static Optional<Problem> agreement(List<Token> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            Token subject = w.get(i);
            Token verb = w.get(i + 1);
            boolean firstSubject = i == 0 || !w.get(i - 1).is("let", "make", "help", "that", "and", "or", "than", "as", "did",
                "does", "do", "can", "will", "would", "could", "should", "may", "might", "must", "shall", "to", "see", "watch",
                "hear", "saw", "heard", "made", "helped", "let's") && !w.get(i - 1).tagged("AUX");
            if (!firstSubject) {
                continue;
            }
            if (subject.text().equals("I") && (verb.is("is", "has", "does", "are", "were", "goes")
                || verb.tagged("VERB") && verb.lower().endsWith("s") && !verb.lower().endsWith("ss")
                    && !verb.lower().equals(verb.lemma()) && !verb.lower().endsWith("ed"))) {
                return found("\"I " + verb.text() + "\" does not agree: say \"I " + verb.lemma() + "\".", verb);
            }
            if (subject.is("he", "she", "it") && (verb.is("am", "are", "have", "do", "were", "don't")
                || verb.tagged("VERB") && verb.lower().equals(verb.lemma()))) {
                return found("\"" + subject.text() + " " + verb.text() + "\" does not agree.", verb);
            }
        }
        return Optional.empty();
    }

    /** "I want to wash so I.": a sentence that stops part way. */
    private static Optional<Problem> hanging(List<Token> w) {
        int last = w.size() - 1;
        while (last >= 0 && w.get(last).isPunctuation() && !w.get(last).is(",")) {
            last--;
        }
        if (last > 0 && w.get(last).start() == w.get(last - 1).end()) {
            return Optional.empty(); // "say-so": the end of a word joined to the one before
        }
        boolean hangingI = last >= 0 && w.get(last).text().equals("I") && last > 0 && w.get(last - 1).is("so", "because", "and");
        if (last >= 0 && (HANGING.contains(w.get(last).lower()) || w.get(last).is(",") || hangingI)) {
            return found("The sentence stops after \"" + w.get(last).text() + "\".", w.get(last));
        }
        return Optional.empty();
    }

    /** "so because", "because so": two joining words in a row. */
    private static Optional<Problem> clashingConnectives(List<Token> w) {
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i - 1).in(CONNECTIVES) && w.get(i).in(CONNECTIVES) && !w.get(i - 1).is("as") && !w.get(i).is("as")) {
                return found("\"" + w.get(i - 1).text() + " " + w.get(i).text() + "\" joins twice.", w.get(i));
            }
        }
        return Optional.empty();
    }

    private static Token skipAdverbs(List<Token> w, int from) {
        int i = from;
        while (i < w.size() && (w.get(i).is("only", "just", "also", "still", "really", "always", "never", "often",
            "usually", "sometimes", "then", "not", "n't", "all", "both", "each", "yet") || w.get(i).tagged("ADV", "PART") && !w.get(i).is("to"))) {
            i++;
        }
        return i < w.size() ? w.get(i) : null;
    }

    /**
     * Spans of a text inside quotation marks: the person's words, kept as they gave them. Curly quotes
     * first (what drafts quote with, and they may hold straight ones), with the draft's lead-in before
     * them ("My reason, in my own words:", or a reason's "because, in my own words," in the sentence),
     * then straight quotes outside them.
     */
    static List<int[]> quotes(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' && open < 0) {
                open = i;
            } else if (c == '\u201D' && open >= 0) {
                Matcher leadIn = LEAD_IN.matcher(text.substring(0, open));
                spans.add(new int[] {leadIn.find() ? leadIn.start() : open, i + 1});
                open = -1;
            }
        }
        int straight = -1;
        for (int i = 0; i < text.length(); i++) {
            final int at = i;
            if (text.charAt(i) != '"' || spans.stream().anyMatch(q -> at >= q[0] && at < q[1])) {
                continue;
            }
            if (straight < 0) {
                straight = i;
            } else {
                spans.add(new int[] {straight, i + 1});
                straight = -1;
            }
        }
        return spans;
    }

    private static boolean inside(List<int[]> quotes, Token t) {
        return quotes.stream().anyMatch(q -> t.start() >= q[0] && t.start() < q[1]);
    }

    private static boolean hasContent(List<Token> w, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (w.get(k).isPunctuation()) {
                return false;
            }
        }
        for (int k = from; k < from + length; k++) {
            if (w.get(k).tagged("NOUN", "ADJ", "PROPN") && !w.get(k).is("staff", "i")) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(List<Token> w, int i, int j, int length) {
        for (int k = 0; k < length; k++) {
            if (!w.get(i + k).lower().equals(w.get(j + k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static String text(List<Token> w, int from, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + length; k++) {
            b.append(k > from ? " " : "").append(w.get(k).text());
        }
        return b.toString();
    }

    private static Optional<Problem> found(String message, Token at) {
        return Optional.of(new Problem(message, at));
    }
}
