package org.twofold.language;

import java.util.List;

/** no-why: no sentence gives a reason that matters to the person. */
final class Reasons implements Rule {
    static final String MESSAGE = "Gives no reason. Say why it matters to the person: \"so I ...\" or \"because ...\".";

    @Override
    public void check(Statement statement, List<Issue> out) {
        boolean reason = statement.parts().stream().anyMatch(p -> p.clauses().hasReason());
        if (!reason && !statement.parts().isEmpty()) {
            out.add(new Issue(IssueCode.NO_WHY, MESSAGE, statement.start(), statement.end()));
        }
    }
}
