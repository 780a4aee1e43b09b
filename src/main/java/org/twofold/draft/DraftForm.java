package org.twofold.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft's editor, part by part in the order the draft reads: each section holds groups (a step of the
 * ladder, an indicator, a trigger), each group its fields, each field named by its path.
 */
public final class DraftForm {
    /** kind: statement (the full outcome check), text, optional (may be left empty) or day. */
    public record Field(String path, String label, String kind) {
        /** The field's id on the page: its path with dashes, so that it needs no escaping in a link or selector. */
        public String id() {
            return idOf(path);
        }
    }

    public static String idOf(String path) {
        return path.replace('.', '-');
    }

    public static String pathOf(String id) {
        return id.replace('-', '.');
    }

    /** note: a word about the group, such as an indicator's lens code or a step's confidence. */
    public record Group(String title, String note, List<Field> fields) {}

    public record Section(String id, String title, List<Group> groups) {}

    private DraftForm() {}

    public static List<Section> sections(Draft d) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("outcome", "Outcome, in their words", List.of(new Group(null, null, List.of(
            new Field("outcome.statement", "Outcome, in their words", "statement"),
            new Field("outcome.whyItMatters", "Why it matters", "text"),
            new Field("outcome.supportingGoal", "Supporting goal (may be left empty)", "optional"),
            new Field("outcome.earlyChange", "The first change we hope to see", "text"),
            new Field("outcome.earlyChangeBy", "First change by", "day"),
            new Field("outcome.reviewBy", "Review by", "day"))))));
        List<Group> ladder = new ArrayList<>();
        for (Draft.Milestone m : d.milestones()) {
            String at = "milestones." + m.order() + ".";
            ladder.add(new Group("Step " + m.order(), m.confidence() == null ? "Confidence not given" : "Confidence " + m.confidence() + " out of 5",
                List.of(new Field(at + "description", "The step", "text"), new Field(at + "personDoes", "What I do", "text"),
                    new Field(at + "supportDoes", "What staff do differently", "text"))));
        }
        out.add(new Section("ladder", "Goal ladder", ladder));
        List<Group> indicators = new ArrayList<>();
        for (int i = 1; i <= d.indicators().size(); i++) {
            String at = "indicators." + i + ".";
            indicators.add(new Group("Indicator " + i, d.indicators().get(i - 1).lens() == null ? null : d.indicators().get(i - 1).lens().code(),
                List.of(new Field(at + "description", "What we look for", "text"), new Field(at + "baseline", "Where things are now", "text"),
                    new Field(at + "earlyChange", "Early change", "text"))));
        }
        out.add(new Section("indicators", "Indicators", indicators));
        out.add(new Section("review", "Review questions", List.of(new Group(null, null, numbered("reviewQuestions", "Question", d.reviewQuestions().size())))));
        List<Group> triggers = new ArrayList<>();
        for (int i = 1; i <= d.escalation().size(); i++) {
            String at = "escalation." + i + ".";
            triggers.add(new Group("When to act " + i, null, d.escalation().get(i - 1).hasParts()
                ? List.of(new Field(at + "sign", "What we see", "text"), new Field(at + "now", "What staff do at once", "text"),
                    new Field(at + "tell", "Who they tell", "text"), new Field(at + "by", "By when", "text"),
                    new Field(at + "then", "What happens next (may be left empty)", "optional"))
                : List.of(new Field(at + "text", "The trigger", "text"))));
        }
        out.add(new Section("act", "When to act", triggers));
        out.add(new Section("guidance", "Guidance for staff", List.of(
            new Group("Do", null, numbered("guidance.do", "Do", d.guidance().doThis().size())),
            new Group("Don't", null, numbered("guidance.dont", "Don't", d.guidance().dont().size())),
            new Group("How I show pain, no, worry and yes", null, numbered("guidance.signs", "Sign", d.guidance().signs().size())))));
        return out;
    }

    private static List<Field> numbered(String prefix, String label, int size) {
        List<Field> fields = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            fields.add(new Field(prefix + "." + i, label + " " + i, "text"));
        }
        return fields;
    }
}
