package org.twofold.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.twofold.language.Subject.Voice;

/**
 * Rewords a statement in the person's own voice: "She wants to cook so she feels in control"
 * becomes "I want to cook so I feel in control"; "Staff will prompt Mary to take her tablets"
 * becomes "I will take my tablets"; "To improve John's ..." becomes "I want to improve my ...".
 * Verbs agree with the new "I" (wants → want, is → am, has → have, were → was).
 */
final class FirstPerson {
    private record Edit(int start, int end, String text) {}

    private static final Set<String> FAMILY_HE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FAMILY_SHE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> FAMILY_THEY = Set.of("they", "them", "their", "theirs", "themselves", "themself");
    private static final Set<String> PASS_OVER = Set.of("now", "also", "really", "still", "often", "never", "always",
        "just", "usually", "sometimes", "already", "not");

    private FirstPerson() {}

    static Optional<String> reword(Statement statement) {
        for (Statement.Part part : statement.parts()) {
            Voice voice = part.subject().voice();
            Optional<String> out = switch (voice) {
                case THIRD -> aboutThePerson(statement, part);
                case STAFF, INSTRUCTION -> staffTask(statement, part);
                case INFINITIVE -> note(statement, part);
                default -> Optional.empty();
            };
            if (out.isPresent()) {
                return out.filter(s -> !s.equals(statement.text()));
            }
        }
        return Optional.empty();
    }

    /** "She wants ...", "John will ...", "Her goal is ...", "Rita to attend ...". */
    private static Optional<String> aboutThePerson(Statement statement, Statement.Part part) {
        Subject subject = part.subject();
        List<Token> words = subject.tokens();
        List<Edit> edits = new ArrayList<>();
        Set<String> family = familyOf(words, statement);
        Token last = words.get(words.size() - 1);
        Token possessor = words.stream().filter(t -> t.in(References.OBJECTS) || t.is("'s")).findFirst().orElse(null);
        if (last.in(Lexicon.AIMS) && possessor != null) {
            int from = words.get(0).start();
            edits.add(new Edit(from, possessor.end(), capital("my", from == part.sentence().start())));
        } else {
            edits.add(new Edit(words.get(0).start(), last.end(), "I"));
            Token after = part.goal().get(subject.anchor());
            if (after.is("to")) {
                edits.add(new Edit(after.start(), after.end(), "will"));
            } else {
                agree(part.goal(), subject.anchor(), edits);
            }
        }
        Set<String> names = nameWords(words);
        convertAll(statement, family, names, words.get(0).start(), last.end(), edits);
        return Optional.of(apply(statement.text(), edits));
    }

    /** "Staff will prompt Mary to take her tablets" gives "I will take my tablets". */
    private static Optional<String> staffTask(Statement statement, Statement.Part part) {
        List<Token> goal = part.goal();
        int from = Math.max(0, part.subject().anchor());
        for (int v = from; v < goal.size() - 2; v++) {
            if (!goal.get(v).in(Lexicon.STAFF_ACTIONS) || goal.get(v).is("make", "set", "find", "take", "dress")) {
                continue;
            }
            int person = v + 1;
            int end = person;
            while (end + 1 < goal.size() && References.isName(goal.get(end + 1))) {
                end++;
            }
            if (!References.isPerson(goal.get(person))) {
                return Optional.empty();
            }
            boolean to = end + 1 < goal.size() && goal.get(end + 1).is("to");
            int verb = to ? end + 2 : end + 1;
            if (verb >= goal.size() || !goal.get(verb).tagged("VERB", "AUX")
                || !to && !goal.get(verb).lower().equals(goal.get(verb).lemma())) {
                return Optional.empty();
            }
            List<Token> who = goal.subList(person, end + 1);
            List<Edit> edits = new ArrayList<>();
            edits.add(new Edit(part.sentence().start(), goal.get(verb).start(), "I will "));
            convertAll(statement, familyOf(who, statement), nameWords(who), goal.get(verb).start(), goal.get(verb).start(), edits);
            return Optional.of(apply(statement.text(), edits));
        }
        return Optional.empty();
    }

    /** "To improve John's quality of life" gives "I want to improve my quality of life". */
    private static Optional<String> note(Statement statement, Statement.Part part) {
        Token to = part.goal().get(part.subject().anchor());
        List<Edit> edits = new ArrayList<>();
        edits.add(new Edit(to.start(), to.end(), capital("I want to", to.start() == part.sentence().start())));
        Optional<Token> about = References.aboutInNote(part);
        about.ifPresent(t -> convertAll(statement, familyOf(List.of(t), statement), nameWords(List.of(t)), to.end(), to.end(), edits));
        return Optional.of(apply(statement.text(), edits));
    }

