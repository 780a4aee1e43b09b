package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.security.Roles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;
import org.twofold.security.Role;

/**
 * The OpenAPI document at /api/openapi.json, read as a client reads it (no token), against the routes the running
 * server registered with Javalin: every /api route is described, and every described one is there. The Swagger parser
 * then reads it as OpenAPI 3, with no message, and every operation names its path's parameters and its answers.
 */
class TheOpenApiDocumentMatchesTheRoutes extends ApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static Response document() {
        Response r = server.get("/api/openapi.json", null);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return r;
    }

    /** "GET /api/v1/people/{id}" for every route under /api the server answers. */
    private static Set<String> registered() {
        return server.javalin().unsafe.internalRouter.allHttpHandlers().stream()
            .map(parsed -> parsed.endpoint)
            .filter(e -> e.method.isHttpMethod() && e.method != HandlerType.HEAD && e.method != HandlerType.OPTIONS)
            .filter(e -> e.path.startsWith("/api/") || e.path.equals("/api"))
            .map(e -> e.method.name() + " " + e.path)
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> described(JsonNode doc) {
        Set<String> out = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().stream()
            .filter(op -> METHODS.contains(op.getKey()))
            .forEach(op -> out.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return out;
    }

    @Test
    void everyRegisteredApiRouteIsDescribedAndEveryDescribedOneExists() {
        Set<String> registered = registered();
        Set<String> described = described(document().json());
        assertTrue(registered.size() > 40, "the server's routes were read: " + registered);
        assertTrue(registered.contains("POST /api/v1/tokens"), registered.toString());
        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(described);
        Set<String> extra = new TreeSet<>(described);
        extra.removeAll(registered);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "src/main/resources/api/openapi.yaml does not match the routes.\n"
            + "Registered but not described (add them):\n  " + String.join("\n  ", missing) + "\n"
            + "Described but not registered (remove or fix them):\n  " + String.join("\n  ", extra));
    }

    /**
     * Each operation's x-roles are the roles its route lets in (Javalin's, as declared on the route), and an operation
     * is marked open (security: []) exactly when its route declares none.
     */
    @Test
    void everyOperationNamesTheRolesItsRouteLetsIn() {
        Map<String, List<String>> registered = new TreeMap<>();
        server.javalin().unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
            .filter(e -> e.method.isHttpMethod() && e.path.startsWith("/api/"))
            .forEach(e -> {
                Roles roles = e.metadata(Roles.class);
                registered.put(e.method.name() + " " + e.path, roles == null ? List.of()
                    : roles.getRoles().stream().map(r -> ((Role) r).code()).sorted().toList());
            });
        Map<String, List<String>> described = new TreeMap<>();
        List<String> openness = new ArrayList<>();
        document().json().get("paths").properties().forEach(path -> path.getValue().properties().stream()
            .filter(op -> METHODS.contains(op.getKey()))
            .forEach(op -> {
                String route = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode roles = op.getValue().path("x-roles");
                List<String> codes = new ArrayList<>();
                roles.forEach(r -> codes.add(r.asText()));
                described.put(route, codes.stream().sorted().toList());
                boolean open = op.getValue().has("security") && op.getValue().get("security").isEmpty();
                if (open != codes.isEmpty()) {
                    openness.add(route + (open ? " is marked open but names roles" : " needs a token but names no roles (x-roles)"));
                }
            }));
        List<String> wrong = new ArrayList<>();
        registered.forEach((route, roles) -> {
            if (described.containsKey(route) && !described.get(route).equals(roles)) {
                wrong.add(route + ": x-roles: " + roles + " (the document says " + described.get(route) + ")");
            }
        });
        assertTrue(wrong.isEmpty() && openness.isEmpty(), "src/main/resources/api/openapi.yaml names other roles than the routes:\n  "
            + String.join("\n  ", wrong) + (openness.isEmpty() ? "" : "\n  " + String.join("\n  ", openness)));
        assertEquals(List.of("admin", "advocate", "care-record", "staff"), registered.get("GET /api/v1/drafts/{id}/export.csv"));
    }

    @Test
    void theDocumentIsWellFormedOpenApi3() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document().body(), null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), "parser messages: " + result.getMessages());
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertEquals("bearer", api.getComponents().getSecuritySchemes().get("bearer").getScheme());
        assertEquals(List.of("detail", "status", "title"),
            api.getComponents().getSchemas().get("Problem").getRequired().stream().sorted().toList(), "the error shape");
        List<String> problems = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            if (op.getResponses() == null || op.getResponses().isEmpty()) {
                problems.add(where + " has no responses");
            }
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                problems.add(where + " has no summary");
            }
            Set<String> declared = pathParameters(item.getParameters(), op);
            Matcher m = PATH_PARAMETER.matcher(path);
            while (m.find()) {
                if (!declared.remove(m.group(1))) {
                    problems.add(where + " does not declare its path parameter " + m.group(1));
                }
            }
            if (!declared.isEmpty()) {
                problems.add(where + " declares path parameters not in its path: " + declared);
            }
            boolean open = op.getSecurity() != null && op.getSecurity().isEmpty();
            if (!open && !op.getResponses().containsKey("401")) {
                problems.add(where + " needs a token but does not say 401");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theOpenRoutesAreMarkedOpenAndTheRestNeedTheBearerToken() {
        JsonNode doc = document().json();
        assertEquals("bearer", doc.get("security").get(0).fieldNames().next());
        Set<String> open = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().stream()
            .filter(op -> METHODS.contains(op.getKey()) && op.getValue().has("security") && op.getValue().get("security").isEmpty())
            .forEach(op -> open.add(op.getKey() + " " + path.getKey())));
        assertEquals(Set.of("post /api/v1/login", "get /api/v1/schemas/twofold-draft-1.json", "get /api/openapi.json"), open);
        for (String route : open) {
            String[] parts = route.split(" ");
            if (parts[0].equals("get")) {
                assertEquals(200, server.get(parts[1], null).status(), route + " opens without a token");
            }
        }
    }

    private static Set<String> pathParameters(List<Parameter> ofPath, Operation op) {
        Set<String> names = new TreeSet<>();
        for (List<Parameter> list : java.util.Arrays.asList(ofPath, op.getParameters())) {
            if (list != null) {
                list.stream().filter(p -> "path".equals(p.getIn())).forEach(p -> names.add(p.getName()));
            }
        }
        return names;
    }
}
