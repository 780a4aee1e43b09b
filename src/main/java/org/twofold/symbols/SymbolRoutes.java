package org.twofold.symbols;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.twofold.security.Access;
import org.twofold.web.ApiException.NotFound;

/** Serves the pictures (public, long-cached: they hold no personal data) and the catalogue. */
public final class SymbolRoutes {
    private final SymbolCatalogue catalogue;

    public SymbolRoutes(SymbolCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void register(RoutesConfig routes) {
        routes.get("/symbols/{file}", this::svg);
        routes.get("/api/v1/symbols", ctx -> ctx.json(catalogue.all()), Access.ACCOUNTS);
    }

    private void svg(Context ctx) {
        String file = ctx.pathParam("file");
        String id = file.endsWith(".svg") ? file.substring(0, file.length() - 4) : file;
        byte[] svg = catalogue.svg(id).orElseThrow(() -> new NotFound("There is no symbol '" + id + "'."));
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("image/svg+xml").result(svg);
    }
}
