package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The draft an end node of a dialogue makes: every text is a Pebble template over the
 * conversation's slots, e.g. "I want to {{ task }} {{ why }}."
 */
public record DraftTemplate(
    String outcome,
    String whyItMatters,
    String earlyChange,
    Integer earlyChangeWeeks,
    Integer reviewWeeks,
    Integer checkEveryWeeks,
    String confidence,
    String supportingGoal,
    List<MilestoneTemplate> milestones,
    List<IndicatorTemplate> indicators,
    List<String> reviewQuestions,
    List<EscalationTemplate> escalation,
    GuidanceTemplate guidance) {

    public record MilestoneTemplate(String description, String personDoes, String supportDoes, String confidence) {}

    public record IndicatorTemplate(Lens lens, String description, String baseline, String earlyChange, Evidence evidence,
                                    List<Evidence> alsoFrom) {}

    /** What is seen, what staff do at once, who is told and by when, and what follows. */
    public record EscalationTemplate(String sign, String now, String tell, String by, String then) {
        /** The trigger read whole: "If I have a fall, staff check me for injury. They tell the manager the same day." */
        public String whole() {
            return Draft.Escalation.whole(sign, now, tell, by, then);
        }
    }

    public record GuidanceTemplate(@JsonProperty("do") List<String> doThis, List<String> dont) {}
}
