package org.twofold.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: JSON {"status","title","detail"} on the API, a page in
 * plain words on screens. That holds for Javalin's own refusals (a body too large) and for Jetty's, made
 * before any route runs (an address or headers too long, a Host or an address it cannot read).
 */
public final class ErrorResponses {
    private static final Pattern PERSON_PAGE = Pattern.compile("^/person/conversations/[A-Za-z0-9-]+");
    /** A '%' not followed by two hex digits: an address Jetty lets through but no route can decode. */
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    /** Marks a request whose failure has been answered here, so the status handlers leave it be. */
    private static final String ANSWERED = "twofold.errorAnswered";

    private ErrorResponses() {}

    public static void register(RoutesConfig routes) {
        routes.before(ctx -> {
            if (BROKEN_ESCAPE.matcher(ctx.req().getRequestURI()).find()) {
                throw new ApiException.BadRequest("The address has a '%' that is not followed by two hex digits.");
            }
        });
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.title(), e.detail()));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus()));
        routes.exception(Exception.class, (e, ctx) -> {
            HttpException refused = refusedByJetty(e);
            if (refused != null) {
                send(ctx, refused.getCode());
                return;
            }
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

    /** Jetty's refusal of a request it could not read (a broken multipart form), found among the causes. */
    private static HttpException refusedByJetty(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
                return h;
            }
        }
        return null;
    }

    /** Title and detail for a status said without a cause of our own, in words fit for a screen too. */
    private record Words(String title, String detail) {}

    private static Words words(int status) {
        return switch (status) {
            case 400 -> new Words("Bad request", "What was sent could not be read.");
            case 404 -> new Words("Not found", "There is nothing at this address.");
            case 405 -> new Words("Method not allowed", "This cannot be done at this address.");
            case 413 -> new Words("Too large", "What was sent is too large.");
            case 414 -> new Words("Address too long", "The address of the page is too long.");
            case 415 -> new Words("Unsupported media type", "What was sent is not in a form this address reads.");
            case 431 -> new Words("Headers too large", "The request came with too much in its headers.");
            default -> new Words(HttpStatus.forStatus(status).getMessage(),
                status >= 500 ? "Something went wrong on the server. Nothing you sent was lost." : "The request could not be answered.");
        };
    }

    /** Whether the page is the person's own (the tablet): its error page speaks to them, and never leads to staff pages. */
    private static boolean forThePerson(String path) {
        return path.startsWith("/person") || path.startsWith("/join");
    }

    /** The person's question, when the path names its conversation and the tablet can still open it. */
    private static String question(String path, int status, boolean expired) {
        Matcher m = PERSON_PAGE.matcher(path);
        return m.find() && status != 401 && status != 410 && (status != 403 || expired) ? m.group() : null;
    }

    public static Map<String, Object> body(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        return body;
    }

    private static void send(Context ctx, int status) {
        Words w = words(status);
        send(ctx, status, w.title(), w.detail());
    }

    /** JSON on the API; a friendly page, in plain words, on screens; in easy read on the person's. */
    private static void send(Context ctx, int status, String title, String detail) {
        ctx.status(HttpStatus.forStatus(status));
        ctx.attribute(ANSWERED, true);
        if (Pages.isScreen(ctx) && forThePerson(ctx.path())) {
            ctx.render("person/error.peb", personPage(ctx.path(), status, ApiException.FormExpired.TITLE.equals(title)));
        } else if (Pages.isScreen(ctx)) {
            ctx.render("error.peb", staffPage(status, title, detail));
        } else {
            ctx.json(body(status, title, detail));
        }
    }

    private static Map<String, Object> personPage(String path, int status, boolean expired) {
        Map<String, Object> m = new HashMap<>();
        m.put("status", status);
        m.put("joining", path.startsWith("/join"));
        m.put("expired", expired);
        m.put("question", question(path, status, expired));
        return m;
    }

    private static Map<String, Object> staffPage(int status, String title, String detail) {
        return Map.of("status", status, "title", title, "detail", detail, "home", "/staff");
    }

    /**
     * Jetty's error handler, for what it refuses before any route runs (414, 431, a bad Host or address):
     * the API's JSON under /api and elsewhere, the screens' pages under theirs. Set on the server, not a context.
     * A request line Jetty cannot read at all (an address too long, or with an encoded NUL) reaches it with no
     * path and no headers: that answer is the API's JSON, as nothing says a screen asked.
     */
    public static ErrorHandler beforeRoutes(Pages pages, ObjectMapper json) {
        return new ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) {
                return true;
            }

            @Override
            protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                            Callback callback) throws IOException {
                Words w = words(code);
                String path = pathOf(request);
                String type;
                byte[] body;
                if (path != null && Pages.isScreen(path)) {
                    type = "text/html;charset=utf-8";
                    String page = forThePerson(path) ? pages.render("person/error.peb", personPage(path, code, false))
                        : pages.render("error.peb", staffPage(code, w.title(), w.detail()));
                    body = page.getBytes(StandardCharsets.UTF_8);
                } else {
                    type = "application/json";
                    body = json.writeValueAsBytes(body(code, w.title(), w.detail() + reason(code, message)));
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                response.write(true, ByteBuffer.wrap(body), callback);
            }
        };
    }

    /** The request's path as sent, or null when Jetty could not read it. */
    private static String pathOf(Request request) {
        try {
            return request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Jetty's own reason, for an API client to see what was wrong, when it says more than the status. */
    private static String reason(int code, String message) {
        if (message == null || message.isBlank() || message.equalsIgnoreCase(org.eclipse.jetty.http.HttpStatus.getMessage(code))) {
            return "";
        }
        return " (" + message + ")";
    }
}
