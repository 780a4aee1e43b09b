package org.twofold.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Staff and advocates sign in to the screens with a form; the session is a bearer token in a cookie. */
public final class LoginScreens {
    private final SignIn signIn;
    private final Sessions sessions;

    public LoginScreens(SignIn signIn, Sessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/staff", HttpStatus.SEE_OTHER));
        routes.get("/staff/login", ctx -> ctx.render("staff/login.peb", Map.of()));
        routes.post("/staff/login", this::login);
        routes.post("/staff/logout", ctx -> {
            sessions.signOut(ctx);
            ctx.redirect("/staff/login", HttpStatus.SEE_OTHER);
        });
    }

    private void login(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<SignIn.Session> session = username.isBlank() || password.isEmpty() || username.length() > 200 || password.length() > 500
            ? Optional.empty()
            : signIn.signIn(username, password);
        if (session.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED).render("staff/login.peb",
                Map.of("error", "The username or password is wrong. Please try again.", "username", username));
            return;
        }
        sessions.signIn(ctx, session.get().token());
        ctx.redirect("/staff", HttpStatus.SEE_OTHER);
    }
}
