package org.twofold.language;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the statement check found, and a better wording where one can be made (null when none). */
public record Check(List<Issue> issues, String suggestion) {
    public Set<IssueCode> codes() {
        Set<IssueCode> codes = new TreeSet<>();
        issues.forEach(i -> codes.add(i.code()));
        return codes;
    }
}
