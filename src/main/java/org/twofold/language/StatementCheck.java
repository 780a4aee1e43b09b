package org.twofold.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks an outcome statement for the weaknesses that fail goals in review (staff-voice, process,
 * vague, third-person, no-why, too-long) and offers a wording in the person's own voice. A wording
 * is offered only when it passes the same check itself (a long sentence aside): a suggestion that
 * is still weak is worse than none. Thread-safe: each call analyses with its own tools.
 */
public final class StatementCheck {
    private final Analyser analyser;
    private final List<Rule> rules = List.of(new StaffVoice(), new ProcessOnly(), new Vagueness(), new ThirdPerson(),
        new Reasons(), new Readability());

    public StatementCheck(Analyser analyser) {
        this.analyser = analyser;
    }

    public Check check(String text) {
        Statement statement = Statement.of(analyser.analyse(text));
        String suggestion = FirstPerson.reword(statement).filter(this::passes).orElse(null);
        return new Check(issues(statement), suggestion);
    }

    private List<Issue> issues(Statement statement) {
        List<Issue> issues = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(statement, issues);
        }
        issues.sort(Comparator.comparingInt(Issue::start).thenComparing(Issue::code));
        return List.copyOf(issues);
    }

    /** A wording with no weakness but, perhaps, a long sentence, which the person can still shorten. */
    private boolean passes(String wording) {
        return issues(Statement.of(analyser.analyse(wording))).stream().allMatch(i -> i.code() == IssueCode.TOO_LONG);
    }
}
