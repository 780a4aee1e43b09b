package org.twofold.security;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.twofold.web.ApiException.FormExpired;
import org.twofold.web.FormTokens;

/**
 * Tokens that show a form was sent from this site's own page (against cross-site request forgery).
 * A signed-in page's token is worked out from its session's secret (the staff session, or the
 * tablet's join session), so it is the same on every page of the session, another session's token
 * never fits, and it ends with the session. The sign-in form has no session yet: its token is a
 * random one kept in a cookie only that form's address gets, and the form must send the same
 * (a double-submit). Every post to a screen, a script's included, must carry the token (the form's
 * hidden field, or a header from a script); without it, nothing is stored and the page says to try again.
 */
public final class CsrfTokens {
    static final String SIGN_IN_COOKIE = "twofold_sign_in";
    private static final String SIGN_IN_PATH = "/staff/login";
    private static final int SIGN_IN_SECONDS = 24 * 3600;
    private static final byte[] PURPOSE = "twofold form token".getBytes(StandardCharsets.UTF_8);

    private final Cookies cookies;
    private final SecureRandom random = new SecureRandom();

    public CsrfTokens(Cookies cookies) {
        this.cookies = cookies;
    }

    /** A signed-in request: its page carries the session's token, and what it posts must carry it too. */
    void forSession(Context ctx, String sessionSecret) {
        String token = tokenFor(sessionSecret);
        FormTokens.give(ctx, token);
        requireOnPost(ctx, token);
    }

    /** The sign-in form: a random token in a cookie for that form alone, posted back in the form. */
    void forSignIn(Context ctx) {
        Optional<String> kept = Optional.ofNullable(ctx.cookie(SIGN_IN_COOKIE)).filter(t -> !t.isBlank());
        if (changesState(ctx)) {
            requireOnPost(ctx, kept.orElse(null));
        }
        String token = kept.orElseGet(this::fresh);
        if (kept.isEmpty()) {
            ctx.cookie(cookies.make(SIGN_IN_COOKIE, token, SIGN_IN_PATH, SIGN_IN_SECONDS));
        }
        FormTokens.give(ctx, token);
    }

    static String tokenFor(String sessionSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(PURPOSE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private String fresh() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void requireOnPost(Context ctx, String expected) {
        if (!changesState(ctx)) {
            return;
        }
        String sent = sent(ctx);
        if (expected == null || sent == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new FormExpired();
        }
    }

    private static boolean changesState(Context ctx) {
        String method = ctx.method().name();
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** From a script's header, or from a form's hidden field; any other body (a recording) is left unread. */
    private static String sent(Context ctx) {
        String header = ctx.header(FormTokens.HEADER);
        if (header != null) {
            return header;
        }
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            return ctx.formParam(FormTokens.FIELD);
        }
        return null;
    }
}
