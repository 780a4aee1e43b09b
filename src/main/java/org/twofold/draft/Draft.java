package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a conversation ends in: the person's outcome, the goal ladder, indicators, review and
 * escalation, guidance for staff, and the provenance of every answer behind it.
 */
public record Draft(
    String id,
    String status,
    String conversationId,
    String personId,
    String dialogue,
    String createdAt,
    Outcome outcome,
    List<Milestone> milestones,
    List<Indicator> indicators,
    List<String> reviewQuestions,
    List<String> escalation,
    Guidance guidance,
    List<Provenance> provenance,
    List<Edit> edits) {

    public Draft {
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** A change staff made to the wording, kept beside what the conversation first made: the golden thread. */
    public record Edit(String field, String before, String after, String by, String at) {}

    /** The same draft with its outcome statement and why-it-matters reworded, and the change recorded. */
    public Draft reworded(String statement, String why, String by, String at) {
        List<Edit> all = new java.util.ArrayList<>(edits);
        if (!statement.equals(outcome.statement())) {
            all.add(new Edit("statement", outcome.statement(), statement, by, at));
        }
        if (!why.equals(outcome.whyItMatters())) {
            all.add(new Edit("whyItMatters", outcome.whyItMatters(), why, by, at));
        }
        Outcome changed = new Outcome(statement, why, outcome.earlyChange(), outcome.earlyChangeWeeks(),
            outcome.earlyChangeBy(), outcome.reviewBy());
        return new Draft(id, status, conversationId, personId, dialogue, createdAt, changed, milestones, indicators,
            reviewQuestions, escalation, guidance, provenance, all);
    }

    public record Outcome(String statement, String whyItMatters, String earlyChange, int earlyChangeWeeks,
                          String earlyChangeBy, String reviewBy) {}

    public record Milestone(int order, String description, String personDoes, String supportDoes, Integer confidence) {}

    public record Indicator(Lens lens, String description, String baseline, String earlyChange, Evidence evidence) {}

    public record Guidance(@JsonProperty("do") List<String> doThis, List<String> dont) {}
}
