package org.twofold.export;

import static org.twofold.export.DraftWords.orEmpty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.twofold.draft.Draft;

/**
 * The plan that works towards the person's goal as a FHIR CarePlan: a draft until approved, then active;
 * one activity per step of the ladder saying what the person does and what staff do; the review
 * questions, escalations and guidance as notes; the person as author, those present as contributors.
 */
final class FhirCarePlan {
    ObjectNode carePlan(ExportedDraft e, FhirIds ids) {
        Draft d = e.draft();
        ObjectNode patient = FhirIds.reference(ids.patient(), e.preferredName());
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.put("resourceType", "CarePlan");
        plan.put("id", ids.carePlan());
        plan.set("text", narrative(e));
        ArrayNode identifiers = plan.putArray("identifier");
        identifiers.addObject().put("system", FhirBundle.DRAFT_SYSTEM).put("value", d.id());
        identifiers.addObject().put("system", FhirBundle.RECORD_SYSTEM).put("value", d.recordId() + "/" + d.version());
        if (d.supersedes() != null) {
            plan.putArray("replaces").addObject().putObject("identifier").put("system", FhirBundle.DRAFT_SYSTEM).put("value", d.supersedes());
        }
        plan.put("status", switch (e.status()) {
            case "approved" -> "active";
            case "superseded" -> "revoked";
            default -> "draft";
        });
        plan.put("intent", "plan");
        plan.put("title", "Plan for " + e.preferredName() + ": " + d.outcome().statement());
        plan.put("description", orEmpty(d.outcome().statement()) + " " + orEmpty(d.outcome().whyItMatters()));
        plan.set("subject", patient);
        plan.putObject("period").put("start", e.madeOn().toString()).put("end", e.reviewBy().toString());
        plan.put("created", d.createdAt());
        plan.set("author", patient.deepCopy());
        ArrayNode contributors = plan.putArray("contributor");
        contributors.add(patient.deepCopy());
        if (d.coProduction() != null) {
            d.coProduction().present().forEach(p -> contributors.add(FhirIds.named(DraftWords.present(p))));
        }
        plan.putArray("goal").add(FhirIds.reference(ids.goal(), d.outcome().statement()));
        ArrayNode activities = plan.putArray("activity");
        for (Draft.Milestone m : Lists.of(d.milestones())) {
            activities.addObject().set("detail", activity(m, e, ids, patient));
        }
        notes(plan.putArray("note"), d);
        return plan;
    }

    private static ObjectNode activity(Draft.Milestone m, ExportedDraft e, FhirIds ids, ObjectNode patient) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("kind", "Task");
        detail.putObject("code").put("text", "Step " + m.order());
        detail.putArray("goal").add(FhirIds.reference(ids.goal(), null));
        detail.put("status", "not-started");
        ArrayNode performers = detail.putArray("performer");
        if (m.personDoes() != null && !m.personDoes().isBlank()) {
            performers.add(patient.deepCopy());
        }
        if (m.supportDoes() != null && !m.supportDoes().isBlank()) {
            performers.add(FhirIds.named("Staff supporting " + e.preferredName()));
        }
        if (performers.isEmpty()) {
            detail.remove("performer");
        }
        detail.put("description", "Step " + m.order() + ": " + DraftWords.step(m, e.preferredName()));
        return detail;
    }

    private static void notes(ArrayNode notes, Draft d) {
        note(notes, "How this plan was made: " + DraftWords.coProduction(d.coProduction()));
        note(notes, "Review questions", Lists.of(d.reviewQuestions()));
        note(notes, "Act at once when", Lists.of(d.escalation()).stream().map(Draft.Escalation::text).toList());
        if (d.guidance() != null) {
            note(notes, "Staff do", Lists.of(d.guidance().doThis()));
            note(notes, "Staff don't", Lists.of(d.guidance().dont()));
            note(notes, "How they show it", d.guidance().signs());
        }
        note(notes, "Open questions", d.openQuestions());
    }

    private static void note(ArrayNode notes, String label, List<String> items) {
        List<String> shown = items.stream().filter(i -> i != null && !i.isBlank()).toList();
        if (!shown.isEmpty()) {
            note(notes, label + ":\n\n- " + String.join("\n- ", shown));
        }
    }

    private static void note(ArrayNode notes, String text) {
        notes.addObject().put("text", text);
    }

    private static ObjectNode narrative(ExportedDraft e) {
        Draft d = e.draft();
        Narrative n = new Narrative()
            .heading("Care plan (" + e.status() + ")")
            .labelled("Goal", d.outcome().statement())
            .labelled("From", e.madeOn() + " to review on " + e.reviewBy());
        n.list("Steps", Lists.of(d.milestones()).stream()
            .map(m -> "Step " + m.order() + ": " + DraftWords.step(m, e.preferredName())).toList());
        n.list("Review questions", Lists.of(d.reviewQuestions()));
        n.list("Act at once when", Lists.of(d.escalation()).stream().map(Draft.Escalation::text).toList());
        if (d.guidance() != null) {
            n.list("Staff do", Lists.of(d.guidance().doThis()));
            n.list("Staff don't", Lists.of(d.guidance().dont()));
        }
        return n.labelled("How it was made", DraftWords.coProduction(d.coProduction())).toText();
    }
}
