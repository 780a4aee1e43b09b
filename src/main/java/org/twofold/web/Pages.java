package org.twofold.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Server-rendered screens: Pebble templates under resources/templates, HTML-escaped by default,
 * so personal data is escaped wherever it is shown.
 */
public final class Pages implements FileRenderer {
    private final PebbleEngine engine;

    public Pages() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        this.engine = new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .strictVariables(false)
            .extension(new PlainWords())
            .extension(new FormTokens())
            .build();
    }

    @Override
    public String render(String file, Map<String, ?> model, Context ctx) {
        Map<String, Object> context = new HashMap<>(model);
        context.putIfAbsent("path", ctx.path());
        String token = FormTokens.given(ctx);
        if (token != null) {
            context.putIfAbsent(FormTokens.VARIABLE, token);
        }
        Object refused = ctx.attribute(Forms.REFUSED);
        if (refused != null) {
            context.putIfAbsent("refused", refused);
        }
        return render(file, context);
    }

    /** A page made without a request in hand: what answers a request refused before any route runs. */
    public String render(String file, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        Map<String, Object> context = new HashMap<>(model);
        try {
            engine.getTemplate(file).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Whether a request is for a screen (HTML) rather than the JSON API. */
    public static boolean isScreen(Context ctx) {
        return isScreen(ctx.path());
    }

    public static boolean isScreen(String path) {
        return path.equals("/") || path.startsWith("/staff") || path.startsWith("/person") || path.startsWith("/join");
    }
}
