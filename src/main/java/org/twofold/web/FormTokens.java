package org.twofold.web;

import io.javalin.http.Context;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * The token a page's forms carry to show they came from this site's own page (see security/CsrfTokens).
 * The session's check leaves it on the request; {@link Pages} hands it to the templates, where
 * {@code {{ csrf() }}} writes the hidden field every {@code <form method="post">} needs, and the layout
 * puts it in a meta tag for the scripts that post.
 */
public final class FormTokens extends AbstractExtension {
    /** The form field and the header (for scripts) that carry the token. */
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** The template variable the token is in. */
    static final String VARIABLE = "csrfToken";
    private static final String ATTRIBUTE = "twofold.csrfToken";

    /** Leaves the token this request's page should carry, for {@link Pages}. */
    public static void give(Context ctx, String token) {
        ctx.attribute(ATTRIBUTE, token);
    }

    static String given(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("csrf", new Field());
    }

    /** {@code {{ csrf() }}}: the hidden field; the token is URL-safe base64, so it needs no escaping. */
    private static final class Field implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            Object token = context.getVariable(VARIABLE);
            if (token == null) {
                return new SafeString("");
            }
            return new SafeString("<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token + "\">");
        }
    }
}
