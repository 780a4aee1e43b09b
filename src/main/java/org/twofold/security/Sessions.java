package org.twofold.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.twofold.web.ApiException;
import org.twofold.web.ApiException.Forbidden;
import org.twofold.web.ApiException.Gone;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.ApiException.Unauthorized;

/**
 * Cookies for the screens: a staff session (a bearer token kept in an HttpOnly cookie) and a
 * tablet cookie holding the join token. SameSite=Strict, an Origin check and a form token for the
 * session ({@link CsrfTokens}) keep other sites' forms out; {@link Cookies} makes every cookie.
 */
public final class Sessions {
    static final String STAFF_COOKIE = "twofold_session";
    static final String TABLET_COOKIE = "twofold_tablet";
    static final String JOIN_LINK_COOKIE = "twofold_join_link";
    /** How long a fresh join link waits to be shown on its conversation's staff page. */
    static final int JOIN_LINK_SHOWN_SECONDS = 5 * 60;
    /**
     * The tablet's audio of a person's words or voice (speech/SpeechRoutes, RecordingRoutes) and their photos
     * (people/PhotoCardRoutes): refused as not found, never as "sign in".
     */
    private static final Pattern PERSONAL_AUDIO = Pattern.compile("/person/conversations/[^/]+/(audio|recordings|photos)/[^/]+");

    private final AccountStore accounts;
    private final Clock clock;
    private final Cookies cookies;
    private final CsrfTokens formTokens;

    public Sessions(AccountStore accounts, Clock clock, Cookies cookies, CsrfTokens formTokens) {
        this.accounts = accounts;
        this.clock = clock;
        this.cookies = cookies;
        this.formTokens = formTokens;
    }

    public void register(RoutesConfig routes) {
        routes.before("/staff", this::staff);
        routes.before("/staff/*", this::staff);
        routes.before("/person/*", this::person);
    }

    private void staff(Context ctx) {
        sameOrigin(ctx);
        if (ctx.path().equals("/staff/login")) {
            formTokens.forSignIn(ctx);
            return;
        }
        String token = ctx.cookie(STAFF_COOKIE);
        Optional<Principal> who = Optional.ofNullable(token)
            .flatMap(t -> accounts.principalFor(t, clock.instant()))
            .filter(p -> !p.isTablet());
        if (who.isEmpty()) {
            ctx.redirect("/staff/login", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        Access.signedIn(ctx, who.get());
        formTokens.forSession(ctx, token);
    }

    private void person(Context ctx) {
        sameOrigin(ctx);
        String token = ctx.cookie(TABLET_COOKIE);
        Principal tablet = Optional.ofNullable(token)
            .flatMap(t -> accounts.principalFor(t, clock.instant()))
            .filter(Principal::isTablet)
            .orElseThrow(() -> tabletRefused(ctx, token));
        Access.signedIn(ctx, tablet);
        formTokens.forSession(ctx, token);
    }

    /**
     * Why the tablet cannot open this: audio of the person's words, or their photo, answers as though it were not there;
     * a finished conversation says so; otherwise the tablet needs a join link.
     */
    private ApiException tabletRefused(Context ctx, String token) {
        if (PERSONAL_AUDIO.matcher(ctx.path()).matches()) {
            return new NotFound("There is nothing here.");
        }
        if (token != null && accounts.joinTokenOfFinishedConversation(token)) {
            return new Gone("This conversation has finished.");
        }
        return new Unauthorized("This screen opens from a join link. Ask staff for a new link.");
    }

    /** The staff member or tablet a screen request comes from, set by the before-handlers. */
    public static Principal principal(Context ctx) {
        return Access.principal(ctx);
    }

    public static void requireConversation(Principal tablet, String conversationId) {
        if (tablet.isTablet() && !tablet.conversationId().equals(conversationId)) {
            throw new Forbidden("This tablet link opens one conversation only.");
        }
    }

    public void signIn(Context ctx, String token) {
        ctx.cookie(cookies.make(STAFF_COOKIE, token, "/staff", 12 * 3600));
    }

    /** Forgets the staff session in the browser, and gives its token so the server can end it too. */
    public Optional<String> signOut(Context ctx) {
        Optional<String> token = Optional.ofNullable(ctx.cookie(STAFF_COOKIE)).filter(t -> !t.isBlank());
        ctx.cookie(cookies.make(STAFF_COOKIE, "", "/staff", 0));
        return token;
    }

    /** Keeps a join token on the tablet so the person's screens can use it. */
    public void joinOnTablet(Context ctx, String token) {
        ctx.cookie(cookies.make(TABLET_COOKIE, token, "/person", 14 * 24 * 3600));
    }

    /**
     * Carries a fresh join token from the form that made it to the conversation's staff page, which shows it
     * (a "flash"): never in a URL, sent only to that page's path, and gone after a few minutes.
     */
    public void showJoinLink(Context ctx, String conversationId, String token) {
        ctx.cookie(cookies.make(JOIN_LINK_COOKIE, token, conversationPage(conversationId), JOIN_LINK_SHOWN_SECONDS));
    }

    /** The join token waiting to be shown on this conversation's staff page, if any. */
    public Optional<String> joinLinkToShow(Context ctx) {
        return Optional.ofNullable(ctx.cookie(JOIN_LINK_COOKIE)).filter(t -> !t.isBlank());
    }

    private static String conversationPage(String conversationId) {
        return "/staff/conversations/" + conversationId;
    }

    /** A form posted from another site is refused, whatever cookies came with it. */
    private static void sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (!"POST".equals(ctx.method().name()) || origin == null || origin.equals("null")) {
            return;
        }
        String host;
        try {
            host = URI.create(origin).getAuthority();
        } catch (IllegalArgumentException malformed) {
            host = null;
        }
        if (host == null || !host.equals(ctx.host())) {
            throw new Forbidden("This form came from another website, so it was not accepted.");
        }
    }
}
