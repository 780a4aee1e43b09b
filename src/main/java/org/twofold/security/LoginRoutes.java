package org.twofold.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Set;
import org.twofold.web.ApiException.Unauthorized;
import org.twofold.web.JsonBody;

/** POST /api/v1/login: a username and password for a bearer token. */
public final class LoginRoutes {
    private final SignIn signIn;
    private final ObjectMapper json;

    public LoginRoutes(SignIn signIn, ObjectMapper json) {
        this.signIn = signIn;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/login", this::login);
        routes.post("/api/v1/logout", this::logout, Access.ACCOUNTS);
    }

    /** Ends the bearer token the request came with, on the server: it opens nothing afterwards. */
    private void logout(Context ctx) {
        signIn.signOut(Access.principal(ctx), Access.bearer(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void login(Context ctx) {
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("username", "password"));
        SignIn.Session s = signIn.signIn(body.text("username", 200), body.text("password", 500), ctx.ip())
            .orElseThrow(() -> new Unauthorized("The username or password is wrong."));
        ctx.json(Map.of("token", s.token(), "role", s.user().role().code(), "expiresAt", s.expiresAt().toString()));
    }
}
