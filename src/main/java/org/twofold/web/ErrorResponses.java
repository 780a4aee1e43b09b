package org.twofold.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
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
    /** Marks a request whose failure has been answered here, so the status handlers leave it be. */
    private static final String ANSWERED = "twofold.errorAnswered";

    private ErrorResponses() {}

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.title(), e.detail()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "Server error", "Something went wrong on the server. Nothing you sent was lost.");
        });
        routes.error(404, ctx -> {
            // A NotFound already answered; only Javalin's own "Endpoint ... not found" (plain or HTML) is replaced.
            if (ctx.attribute(ANSWERED) == null) {
                send(ctx, 404, "Not found", "There is nothing at " + ctx.path() + ".");
            }
        });
        routes.error(405, ctx -> send(ctx, 405, "Method not allowed",
            ctx.method() + " is not allowed on " + ctx.path() + "."));
    }

    /** Whether the page is the person's own (the tablet): its error page speaks to them, and never leads to staff pages. */
    private static boolean forThePerson(String path) {
        return path.startsWith("/person") || path.startsWith("/join");
    }

    /** The person's question, when the path names its conversation and the tablet can still open it. */
    private static String question(String path, int status) {
        Matcher m = PERSON_PAGE.matcher(path);
        return m.find() && status != 401 && status != 403 && status != 410 ? m.group() : null;
    }

    public static Map<String, Object> body(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        return body;
    }

    /** JSON on the API; a friendly page, in plain words, on screens; in easy read on the person's. */
    private static void send(Context ctx, int status, String title, String detail) {
        ctx.status(HttpStatus.forStatus(status));
        ctx.attribute(ANSWERED, true);
        if (Pages.isScreen(ctx) && forThePerson(ctx.path())) {
            Map<String, Object> m = new HashMap<>();
            m.put("status", status);
            m.put("joining", ctx.path().startsWith("/join"));
            m.put("question", question(ctx.path(), status));
            ctx.render("person/error.peb", m);
        } else if (Pages.isScreen(ctx)) {
            ctx.render("error.peb", Map.of("status", status, "title", title, "detail", detail, "home", "/staff"));
        } else {
            ctx.json(body(status, title, detail));
        }
    }
}
