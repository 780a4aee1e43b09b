package org.twofold.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.twofold.web.ApiException.Unauthorized;
import org.twofold.web.JsonBody;

/** POST /api/v1/login: a username and password for a bearer token. */
public final class LoginRoutes {
    private static final Duration SESSION = Duration.ofHours(12);

    private final AccountStore accounts;
    private final Passwords passwords;
    private final Tokens tokens;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public LoginRoutes(AccountStore accounts, Passwords passwords, Tokens tokens, AuditLog audit, ObjectMapper json, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/login", this::login);
    }

    private void login(Context ctx) {
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("username", "password"));
        String username = body.text("username", 200);
        String password = body.text("password", 500);
        var user = accounts.byUsername(username);
        if (user.isEmpty()) {
            passwords.wasteTime(password);
            throw new Unauthorized("The username or password is wrong.");
        }
        if (!passwords.matches(password, user.get().passwordHash())) {
            throw new Unauthorized("The username or password is wrong.");
        }
        Instant now = clock.instant();
        String token = tokens.newToken();
        accounts.saveToken(token, user.get().id(), null, now.plus(SESSION), now);
        Principal who = Principal.account(user.get().id(), user.get().serviceId(), user.get().role());
        audit.record(who, "login", "user:" + user.get().id());
        ctx.json(Map.of("token", token, "role", user.get().role().code(), "expiresAt", now.plus(SESSION).toString()));
    }
}
