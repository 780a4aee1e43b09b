package org.twofold.draft;

/** A draft as plain text, to read. */
public final class DraftText {
    private DraftText() {}

    public static String of(Draft d) {
        StringBuilder b = new StringBuilder();
        Draft.Outcome o = d.outcome();
        b.append("Outcome: ").append(o.statement()).append('\n');
        b.append("Why it matters: ").append(o.whyItMatters()).append('\n');
        if (o.supportingGoal() != null) {
            b.append("Supporting goal: ").append(o.supportingGoal()).append('\n');
        }
        b.append("Early change (").append(o.earlyChangeWeeks()).append(" weeks, checks every ").append(o.checkEveryWeeks())
            .append(" week(s)): ").append(o.earlyChange()).append('\n');
        if (o.confidence() != null) {
            b.append("Confidence: ").append(o.confidence().score()).append(" on ").append(o.confidence().ratedOn()).append('\n');
        }
        b.append("Own words: ").append(o.ownWords()).append('\n');
        b.append("Goal ladder:\n");
        d.milestones().forEach(m -> b.append("  ").append(m.order()).append(". ").append(m.description()).append(" | I: ")
            .append(m.personDoes()).append(" | Staff: ").append(m.supportDoes()).append('\n'));
        b.append("Indicators:\n");
        d.indicators().forEach(i -> b.append("  [").append(i.lens().code()).append(", ").append(i.evidence().code())
            .append(i.alsoFrom().isEmpty() ? "" : " + " + i.alsoFrom().stream().map(Evidence::code).toList()).append("] ").append(i.description())
            .append("\n     baseline: ").append(i.baseline()).append("\n     early change: ").append(i.earlyChange()).append('\n'));
        b.append("Review questions:\n");
        d.reviewQuestions().forEach(q -> b.append("  - ").append(q).append('\n'));
        b.append("When to act:\n");
        d.escalation().forEach(e -> b.append("  - ").append(e.text()).append('\n'));
        b.append("Do:\n");
        d.guidance().doThis().forEach(g -> b.append("  - ").append(g).append('\n'));
        b.append("Don't:\n");
        d.guidance().dont().forEach(g -> b.append("  - ").append(g).append('\n'));
        b.append("Made together: ").append(d.coProduction().direct()).append(" direct, ").append(d.coProduction().supported())
            .append(" supported, ").append(d.coProduction().interpreted()).append(" interpreted; flags: ")
            .append(d.coProduction().flags()).append('\n');
        if (!d.needsWording().isEmpty()) {
            b.append("Needs wording: ").append(d.needsWording()).append('\n');
        }
        if (!d.openQuestions().isEmpty()) {
            b.append("Open questions: ").append(d.openQuestions()).append('\n');
        }
        return b.toString();
    }
}
