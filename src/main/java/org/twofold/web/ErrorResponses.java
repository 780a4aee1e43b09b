package org.twofold.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become responses: JSON {"status","title","detail"}. */
public final class ErrorResponses {
    private static final Pattern PERSON_PAGE = Pattern.compile("^/person/conversations/[A-Za-z0-9-]+");
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.title(), e.detail()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "Server error", "Something went wrong on the server. Nothing you sent was lost.");
        });
        routes.error(404, ctx -> {
            // An ApiException already answered in JSON; only Javalin's own plain "not found" is replaced.
            String type = ctx.res().getContentType();
            if (type == null || !type.contains("json") && !type.contains("html")) {
                send(ctx, 404, "Not found", "There is nothing at " + ctx.path() + ".");
            }
        });
        routes.error(405, ctx -> send(ctx, 405, "Method not allowed",
            ctx.method() + " is not allowed on " + ctx.path() + "."));
    }

    /** Where a friendly error page sends the reader: the person's question, or the staff start page. */
    private static String home(String path) {
        Matcher m = PERSON_PAGE.matcher(path);
        return m.find() ? m.group() : "/staff";
    }

    public static Map<String, Object> body(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        return body;
    }

    /** JSON on the API; a friendly page, in plain words, on screens. */
    private static void send(Context ctx, int status, String title, String detail) {
        ctx.status(HttpStatus.forStatus(status));
        if (Pages.isScreen(ctx)) {
            ctx.render("error.peb", Map.of("status", status, "title", title, "detail", detail, "home", home(ctx.path())));
        } else {
            ctx.json(body(status, title, detail));
        }
    }
}
