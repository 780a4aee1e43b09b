package org.twofold.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an outcome statement for the weaknesses that fail goals in review (staff-voice, process,
 * vague, third-person, no-why, too-long) and offers a wording in the person's own voice. A wording
 * is offered only when it passes the same check itself (a long sentence aside): a suggestion that
 * is still weak is worse than none. Thread-safe: each call analyses with its own tools.
 */
public final class StatementCheck {
    private static final Set<IssueCode> WHO_SPEAKS_OR_LENGTH = EnumSet.of(IssueCode.STAFF_VOICE, IssueCode.THIRD_PERSON,
        IssueCode.TOO_LONG);
    private final Analyser analyser;
    private final List<Rule> rules = List.of(new StaffVoice(), new ProcessOnly(), new Vagueness(), new ThirdPerson(),
        new Reasons(), new Readability());

    public StatementCheck(Analyser analyser) {
        this.analyser = analyser;
    }

    public Check check(String text) {
        Statement statement = Statement.of(analyser.analyse(text));
        List<Issue> issues = issues(statement);
        String suggestion = onlyWhoSpeaks(issues) ? FirstPerson.reword(statement).filter(this::passes).orElse(null) : null;
        return new Check(issues, suggestion);
    }

    /**
     * A rewording changes who speaks and nothing else, so a statement with any other weakness (no
     * reason, a process, a vague wish) would keep it: such a one is not reworded, nor analysed again.
     */
    private static boolean onlyWhoSpeaks(List<Issue> issues) {
        return issues.stream().allMatch(i -> WHO_SPEAKS_OR_LENGTH.contains(i.code()));
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
