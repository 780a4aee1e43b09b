package org.twofold.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.twofold.security.Access;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.JsonBody;

/**
 * The draft's way into the care plan, on the API: staff word it (PATCH), the person agrees to it on the
 * tablet, staff approve it, and an approved plan gets a new version rather than a change.
 */
public final class DraftRoutes {
    private static final int MAX_PARTS = 200;

    private final OpenDraft open;
    private final WordDraft word;
    private final AgreeDraft agree;
    private final ApproveDraft approve;
    private final AccountNames approvers;
    private final ObjectMapper json;

    public DraftRoutes(OpenDraft open, WordDraft word, AgreeDraft agree, ApproveDraft approve, AccountNames approvers, ObjectMapper json) {
        this.open = open;
        this.word = word;
        this.agree = agree;
        this.approve = approve;
        this.approvers = approvers;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.patch("/api/v1/drafts/{id}", this::patch, Role.ADMIN, Role.STAFF);
        routes.post("/api/v1/drafts/{id}/agree", this::agree, Role.TABLET);
        routes.post("/api/v1/drafts/{id}/approve", this::approve, Role.ADMIN, Role.STAFF);
        routes.post("/api/v1/drafts/{id}/versions", this::newVersion, Role.ADMIN, Role.STAFF);
    }

    /** {"revision": 3, "parts": {"outcome.statement": "..."}, "keep": ["outcome.whyItMatters"]} */
    private void patch(Context ctx) {
        Principal who = Access.principal(ctx);
        Draft draft = open.byId(who, ctx.pathParam("id"), "draft.read").draft();
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("revision", "parts", "keep"));
        int revision = body.integer("revision", 0, Integer.MAX_VALUE);
        Map<String, String> parts = parts(body);
        Set<String> keep = keep(body);
        ctx.json(word.word(who, draft, revision, parts, keep));
    }

    /** {"revision": 4, "answer": "yes" | "not-yet"}: by the tablet that read the draft back. */
    private void agree(Context ctx) {
        Principal tablet = Access.principal(ctx);
        Draft draft = open.byId(tablet, ctx.pathParam("id"), "draft.read").draft();
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("revision", "answer", "way"));
        int revision = body.integer("revision", 0, Integer.MAX_VALUE);
        String answer = body.optionalText("answer", 20).orElseThrow(() -> new BadRequest("Send the person's answer: 'yes' or 'not-yet'."));
        String way = body.optionalText("way", 40).orElse("touch");
        ctx.json(agree.answer(tablet, draft, revision, answer, way));
    }

    /** {"revision": 5} */
    private void approve(Context ctx) {
        Principal who = Access.principal(ctx);
        Draft draft = open.byId(who, ctx.pathParam("id"), "draft.read").draft();
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("revision"));
        int revision = body.integer("revision", 0, Integer.MAX_VALUE);
        ctx.json(approve.approve(who, approvers.of(who.actorId()), draft, revision));
    }

    private void newVersion(Context ctx) {
        Principal who = Access.principal(ctx);
        Draft draft = open.byId(who, ctx.pathParam("id"), "draft.read").draft();
        ctx.status(HttpStatus.CREATED).json(approve.newVersion(who, draft));
    }

    private static Map<String, String> parts(JsonBody body) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (!body.has("parts")) {
            return parts;
        }
        JsonNode node = body.node("parts");
        if (!node.isObject() || node.size() > MAX_PARTS) {
            throw new BadRequest("'parts' must name each part to change with its new words, for example {\"outcome.statement\": \"I want to ...\"}.");
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new BadRequest("The new words for '" + e.getKey() + "' must be text.");
            }
            parts.put(e.getKey(), e.getValue().asText());
        });
        return parts;
    }

    private static Set<String> keep(JsonBody body) {
        Set<String> keep = new LinkedHashSet<>();
        if (!body.has("keep")) {
            return keep;
        }
        JsonNode node = body.node("keep");
        if (!node.isArray() || node.size() > MAX_PARTS) {
            throw new BadRequest("'keep' must list the parts whose quoted words are right as they are.");
        }
        node.forEach(n -> {
            if (!n.isTextual()) {
                throw new BadRequest("'keep' must list parts by name, as text.");
            }
            keep.add(n.asText());
        });
        return keep;
    }
}
