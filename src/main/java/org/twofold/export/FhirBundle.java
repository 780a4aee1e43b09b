package org.twofold.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.twofold.store.Times;

/**
 * A draft as an HL7 FHIR R4 Bundle (a collection): a Patient stub the service can map by its identifier,
 * the person's Goal and the CarePlan that works towards it, each with its own readable narrative.
 * Built as plain JSON, so no FHIR library is needed at run time.
 */
final class FhirBundle {
    static final String PERSON_SYSTEM = "urn:twofold:person";
    static final String DRAFT_SYSTEM = "urn:twofold:draft";
    /** A plan's record and version, as "record/version": the same record for every version of one plan. */
    static final String RECORD_SYSTEM = "urn:twofold:plan-record";
    static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirGoal goals = new FhirGoal();
    private final FhirCarePlan plans = new FhirCarePlan();

    ObjectNode bundle(ExportedDraft e) {
        FhirIds ids = FhirIds.of(e.draft().personId(), e.draft().id());
        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.set("identifier", JsonNodeFactory.instance.objectNode().put("system", DRAFT_SYSTEM).put("value", e.draft().id()));
        bundle.put("type", "collection");
        bundle.put("timestamp", Times.format(e.exportedAt()));
        ArrayNode entries = bundle.putArray("entry");
        entries.add(entry(ids.patient(), patient(e, ids)));
        entries.add(entry(ids.goal(), goals.goal(e, ids)));
        entries.add(entry(ids.carePlan(), plans.carePlan(e, ids)));
        return bundle;
    }

    private static ObjectNode entry(String id, ObjectNode resource) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("fullUrl", FhirIds.fullUrl(id));
        entry.set("resource", resource);
        return entry;
    }

    /** Only what the service needs to find its own record of the person: their id in Twofold and the name they like. */
    private static ObjectNode patient(ExportedDraft e, FhirIds ids) {
        ObjectNode patient = JsonNodeFactory.instance.objectNode();
        patient.put("resourceType", "Patient");
        patient.put("id", ids.patient());
        patient.set("text", new Narrative()
            .paragraph(e.preferredName())
            .labelled("Twofold person id", e.draft().personId())
            .toText());
        patient.putArray("identifier").addObject()
            .put("use", "secondary")
            .put("system", PERSON_SYSTEM)
            .put("value", e.draft().personId());
        patient.putArray("name").addObject()
            .put("use", "usual")
            .put("text", e.preferredName());
        return patient;
    }
}
