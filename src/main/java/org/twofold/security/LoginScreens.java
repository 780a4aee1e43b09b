package org.twofold.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.twofold.web.ApiException.TooManyTries;
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;

/**
 * Staff and advocates sign in to the screens with a form; the session is a bearer token in a cookie.
 * A refused sign-in shows the form again with the username kept (never the password).
 */
public final class LoginScreens {
    private static final Labels LABELS = Labels.of("username", "Username", "password", "Password");

    private final SignIn signIn;
    private final Sessions sessions;

    public LoginScreens(SignIn signIn, Sessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/staff", HttpStatus.SEE_OTHER));
        routes.get("/staff/login", ctx -> page(ctx, Form.showing(Map.of())));
        routes.post("/staff/login", Forms.submit(LABELS, this::login, LoginScreens::page));
        routes.post("/staff/logout", ctx -> {
            sessions.signOut(ctx).ifPresent(token -> signIn.signOut(Sessions.principal(ctx), token));
            ctx.redirect("/staff/login", HttpStatus.SEE_OTHER);
        });
    }

    private static void page(Context ctx, Form form) {
        ctx.render("staff/login.peb", Map.of("loginForm", form));
    }

    private void login(Context ctx, FormFields form) {
        String username = form.required("username", 200);
        // A password is taken as typed, spaces and all.
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (password.isEmpty()) {
            form.problem("password", "{label} must be filled in.");
        } else if (password.length() > 500) {
            form.problem("password", "{label} must be 500 characters or fewer.");
        }
        form.refuseIfWrong();
        Optional<SignIn.Session> session;
        try {
            session = signIn.signIn(username, password, ctx.ip());
        } catch (TooManyTries e) {
            form.problem("username", e.detail());
            form.refuseIfWrong(e.status());
            return;
        }
        if (session.isEmpty()) {
            form.problem("username", "The username or password is wrong. Please try again.");
            form.refuseIfWrong(HttpStatus.UNAUTHORIZED.getCode());
        }
        sessions.signIn(ctx, session.get().token());
        ctx.redirect("/staff", HttpStatus.SEE_OTHER);
    }
}
