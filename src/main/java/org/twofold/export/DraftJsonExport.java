package org.twofold.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.twofold.draft.Draft;
import org.twofold.store.Times;

/**
 * A draft as JSON in the documented, versioned schema twofold-draft-1 (served at {@link #SCHEMA_PATH}):
 * its status, the person (id and preferred name), every part of the draft, its provenance and
 * co-production summary, and the picture board it came from if any. Fields may be added within a
 * version; none is renamed or removed without a new one.
 */
final class DraftJsonExport {
    static final String SCHEMA = "twofold-draft-1";
    static final String SCHEMA_PATH = "/api/v1/schemas/" + SCHEMA + ".json";

    private final ObjectMapper json;

    DraftJsonExport(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode export(ExportedDraft e, String schemaUrl) {
        Draft d = e.draft();
        ObjectNode out = json.createObjectNode();
        out.put("schema", SCHEMA);
        out.put("schemaUrl", schemaUrl);
        out.put("exportedAt", Times.format(e.exportedAt()));
        out.put("id", d.id());
        out.put("status", e.status());
        out.put("statusAt", d.statusAt());
        out.put("recordId", d.recordId());
        out.put("version", d.version());
        out.put("supersedes", d.supersedes());
        out.set("agreement", json.valueToTree(d.agreement()));
        out.set("approval", json.valueToTree(d.approval()));
        out.put("conversationId", d.conversationId());
        out.put("dialogue", d.dialogue());
        out.put("createdAt", d.createdAt());
        out.putObject("person").put("id", d.personId()).put("preferredName", e.preferredName());
        out.set("outcome", json.valueToTree(d.outcome()));
        out.set("milestones", json.valueToTree(Lists.of(d.milestones())));
        out.set("indicators", json.valueToTree(Lists.of(d.indicators())));
        out.set("reviewQuestions", json.valueToTree(Lists.of(d.reviewQuestions())));
        out.set("escalation", json.valueToTree(Lists.of(d.escalation())));
        out.set("guidance", json.valueToTree(d.guidance()));
        out.set("needsWording", json.valueToTree(d.needsWording()));
        out.set("openQuestions", json.valueToTree(d.openQuestions()));
        out.set("coProduction", json.valueToTree(d.coProduction()));
        out.put("coProductionSummary", DraftWords.coProduction(d.coProduction()));
        out.set("provenance", json.valueToTree(Lists.of(d.provenance())));
        out.set("edits", json.valueToTree(d.edits()));
        out.set("mat", json.valueToTree(d.mat()));
        return out;
    }
}
