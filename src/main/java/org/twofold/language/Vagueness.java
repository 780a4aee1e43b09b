package org.twofold.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * vague: the goal is a wish that cannot be seen ("be more independent", "improve my wellbeing",
 * "feel safe") and names nothing the person will do; or it only takes part in a service and the one
 * change it names is such a wish ("attend an art group to improve my wellbeing"). Circumstances
 * ("when I go out") are not the goal itself, but a feeling tied to one ("feel more in control when
 * plans change") can be seen: the person can say how it went. So too when staff are the only ones who
 * act ("Staff will support me so I feel happier").
 */
final class Vagueness implements Rule {
    /**
     * Distress that a trigger brings on ("less anxious when my routine changes") can be seen when the
     * trigger comes; broad wishes ("confident", "safe", "happy") need an action or a count beside them.
     */
    private static final Set<String> DISTRESS = Set.of("anxious");

    @Override
    public void check(Statement statement, List<Issue> out) {
        for (Statement.Part part : statement.parts()) {
            Optional<Token> wish = wish(part.goal());
            if (wish.isEmpty() && (ProcessOnly.find(part.goal()).isPresent() || onlyStaffAct(part))) {
                wish = namedWish(part.clauses().reason());
            }
            wish.ifPresent(t -> out.add(new Issue(IssueCode.VAGUE, message(t), t.start(), t.end())));
        }
    }

    /** "Staff will support me so I feel happier": staff act, and the person does nothing one could see. */
    private static boolean onlyStaffAct(Statement.Part part) {
        Subject.Voice voice = part.subject().voice();
        return (voice == Subject.Voice.STAFF || voice == Subject.Voice.INSTRUCTION) && !Anchors.action(part.goal());
    }

    /** The word that makes a goal a wish nobody can see, if it is one. */
    static Optional<Token> wish(List<Token> goal) {
        List<Token> core = withoutCircumstances(goal);
        if (Anchors.action(core) || Anchors.countedThing(core)) {
            return Optional.empty();
        }
        boolean tied = Anchors.situation(goal);
        for (int i = 0; i < core.size(); i++) {
            Token t = core.get(i);
            boolean broad = t.in(Lexicon.VAGUE) && !t.in(DISTRESS);
            if (broad || !tied && (t.in(DISTRESS) || t.tagged("VERB") && t.lemma().equals("feel") || comparison(core, i))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A reason whose only change is a broad wish ("to improve my wellbeing", "so I am more
     * independent"): it names nothing anyone could see change. A feeling ("so I feel less lonely")
     * is a change the person can tell.
     */
    static Optional<Token> namedWish(List<Token> reason) {
        List<Token> core = withoutCircumstances(reason);
        if (Anchors.action(core) || Anchors.countedThing(core)) {
            return Optional.empty();
        }
        return core.stream().filter(t -> t.in(Lexicon.VAGUE)).findFirst();
    }

    /** "be more sociable", "get fitter", "be less stressed": more of a quality, with nothing named to see it by. */
    private static boolean comparison(List<Token> goal, int i) {
        Token t = goal.get(i);
        boolean quality = t.tagged("ADJ") || t.tagged("VERB") && t.lower().endsWith("ed");
        if (!quality || t.is("more", "less") || i == 0) {
            return false;
        }
        boolean qualifiesANoun = i + 1 < goal.size() && goal.get(i + 1).tagged("NOUN", "ADJ");
        Token before = goal.get(i - 1);
        boolean comparative = t.lower().length() > 4 && t.lower().endsWith("er") && !t.in(Lexicon.NOT_COMPARATIVE);
        return !qualifiesANoun && (before.is("more", "less") || before.in(Lexicon.LIGHT) && comparative);
    }

    private static String message(Token t) {
        return "\"" + t.text() + "\" cannot be seen. Say what the person will do, or what others will notice, "
            + "when it is working.";
    }

    private static List<Token> withoutCircumstances(List<Token> goal) {
        List<Token> out = new ArrayList<>();
        boolean inside = false;
        for (Token t : goal) {
            if (t.in(Lexicon.CIRCUMSTANCE)) {
                inside = true;
            } else if (t.is(",")) {
                inside = false;
            }
            if (!inside) {
                out.add(t);
            }
        }
        return out;
    }
}
