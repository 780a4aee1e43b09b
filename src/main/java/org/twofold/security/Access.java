package org.twofold.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Set;
import org.twofold.web.ApiException.Forbidden;
import org.twofold.web.ApiException.Unauthorized;

/**
 * Least access for the API: every /api/v1 route but login needs a bearer token, and
 * each route names the roles it allows. A tablet token opens only its own conversation; a care-record
 * system's token only the routes that name {@link #EXPORTS}.
 */
public final class Access {
    private static final String PRINCIPAL = "twofold.principal";
    public static final Role[] ACCOUNTS = {Role.ADMIN, Role.STAFF, Role.ADVOCATE};
    public static final Role[] ACCOUNTS_AND_TABLET = {Role.ADMIN, Role.STAFF, Role.ADVOCATE, Role.TABLET};
    /** A draft's exports and the pull list of approved drafts: the accounts, and care-record systems' tokens (read-only). */
    public static final Role[] EXPORTS = {Role.ADMIN, Role.STAFF, Role.ADVOCATE, Role.CARE_RECORD};

    private final AccountStore accounts;
    private final CareRecordTokens careRecords;
    private final Clock clock;

    public Access(AccountStore accounts, CareRecordTokens careRecords, Clock clock) {
        this.accounts = accounts;
        this.careRecords = careRecords;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched("/api/v1/*", this::check);
    }

    private void check(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty()) {
            return; // open routes such as login declare no roles
        }
        String bearer = bearer(ctx);
        Principal principal = accounts.principalFor(bearer, clock.instant())
            .or(() -> careRecords.principalFor(bearer, clock.instant()))
            .orElseThrow(() -> new Unauthorized(
                "The token is unknown, has expired or was revoked. Sign in again, or ask an admin for a new token."));
        if (principal.role() == Role.CARE_RECORD && !allowed.contains(Role.CARE_RECORD)) {
            throw new Forbidden("A care-record system's token can only read drafts' exports and the list of approved drafts.");
        }
        if (!allowed.contains(principal.role())) {
            throw new Forbidden("Your role (" + principal.role().code() + ") may not do this.");
        }
        if (principal.isTablet() && !principal.tabletMayOpen(ctx.pathParamMap().get("id"))) {
            throw new Forbidden("This join link opens one conversation only.");
        }
        signedIn(ctx, principal);
    }

    /** The bearer token an API request comes with. */
    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ") || header.length() <= 7) {
            throw new Unauthorized("Send 'Authorization: Bearer <token>'. Get a token from POST /api/v1/login.");
        }
        return header.substring(7).strip();
    }

    /** Marks the request as made by this caller: by a bearer token here, or by a screen's cookie in {@link Sessions}. */
    static void signedIn(Context ctx, Principal principal) {
        ctx.attribute(PRINCIPAL, principal);
    }

    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new Unauthorized("Sign in first.");
        }
        return p;
    }
}
