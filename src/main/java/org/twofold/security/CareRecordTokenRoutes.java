package org.twofold.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;
import org.twofold.web.JsonBody;

/**
 * An admin's tokens for care-record systems of their own service: POST, GET and DELETE /api/v1/tokens, and the
 * screen /staff/tokens. A token's secret is shown once, when it is made; making and revoking one are audited.
 */
final class CareRecordTokenRoutes {
    static final int MAX_NAME = 100;
    private static final Labels LABELS = Labels.of("name", "Name of the care-record system");

    private final CareRecordTokens tokens;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    CareRecordTokenRoutes(CareRecordTokens tokens, AuditLog audit, ObjectMapper json, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/tokens", this::create, Role.ADMIN);
        routes.get("/api/v1/tokens", ctx -> ctx.json(Map.of("tokens",
            tokens.all(Access.principal(ctx).serviceId()).stream().map(CareRecordTokenRoutes::shown).toList())), Role.ADMIN);
        routes.delete("/api/v1/tokens/{id}", this::revoke, Role.ADMIN);
        routes.get("/staff/tokens", ctx -> page(ctx, adminOnly(ctx), Form.showing(Map.of()), null));
        routes.post("/staff/tokens", Forms.submit(LABELS, this::createOnScreen,
            (ctx, refused) -> page(ctx, adminOnly(ctx), refused, null)));
        routes.post("/staff/tokens/{id}/revoke", this::revokeOnScreen);
    }

    private void create(Context ctx) {
        Principal admin = Access.principal(ctx);
        String name = JsonBody.of(ctx, json).allowOnly(Set.of("name")).name("name", MAX_NAME);
        CareRecordTokens.Made made = made(admin, name);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", made.token().id());
        out.put("name", made.token().name());
        out.put("token", made.secret());
        out.put("createdAt", made.token().createdAt());
        noStore(ctx);
        ctx.status(HttpStatus.CREATED).json(out);
    }

    private void revoke(Context ctx) {
        revoked(Access.principal(ctx), ctx.pathParam("id"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void createOnScreen(Context ctx, FormFields form) {
        Principal admin = adminOnly(ctx);
        String name = form.name("name", MAX_NAME);
        CareRecordTokens.Made made = made(admin, name);
        noStore(ctx);
        page(ctx, admin, Form.showing(Map.of()), made);
    }

    private void revokeOnScreen(Context ctx) {
        revoked(adminOnly(ctx), ctx.pathParam("id"));
        ctx.redirect("/staff/tokens?revoked", HttpStatus.SEE_OTHER);
    }

    private CareRecordTokens.Made made(Principal admin, String name) {
        CareRecordTokens.Made made = tokens.create(admin, name, clock.instant());
        audit.record(admin, "token.create", "token:" + made.token().id());
        return made;
    }

    /** Revokes the service's token (revoking it again changes nothing); another service's, or none, is not found. */
    private void revoked(Principal admin, String id) {
        if (tokens.find(admin.serviceId(), id).isEmpty()) {
            throw new NotFound("There is no token '" + id + "'.");
        }
        if (tokens.revoke(admin, id, clock.instant())) {
            audit.record(admin, "token.revoke", "token:" + id);
        }
    }

    /** The screen: the token just made (its secret, once), a form to make another, and the service's tokens. */
    private void page(Context ctx, Principal admin, Form nameForm, CareRecordTokens.Made made) {
        Map<String, Object> m = new HashMap<>();
        m.put("role", admin.role().code());
        m.put("nameForm", nameForm);
        m.put("made", made);
        m.put("revoked", ctx.queryParam("revoked") != null);
        m.put("tokens", tokens.all(admin.serviceId()));
        ctx.render("staff/tokens.peb", m);
    }

    /** A token as the API lists it: everything but its secret. */
    private static Map<String, Object> shown(CareRecordToken t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("name", t.name());
        out.put("createdAt", t.createdAt());
        out.put("createdBy", t.createdBy());
        out.put("lastUsedAt", t.lastUsedAt());
        out.put("revoked", t.revoked());
        out.put("revokedAt", t.revokedAt());
        out.put("revokedBy", t.revokedBy());
        return out;
    }

    /** A secret shown once is kept by no cache. */
    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    private static Principal adminOnly(Context ctx) {
        return Access.principal(ctx).onlyAs("Only an admin can make or revoke tokens for care-record systems.", Role.ADMIN);
    }
}
