package org.twofold.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.security.Sessions;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.Unavailable;
import org.twofold.web.JsonBody;

/**
 * Language help: the statement check (as staff type a draft), symbol suggestions for the
 * person's own words, and goal-quality sampling over a service's drafts.
 */
public final class LanguageRoutes {
    static final int MAX_TEXT = 2000;

    private final StatementCheck check;
    private final SymbolSuggestions symbols;
    private final GoalQualitySampling sampling;
    private final AuditLog audit;
    private final ObjectMapper json;

    public LanguageRoutes(StatementCheck check, SymbolSuggestions symbols, GoalQualitySampling sampling, AuditLog audit,
                          ObjectMapper json) {
        this.check = check;
        this.symbols = symbols;
        this.sampling = sampling;
        this.audit = audit;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/language/check", ctx -> ctx.json(whenReady(() -> check.check(text(ctx)))), Access.ACCOUNTS);
        routes.post("/api/v1/language/symbols",
            ctx -> ctx.json(Map.of("symbols", whenReady(() -> symbols.suggest(text(ctx))))), Access.ACCOUNTS);
        routes.get("/api/v1/language/sampling", this::sampling, Role.ADMIN, Role.STAFF);
        // The same help for the staff screens, which sign in with a cookie rather than a bearer token.
        routes.post("/staff/language/check", ctx -> ctx.json(whenReady(() -> check.check(text(ctx)))));
        // Every other line of a draft: only whether each sentence is well formed, as staff word it.
        routes.post("/staff/language/sentence", ctx -> ctx.json(Map.of("issues", whenReady(() -> check.malformed(text(ctx))))));
        routes.post("/staff/language/symbols", ctx -> ctx.json(Map.of("symbols", whenReady(() -> symbols.suggest(text(ctx))))));
        // On the tablet, so the person can pick the picture for their own words themselves.
        routes.post("/person/conversations/{id}/symbols", ctx -> {
            Sessions.requireConversation(Access.principal(ctx), ctx.pathParam("id"));
            ctx.json(Map.of("symbols", whenReady(() -> symbols.suggest(text(ctx)))));
        });
    }

    private void sampling(Context ctx) {
        Principal who = Access.principal(ctx);
        GoalQualitySampling.Sample sample = whenReady(() -> sampling.sample(who.serviceId()));
        audit.record(who, "language.sampling", "service:" + who.serviceId());
        ctx.json(sample);
    }

    /**
     * The text exactly as sent, so that issue offsets point into what the editor holds; refused
     * when missing, not text, blank or over the limit.
     */
    private String text(Context ctx) {
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("text"));
        body.text("text", MAX_TEXT);
        String raw = body.node("text").asText();
        if (raw.length() > MAX_TEXT) {
            throw new BadRequest("Field 'text' is too long: at most " + MAX_TEXT + " characters.");
        }
        return raw;
    }

    private static <T> T whenReady(Supplier<T> work) {
        try {
            return work.get();
        } catch (LanguageModels.NotReady e) {
            throw new Unavailable(e.getMessage());
        }
    }
}
