package org.twofold.web;

import io.javalin.config.RoutesConfig;
import java.util.Map;

/** GET /health for load balancers and monitoring. */
public final class HealthRoutes {
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
    }
}
