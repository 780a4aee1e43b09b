package org.twofold.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.twofold.draft.DraftStore;
import org.twofold.draft.OpenDraft;
import org.twofold.security.AuditLog;
import org.twofold.web.Feature;

/** A draft out of Twofold: by its id, and as JSON in its own schema, an HL7 FHIR R4 bundle, and CSV. */
public final class ExportFeature implements Feature {
    private final ExportRoutes routes;

    /** @param publicUrl where people reach the server (null: the address a request came to), for the schema's URL */
    public ExportFeature(DraftStore drafts, OpenDraft openDraft, AuditLog audit, ObjectMapper json, Clock clock, String publicUrl) {
        this.routes = new ExportRoutes(drafts, openDraft, audit, json, clock, publicUrl);
    }

    @Override
    public void register(RoutesConfig routes) {
        this.routes.register(routes);
    }
}
