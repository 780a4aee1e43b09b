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
    List<Provenance> provenance) {

    public record Outcome(String statement, String whyItMatters, String earlyChange, int earlyChangeWeeks,
                          String earlyChangeBy, String reviewBy) {}

    public record Milestone(int order, String description, String personDoes, String supportDoes, Integer confidence) {}

    public record Indicator(Lens lens, String description, String baseline, String earlyChange, Evidence evidence) {}

    public record Guidance(@JsonProperty("do") List<String> doThis, List<String> dont) {}
}
