package org.twofold.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twofold.draft.DraftTemplate.IndicatorTemplate;
import org.twofold.draft.DraftTemplate.MilestoneTemplate;
import org.twofold.store.Times;

/** Turns an end node's template, the slots the person filled, and the answers' provenance into a draft. */
public final class DraftComposer {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final SlotTemplates templates;

    public DraftComposer(SlotTemplates templates) {
        this.templates = templates;
    }

    public record Subject(String draftId, String conversationId, String personId, String dialogueId) {}

    public Draft compose(Subject subject, DraftTemplate t, Map<String, String> slots, List<Provenance> provenance, Instant finishedAt) {
        LocalDate day = LocalDate.ofInstant(finishedAt, UK);
        Draft.Outcome outcome = new Draft.Outcome(
            render(t.outcome(), slots),
            render(t.whyItMatters(), slots),
            render(t.earlyChange(), slots),
            t.earlyChangeWeeks(),
            day.plusWeeks(t.earlyChangeWeeks()).toString(),
            day.plusWeeks(t.reviewWeeks()).toString());
        List<Draft.Milestone> milestones = new ArrayList<>();
        int order = 1;
        for (MilestoneTemplate m : t.milestones()) {
            milestones.add(new Draft.Milestone(order++, render(m.description(), slots), render(m.personDoes(), slots),
                render(m.supportDoes(), slots), confidence(m.confidence(), slots)));
        }
        List<Draft.Indicator> indicators = new ArrayList<>();
        for (IndicatorTemplate i : t.indicators()) {
            indicators.add(new Draft.Indicator(i.lens(), render(i.description(), slots), render(i.baseline(), slots),
                render(i.earlyChange(), slots), i.evidence()));
        }
        return new Draft(subject.draftId(), "draft", subject.conversationId(), subject.personId(), subject.dialogueId(),
            Times.format(finishedAt), outcome, milestones, indicators,
            renderAll(t.reviewQuestions(), slots), renderAll(t.escalation(), slots),
            new Draft.Guidance(renderAll(t.guidance().doThis(), slots), renderAll(t.guidance().dont(), slots)),
            List.copyOf(provenance), List.of());
    }

    /** The outcome statement alone, for reading back before the person confirms it. */
    public String outcomeStatement(DraftTemplate t, Map<String, String> slots) {
        return render(t.outcome(), slots);
    }

    private String render(String template, Map<String, String> slots) {
        return templates.render(template, slots);
    }

    private List<String> renderAll(List<String> list, Map<String, String> slots) {
        return list.stream().map(s -> render(s, slots)).toList();
    }

    private static Integer confidence(String slot, Map<String, String> slots) {
        if (slot == null) {
            return null;
        }
        String value = slots.get(slot);
        return value == null || value.isBlank() ? null : Integer.valueOf(value);
    }
}
