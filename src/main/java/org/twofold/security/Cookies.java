package org.twofold.security;

import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The one place that makes the server's cookies: HttpOnly and SameSite=Strict always, and
 * Secure when the server is reached over TLS (its public address starts with https), so a
 * session never travels in clear text. A local demo over plain http still works.
 */
public record Cookies(boolean secure) {

    public static Cookies forPublicUrl(String publicUrl) {
        return new Cookies(publicUrl != null && publicUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https:"));
    }

    public Cookie make(String name, String value, String path, int maxAgeSeconds) {
        Cookie c = new Cookie(name, value, path, maxAgeSeconds, secure, true, null, SameSite.STRICT);
        c.setHttpOnly(true);
        c.setSecure(secure);
        c.setSameSite(SameSite.STRICT);
        return c;
    }
}
