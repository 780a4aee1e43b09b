package org.twofold.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftStore;

/** Goal-quality sampling: the statement check over every draft outcome of a service. */
public final class GoalQualitySampling {
    private static final int WEAKEST = 10;

    public record Weak(String draftId, String personId, String dialogue, String createdAt, String statement,
                       List<IssueCode> codes) {}

    public record Sample(int drafts, int withoutIssues, Map<String, Integer> counts, List<Weak> weakest) {}

    private final DraftStore drafts;
    private final StatementCheck check;

    public GoalQualitySampling(DraftStore drafts, StatementCheck check) {
        this.drafts = drafts;
        this.check = check;
    }

    public Sample sample(String serviceId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IssueCode code : IssueCode.values()) {
            counts.put(code.code(), 0);
        }
        List<Weak> weak = new ArrayList<>();
        List<Draft> all = drafts.forService(serviceId);
        for (Draft d : all) {
            String statement = d.outcome() == null ? null : d.outcome().statement();
            if (statement == null || statement.isBlank()) {
                continue;
            }
            List<IssueCode> codes = List.copyOf(check.check(statement).codes());
            codes.forEach(c -> counts.merge(c.code(), 1, Integer::sum));
            if (!codes.isEmpty()) {
                weak.add(new Weak(d.id(), d.personId(), d.dialogue(), d.createdAt(), statement, codes));
            }
        }
        // Most kinds of weakness first; among equals the newest, as the store lists them.
        weak.sort(Comparator.comparingInt((Weak w) -> w.codes().size()).reversed());
        return new Sample(all.size(), all.size() - weak.size(), counts, List.copyOf(weak.subList(0, Math.min(WEAKEST, weak.size()))));
    }
}
