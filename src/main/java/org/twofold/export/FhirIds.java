package org.twofold.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the resources in one draft's bundle, the same on every export of it: name-based UUIDs of the
 * person's id (so every bundle about one person holds the same Patient) and of the draft's id.
 */
record FhirIds(String patient, String goal, String carePlan) {
    static FhirIds of(String personId, String draftId) {
        return new FhirIds(uuid("person:" + personId), uuid("draft:" + draftId + ":goal"), uuid("draft:" + draftId + ":careplan"));
    }

    static String fullUrl(String id) {
        return "urn:uuid:" + id;
    }

    /** A reference inside the bundle, with the words a reader sees for it. */
    static ObjectNode reference(String id, String display) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("reference", fullUrl(id));
        if (display != null) {
            ref.put("display", display);
        }
        return ref;
    }

    /** Someone named but not in the bundle, such as the staff who support the person. */
    static ObjectNode named(String display) {
        return JsonNodeFactory.instance.objectNode().put("display", display);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("twofold:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
