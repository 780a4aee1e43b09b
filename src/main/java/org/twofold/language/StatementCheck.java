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

    /**
     * The statement's weaknesses, and a wording in the person's voice only when it passes this same
     * check itself (a long sentence aside): a suggestion that is still weak is worse than none.
     */
    public Check check(String text) {
        Statement statement = Statement.of(analyser.analyse(text));
        List<Issue> issues = issues(statement);
        String suggestion = rewordable(issues) ? FirstPerson.reword(statement).filter(this::passes).orElse(null) : null;
        return new Check(issues, suggestion);
    }

    /**
     * A rewording changes who speaks and nothing else, so a statement with no reason, a process or a
     * vague wish would keep it: such a one is not reworded, nor analysed again. Any other weakness
     * may go with the words that are changed, so the rewording is checked.
     */
    private static boolean rewordable(List<Issue> issues) {
        return issues.stream().noneMatch(i -> i.code() == IssueCode.NO_WHY || i.code() == IssueCode.PROCESS
            || i.code() == IssueCode.VAGUE);
    }

    /** A wording with no weakness but, perhaps, a long sentence, which the person can still shorten. */
    private boolean passes(String wording) {
        return issues(Statement.of(analyser.analyse(wording))).stream().allMatch(i -> i.code() == IssueCode.TOO_LONG);
    }

    private List<Issue> issues(Statement statement) {
        List<Issue> issues = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(statement, issues);
        }
        issues.sort(Comparator.comparingInt(Issue::start).thenComparing(Issue::code));
        return List.copyOf(issues);
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
