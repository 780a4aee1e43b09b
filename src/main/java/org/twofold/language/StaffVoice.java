package org.twofold.language;

import java.util.List;
import java.util.Set;
import org.twofold.language.Subject.Voice;

/** staff-voice: staff or the service act ("Staff will encourage ...", "We will ...", "Prompt Amir to ..."). */
final class StaffVoice implements Rule {
    static final String MESSAGE = "Says what staff or the service will do. Say what will change for the person, "
        + "in their words: \"I will ...\".";
    private static final Set<String> NOTE_VERBS = Set.of("support", "encourage", "prompt", "remind", "assist", "help",
        "enable", "ensure", "monitor", "offer", "provide");
    private static final Set<String> STAFF_TASKS = Set.of("give", "administer", "provide", "offer", "monitor", "record",
        "check", "review");

    @Override
    public void check(Statement statement, List<Issue> out) {
        for (Statement.Part part : statement.parts()) {
            Subject subject = part.subject();
            List<Token> goal = part.goal();
            Voice voice = subject.voice();
            if (voice == Voice.STAFF) {
                Token verb = firstVerbFrom(goal, subject.anchor());
                out.add(new Issue(IssueCode.STAFF_VOICE, MESSAGE, subject.start(), Math.max(subject.end(), verb.end())));
            } else if (voice == Voice.INSTRUCTION) {
                Token verb = subject.tokens().get(0);
                out.add(new Issue(IssueCode.STAFF_VOICE, MESSAGE, verb.start(), verb.end()));
            } else if (voice == Voice.INFINITIVE && staffNote(goal, subject.anchor())) {
                Token verb = goal.get(subject.anchor() + 1);
                out.add(new Issue(IssueCode.STAFF_VOICE, MESSAGE, goal.get(subject.anchor()).start(), verb.end()));
            } else if (voice == Voice.OTHER && subject.anchor() >= 0 && staffPassive(goal, subject.anchor())) {
                Token verb = firstVerbFrom(goal, subject.anchor());
                out.add(new Issue(IssueCode.STAFF_VOICE, MESSAGE, goal.get(0).start(), verb.end()));
            }
        }
    }

    /** "To support Mary to ...": a note of what staff will do. */
    private static boolean staffNote(List<Token> goal, int to) {
        return to + 2 < goal.size() && goal.get(to + 1).in(NOTE_VERBS) && References.isPerson(goal.get(to + 2));
    }

    /** "Medication will be given by staff": a care task, done by staff, with a thing as subject. */
    private static boolean staffPassive(List<Token> goal, int anchor) {
        if (!Subject.passive(goal, anchor)) {
            return false;
        }
        for (int k = anchor; k < goal.size(); k++) {
            Token t = goal.get(k);
            if (t.tagged("VERB") && t.in(STAFF_TASKS)) {
                return true;
            }
            if (t.is("by") && k + 1 < goal.size()
                && goal.subList(k + 1, Math.min(goal.size(), k + 4)).stream().anyMatch(w -> w.in(Lexicon.STAFF))) {
                return true;
            }
        }
        return false;
    }

    /** The main verb after the anchor ("will encourage"), or the anchor itself. */
    static Token firstVerbFrom(List<Token> goal, int anchor) {
        for (int k = anchor; k < Math.min(goal.size(), anchor + 4); k++) {
            if (goal.get(k).tagged("VERB")) {
                return goal.get(k);
            }
        }
        return goal.get(anchor);
    }
}