    /** Every later mention of the person in the statement, outside [skipFrom, skipTo), in the first person. */
    private static void convertAll(Statement statement, Set<String> family, Set<String> names, int skipFrom, int skipTo,
                                   List<Edit> edits) {
        for (Statement.Part part : statement.parts()) {
            List<Token> tokens = part.sentence().tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= skipFrom && t.end() <= skipTo || covered(edits, t)) {
                    continue;
                }
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean first = t.start() == part.sentence().start();
                String w = t.lower();
                if (names.contains(w)) {
                    if (next != null && next.is("'s")) {
                        edits.add(new Edit(t.start(), next.end(), capital("my", first)));
                        i++;
                    } else if (i + 1 < tokens.size() && tokens.get(i + 1).isVerb()) {
                        edits.add(new Edit(t.start(), t.end(), "I"));
                        agree(tokens, i + 1, edits);
                    } else {
                        edits.add(new Edit(t.start(), t.end(), "me"));
                    }
                } else if (family.contains(w)) {
                    String replacement = switch (w) {
                        case "he", "she", "they" -> "I";
                        case "him", "them" -> "me";
                        case "his", "their" -> "my";
                        case "hers", "theirs" -> "mine";
                        case "her" -> possessive(i > 0 ? tokens.get(i - 1) : null, next) ? "my" : "me";
                        default -> "myself";
                    };
                    edits.add(new Edit(t.start(), t.end(), capital(replacement, first)));
                    if (replacement.equals("I")) {
                        agree(tokens, i + 1, edits);
                    }
                }
            }
        }
    }

    /**
     * "her" before a noun is "my" ("her lunch"), except after verbs that take a person and a verb
     * ("helps her sleep", "makes her proud"), where it is "me".
     */
    private static boolean possessive(Token before, Token next) {
        if (next == null || !next.tagged("NOUN", "ADJ", "NUM", "PROPN")) {
            return false;
        }
        if (before != null && before.lemma().matches("help|let")) {
            return false;
        }
        return before == null || !before.lemma().equals("make") || next.is("own") || !next.tagged("ADJ");
    }

    /** The verb after a new "I" agrees with it, and so does a verb joined on with "and". */
    private static void agree(List<Token> tokens, int from, List<Edit> edits) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).in(PASS_OVER)) {
            i++;
        }
        if (i >= tokens.size()) {
            return;
        }
        agreeOne(tokens, i, edits);
        for (int k = i + 1; k < tokens.size() - 1; k++) {
            Token t = tokens.get(k);
            if (t.in(Lexicon.THIRD_PERSON) || t.is("i", "we", "you", "so", "because")) {
                return;
            }
            if (t.is("and", "but", "or")) {
                int j = k + 1;
                while (j < tokens.size() && tokens.get(j).in(PASS_OVER)) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).tagged("VERB", "AUX") && thirdSingular(tokens.get(j))) {
                    agreeOne(tokens, j, edits);
                }
            }
        }
    }

    private static void agreeOne(List<Token> tokens, int i, List<Edit> edits) {
        Token verb = tokens.get(i);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        String w = verb.lower();
        String base;
        if (w.equals("'s")) {
            base = verb.lemma().equals("have") ? "'ve" : "'m";
        } else if ((w.equals("is") || w.equals("are")) && next != null && next.is("n't")) {
            edits.add(new Edit(verb.start(), next.end(), "am not"));
            return;
        } else if (w.equals("is") || w.equals("are")) {
            base = "am";
        } else if (w.equals("were")) {
            base = "was";
        } else if (verb.tagged("VERB", "AUX") && thirdSingular(verb)) {
            base = baseForm(verb);
        } else {
            return;
        }
        edits.add(new Edit(verb.start(), verb.end(), verb.capitalised() ? capital(base, true) : base));
    }

    private static boolean thirdSingular(Token verb) {
        String w = verb.lower();
        return w.length() > 2 && w.endsWith("s") && !w.equals(verb.lemma()) && !w.endsWith("ss") && !w.equals("was");
    }

    /** wants → want, tries → try, watches → watch, has → have, does → do. */
    private static String baseForm(Token verb) {
        String w = verb.lower();
        String lemma = verb.lemma();
        if (w.equals("has")) {
            return "have";
        }
        if (w.equals(lemma + "s") || w.equals(lemma + "es") || lemma.endsWith("y") && w.equals(lemma.substring(0, lemma.length() - 1) + "ies")) {
            return lemma;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.matches(".*(ss|sh|ch|x|zz|o)es")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    private static Set<String> familyOf(List<Token> who, Statement statement) {
        for (Token t : who) {
            Set<String> f = family(t.lower());
            if (f != null) {
                return f;
            }
        }
        int after = who.get(who.size() - 1).end();
        for (Statement.Part part : statement.parts()) {
            for (Token t : part.sentence().tokens()) {
                Set<String> f = family(t.lower());
                if (t.start() >= after && f != null) {
                    return f;
                }
            }
        }
        return Set.of();
    }

    private static Set<String> family(String w) {
        if (FAMILY_HE.contains(w)) {
            return FAMILY_HE;
        }
        if (FAMILY_SHE.contains(w)) {
            return FAMILY_SHE;
        }
        return FAMILY_THEY.contains(w) ? FAMILY_THEY : null;
    }

    private static Set<String> nameWords(List<Token> who) {
        Set<String> names = new HashSet<>();
        who.stream().filter(References::isName).forEach(t -> names.add(t.lower()));
        return names;
    }

    private static boolean covered(List<Edit> edits, Token t) {
        return edits.stream().anyMatch(e -> e.start() < t.end() && t.start() < e.end());
    }

    private static String capital(String s, boolean first) {
        return first ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.end() <= limit) {
                out.replace(e.start(), e.end(), e.text());
                limit = e.start();
            }
        }
        return out.toString();
    }
}
