package org.twofold.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Headers every answer carries: no content sniffing, no framing by other sites, no address sent
 * on to other sites, and a Content-Security-Policy that runs only this site's own script files. Screens and the API hold personal data, so browsers and proxies are told not
 * to keep them; pictures, styles, scripts and speech clips set their own caching where they are served.
 */
public final class SecurityHeaders {
    /**
     * Only this site's own files: no inline script, style or event handler anywhere (a script sets a style
     * through the DOM, which is allowed). Pictures may be data: URIs; the supporter's recording plays from a
     * blob: URL; forms go only to this site; no plugins, no base change, no framing.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + "frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void register(RoutesConfig routes) {
        routes.before(SecurityHeaders::apply);
    }

    private static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        if (holdsPersonalData(ctx.path())) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static boolean holdsPersonalData(String path) {
        return path.equals("/") || path.startsWith("/staff") || path.startsWith("/person") || path.startsWith("/join")
            || path.startsWith("/api/");
    }
}
