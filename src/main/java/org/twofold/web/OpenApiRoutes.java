package org.twofold.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /api/openapi.json: the OpenAPI 3 document of every /api route, open to all. It is written by hand in YAML
 * (resources/api/openapi.yaml, where it reads best) and served as JSON, turned once at start.
 */
public final class OpenApiRoutes {
    static final String RESOURCE = "/api/openapi.yaml";
    public static final String PATH = "/api/openapi.json";

    private final byte[] document;

    public OpenApiRoutes(ObjectMapper yaml, ObjectMapper json) {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document is missing from the jar: " + RESOURCE);
            }
            JsonNode tree = yaml.readTree(in);
            this.document = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document could not be read: " + RESOURCE, e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.contentType("application/json").result(document));
    }
}
