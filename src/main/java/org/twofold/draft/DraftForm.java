package org.twofold.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft's editor, part by part in the order the draft reads: each section holds groups (a step of the
 * ladder, an indicator, a trigger), each group its fields, each field named by its path.
 */
public final class DraftForm {
    /** kind: statement (the full outcome check), text, optional (may be left empty) or day, as DraftWording checks it. */
    public record Field(String path, String label, String kind) {
        static Field of(String path, String label) {
            String kind = path.equals("outcome.statement") ? "statement" : DraftWording.isDay(path) ? "day"
                : DraftWording.mayBeEmpty(path) ? "optional" : "text";
            return new Field(path, label, kind);
        }

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
            Field.of("outcome.statement", "Outcome, in their words"),
            Field.of("outcome.whyItMatters", "Why it matters"),
            Field.of("outcome.supportingGoal", "Supporting goal (may be left empty)"),
            Field.of("outcome.earlyChange", "The first change we hope to see"),
            Field.of("outcome.earlyChangeBy", "First change by"),
            Field.of("outcome.reviewBy", "Review by"))))));
        List<Group> ladder = new ArrayList<>();
        for (Draft.Milestone m : d.milestones()) {
            String at = "milestones." + m.order() + ".";
            ladder.add(new Group("Step " + m.order(), m.confidence() == null ? "Confidence not given" : "Confidence " + m.confidence() + " out of 5",
                List.of(Field.of(at + "description", "The step"), Field.of(at + "personDoes", "What I do"),
                    Field.of(at + "supportDoes", "What staff do differently"))));
        }
        out.add(new Section("ladder", "Goal ladder", ladder));
        List<Group> indicators = new ArrayList<>();
        for (int i = 1; i <= d.indicators().size(); i++) {
            String at = "indicators." + i + ".";
            indicators.add(new Group("Indicator " + i, d.indicators().get(i - 1).lens() == null ? null : d.indicators().get(i - 1).lens().code(),
                List.of(Field.of(at + "description", "What we look for"), Field.of(at + "baseline", "Where things are now"),
                    Field.of(at + "earlyChange", "Early change"))));
        }
        out.add(new Section("indicators", "Indicators", indicators));
        out.add(new Section("review", "Review questions", List.of(new Group(null, null, numbered("reviewQuestions", "Question", d.reviewQuestions().size())))));
        List<Group> triggers = new ArrayList<>();
        for (int i = 1; i <= d.escalation().size(); i++) {
            String at = "escalation." + i + ".";
            triggers.add(new Group("When to act " + i, null, d.escalation().get(i - 1).hasParts()
                ? List.of(Field.of(at + "sign", "What we see"), Field.of(at + "now", "What staff do at once"),
                    Field.of(at + "tell", "Who they tell"), Field.of(at + "by", "By when"),
                    Field.of(at + "then", "What happens next (may be left empty)"))
                : List.of(Field.of(at + "text", "The trigger"))));
        }
        out.add(new Section("act", "When to act", triggers));
        out.add(new Section("guidance", "Guidance for staff", List.of(
            new Group("Do", null, numbered("guidance.do", "Do", d.guidance().doThis().size())),
            new Group("Don't", null, numbered("guidance.dont", "Don't", d.guidance().dont().size())),
            new Group("How I show pain, no, worry and yes", null, numbered("guidance.signs", "Sign", d.guidance().signs().size())))));
        return out;
    }

    /** Every part of this draft staff can word, in the order the draft reads. */
    public static List<String> paths(Draft d) {
        return sections(d).stream().flatMap(s -> s.groups().stream()).flatMap(g -> g.fields().stream()).map(Field::path).toList();
    }

    private static List<Field> numbered(String prefix, String label, int size) {
        List<Field> fields = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            fields.add(Field.of(prefix + "." + i, label + " " + i));
        }
        return fields;
    }
}
