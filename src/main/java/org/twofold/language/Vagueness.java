package org.twofold.language;

import java.util.ArrayList;
import java.util.List;

/**
 * vague: the goal is a wish that cannot be seen ("be more independent", "improve my wellbeing",
 * "feel safe") and names nothing the person will do. Circumstances ("when I go out") do not count.
 */
final class Vagueness implements Rule {
    @Override
    public void check(Statement statement, List<Issue> out) {
        for (Statement.Part part : statement.parts()) {
            List<Token> goal = withoutCircumstances(part.goal());
            boolean concrete = goal.stream().anyMatch(t -> t.tagged("VERB") && !t.in(Lexicon.LIGHT));
            if (concrete) {
                continue;
            }
            for (int i = 0; i < goal.size(); i++) {
                Token t = goal.get(i);
                if (t.in(Lexicon.VAGUE) || t.tagged("VERB") && t.lemma().equals("feel") || comparison(goal, i)) {
                    out.add(new Issue(IssueCode.VAGUE, message(t), t.start(), t.end()));
                    break;
                }
            }
        }
    }

    /** "be more sociable", "get fitter": more of a quality, with nothing named to see it by. */
    private static boolean comparison(List<Token> goal, int i) {
        Token t = goal.get(i);
        if (!t.tagged("ADJ") || t.is("more", "less") || i == 0) {
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
