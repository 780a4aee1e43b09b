package org.twofold.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Headers every answer carries: no content sniffing, no framing by other sites, no address sent
 * on to other sites. Screens and the API hold personal data, so browsers and proxies are told not
 * to keep them; pictures, styles, scripts and speech clips set their own caching where they are served.
 */
public final class SecurityHeaders {
    private SecurityHeaders() {}

    public static void register(RoutesConfig routes) {
        routes.before(SecurityHeaders::apply);
    }

    private static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
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
