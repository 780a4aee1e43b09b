package org.twofold.conversation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.twofold.security.AccountStore;
import org.twofold.security.Principal;
import org.twofold.web.ApiException.NotFound;

/**
 * GET /join/{token}: where a join link lands on the tablet. The token is also the tablet's
 * bearer token for its one conversation.
 */
public final class JoinRoutes {
    private final AccountStore accounts;
    private final Clock clock;

    public JoinRoutes(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/join/{token}", this::join);
    }

    private void join(Context ctx) {
        Principal tablet = accounts.principalFor(ctx.pathParam("token"), clock.instant())
            .filter(Principal::isTablet)
            .orElseThrow(() -> new NotFound("This join link is unknown or has expired. Ask staff for a new one."));
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversation", tablet.conversationId());
        out.put("api", "/api/v1/conversations/" + tablet.conversationId());
        ctx.json(out);
    }
}
