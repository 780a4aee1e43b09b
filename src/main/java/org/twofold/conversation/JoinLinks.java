package org.twofold.conversation;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * The one place join URLs are made. A spoofed Host header must not turn a join link into a link to
 * another site, so the request's host is used only when it is one the server is configured to be
 * reached by (TWOFOLD_HOSTS); otherwise TWOFOLD_PUBLIC_URL, otherwise this machine's own address.
 */
public final class JoinLinks {
    private final String publicUrl;
    private final Set<String> hosts;

    /** publicUrl may be null; hosts are host[:port] names in lower case. */
    public JoinLinks(String publicUrl, Set<String> hosts) {
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
        this.hosts = Set.copyOf(hosts);
    }

    /** The URL that opens the conversation of this join token on a tablet. */
    public String url(Context ctx, String token) {
        return base(ctx) + "/join/" + token;
    }

    private String base(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && hosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
            return ctx.scheme() + "://" + host.strip().toLowerCase(Locale.ROOT);
        }
        if (publicUrl != null) {
            return publicUrl;
        }
        // The port the request came in on, from the connection rather than from anything the request says.
        return "http://localhost:" + ctx.req().getLocalPort();
    }
}
