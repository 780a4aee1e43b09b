package org.twofold.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks an outcome statement for the weaknesses that fail goals in review (staff-voice, process,
 * vague, third-person, no-why, too-long, malformed) and offers a wording in the person's own voice.
 * Thread-safe: each call analyses with its own tools.
 */
public final class StatementCheck {
    private final Analyser analyser;
    private final List<Rule> rules = List.of(new StaffVoice(), new ProcessOnly(), new Vagueness(), new ThirdPerson(),
        new Reasons(), new Readability(), new Malformed());
    private final Rule malformed = new Malformed();

    public StatementCheck(Analyser analyser) {
        this.analyser = analyser;
    }

    public Check check(String text) {
        Statement statement = Statement.of(analyser.analyse(text));
        List<Issue> issues = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(statement, issues);
        }
        issues.sort(Comparator.comparingInt(Issue::start).thenComparing(Issue::code));
        return new Check(List.copyOf(issues), FirstPerson.reword(statement).orElse(null));
    }

    /**
     * Only whether each sentence is well formed: what a draft's every line must be, whether or not it is
     * an outcome (a guidance line needs no reason, a review question no "I").
     */
    public List<Issue> malformed(String text) {
        Statement statement = Statement.of(analyser.analyse(text));
        List<Issue> issues = new ArrayList<>();
        malformed.check(statement, issues);
        return List.copyOf(issues);
    }
}
