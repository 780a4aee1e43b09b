package org.twofold.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.JsonBody;

/**
 * A picture board as it is placed, on the API: a card placed or moved, a supporter's comment on a
 * card, the mat marked as practice, and the picture of a finished mat.
 */
final class MatRoutes {
    private static final String SVG = ".svg";

    private final Conversations conversations;
    private final MatSnapshotStore snapshots;
    private final AuditLog audit;
    private final ObjectMapper json;

    MatRoutes(Conversations conversations, MatSnapshotStore snapshots, AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.conversations = conversations;
        this.snapshots = snapshots;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/conversations/{id}/boards/{node}/placements", this::place, Access.ACCOUNTS_AND_TABLET);
        routes.post("/api/v1/conversations/{id}/boards/{node}/comments", this::comment, Access.ACCOUNTS);
        routes.post("/api/v1/conversations/{id}/boards/{node}/practice", this::practice, Access.ACCOUNTS);
        routes.get("/api/v1/conversations/{id}/boards/{file}", this::picture, Access.ACCOUNTS_AND_TABLET);
        // The same picture for the staff screens, which sign in by their cookie.
        routes.get("/staff/conversations/{id}/boards/{file}", this::picture);
    }

    /** Where the staff screens show the picture of the mat last finished at a step. */
    static String staffPicture(String conversationId, String node) {
        return "/staff/conversations/" + conversationId + "/boards/" + node + SVG;
    }

    private void place(Context ctx) {
        reachable(ctx);
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("card", "position"));
        ConversationRoutes.send(ctx, conversations.moves().place(Access.principal(ctx), ctx.pathParam("id"), ctx.pathParam("node"),
            body.text("card", 100), AnswerParser.position(body.node("position"))));
    }

    private void comment(Context ctx) {
        reachable(ctx);
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("card", "text"));
        ConversationRoutes.send(ctx, conversations.moves().comment(Access.principal(ctx), ctx.pathParam("id"), ctx.pathParam("node"),
            body.text("card", 100), body.text("text", 2000)));
    }

    private void practice(Context ctx) {
        reachable(ctx);
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("practice"));
        JsonNode practice = body.node("practice");
        if (practice == null || !practice.isBoolean()) {
            throw new BadRequest("Field 'practice' must be true (a practice board, not the person's real view) or false.");
        }
        ConversationRoutes.send(ctx, conversations.moves().practice(Access.principal(ctx), ctx.pathParam("id"), ctx.pathParam("node"),
            practice.asBoolean()));
    }

    /** Refuses, before the body is read, a caller who may not reach the conversation, as if it did not exist. */
    private void reachable(Context ctx) {
        conversations.open(Access.principal(ctx), ctx.pathParam("id"));
    }

    /** The picture of the mat last finished at a step: GET .../boards/{node}.svg. */
    private void picture(Context ctx) {
        Principal who = Access.principal(ctx);
        String id = ctx.pathParam("id");
        String file = ctx.pathParam("file");
        if (!file.endsWith(SVG)) {
            throw new NotFound("There is no picture '" + file + "': ask for the board's step followed by .svg.");
        }
        String node = file.substring(0, file.length() - SVG.length());
        conversations.open(who, id);
        MatSnapshotStore.Snapshot s = conversations.db().read(tx -> snapshots.latest(tx, id, node))
            .orElseThrow(() -> new NotFound("No board has been finished at step '" + node + "' of this conversation yet."));
        if (!who.isTablet()) {
            audit.record(who, "mat.read", "conversation:" + id);
        }
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("image/svg+xml; charset=utf-8").result(s.svg());
    }
}
