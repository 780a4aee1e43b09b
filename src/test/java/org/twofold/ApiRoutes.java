package org.twofold;

import java.util.List;

/**
 * Every route of the JSON API, with "{id}" and "{recording}" (or a picture) where its path names something: what the
 * tests that must reach every route share (the token check, the hostile-input properties).
 */
public final class ApiRoutes {
    private ApiRoutes() {}

    /** One route: its method and path; open routes (login) need no token. */
    public record Route(String method, String path, boolean open) {
        /** The path with its ids filled in, as given (already encoded for a URL). */
        public String path(String id, String recording) {
            return path.replace("{id}", id).replace("{recording}", recording);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Route needsToken(String method, String path) {
        return new Route(method, path, false);
    }

    public static final List<Route> ALL = List.of(
        new Route("POST", "/api/v1/login", true),
        needsToken("POST", "/api/v1/logout"),
        needsToken("GET", "/api/v1/dialogues"),
        needsToken("GET", "/api/v1/symbols"),
        needsToken("POST", "/api/v1/users"),
        needsToken("GET", "/api/v1/audit"),
        needsToken("GET", "/api/v1/audit.csv"),
        needsToken("POST", "/api/v1/people"),
        needsToken("GET", "/api/v1/people"),
        needsToken("GET", "/api/v1/people/{id}"),
        needsToken("GET", "/api/v1/people/{id}/settings"),
        needsToken("PUT", "/api/v1/people/{id}/settings"),
        needsToken("GET", "/api/v1/people/{id}/signs"),
        needsToken("PUT", "/api/v1/people/{id}/signs"),
        needsToken("GET", "/api/v1/people/{id}/communication"),
        needsToken("PUT", "/api/v1/people/{id}/communication"),
        needsToken("GET", "/api/v1/people/{id}/advocates"),
        needsToken("PUT", "/api/v1/people/{id}/advocates/{recording}"),
        needsToken("DELETE", "/api/v1/people/{id}/advocates/{recording}"),
        needsToken("POST", "/api/v1/people/{id}/conversations"),
        needsToken("GET", "/api/v1/conversations/{id}"),
        needsToken("POST", "/api/v1/conversations/{id}/answers"),
        needsToken("POST", "/api/v1/conversations/{id}/back"),
        needsToken("POST", "/api/v1/conversations/{id}/pause"),
        needsToken("POST", "/api/v1/conversations/{id}/resume"),
        needsToken("GET", "/api/v1/conversations/{id}/draft"),
        needsToken("GET", "/api/v1/drafts"),
        needsToken("GET", "/api/v1/drafts/{id}"),
        needsToken("PATCH", "/api/v1/drafts/{id}"),
        needsToken("POST", "/api/v1/drafts/{id}/agree"),
        needsToken("POST", "/api/v1/drafts/{id}/approve"),
        needsToken("POST", "/api/v1/drafts/{id}/versions"),
        needsToken("POST", "/api/v1/drafts/{id}/read-back"),
        needsToken("GET", "/api/v1/drafts/{id}/export.json"),
        needsToken("GET", "/api/v1/drafts/{id}/export.fhir.json"),
        needsToken("GET", "/api/v1/drafts/{id}/export.csv"),
        needsToken("GET", "/api/v1/drafts/{id}/export.pdf"),
        needsToken("GET", "/api/v1/drafts/{id}/easy-read.pdf"),
        new Route("GET", "/api/v1/schemas/twofold-draft-1.json", true),
        needsToken("POST", "/api/v1/conversations/{id}/annotations"),
        needsToken("POST", "/api/v1/speech"),
        needsToken("POST", "/api/v1/conversations/{id}/speech"),
        needsToken("GET", "/api/v1/speech/pronunciations"),
        needsToken("PUT", "/api/v1/speech/pronunciations"),
        needsToken("POST", "/api/v1/people/{id}/recordings"),
        needsToken("GET", "/api/v1/people/{id}/recordings"),
        needsToken("GET", "/api/v1/people/{id}/recordings/{recording}"),
        needsToken("DELETE", "/api/v1/people/{id}/recordings/{recording}"),
        needsToken("GET", "/api/v1/conversations/{id}/recordings/{recording}"),
        needsToken("POST", "/api/v1/people/{id}/photo-cards"),
        needsToken("GET", "/api/v1/people/{id}/photo-cards"),
        needsToken("GET", "/api/v1/people/{id}/photo-cards/{recording}"),
        needsToken("DELETE", "/api/v1/people/{id}/photo-cards/{recording}"),
        needsToken("GET", "/api/v1/conversations/{id}/photos/{recording}"),
        needsToken("POST", "/api/v1/language/check"),
        needsToken("POST", "/api/v1/language/symbols"),
        needsToken("GET", "/api/v1/language/sampling"),
        needsToken("GET", "/api/v1/boards"),
        needsToken("GET", "/api/v1/boards.obz"),
        needsToken("GET", "/api/v1/boards/{id}.obf"),
        needsToken("POST", "/api/v1/boards/import"),
        needsToken("GET", "/api/v1/pictures/{id}"),
        needsToken("GET", "/api/v1/conversations/{id}/pictures/{recording}"),
        needsToken("POST", "/api/v1/tokens"),
        needsToken("GET", "/api/v1/tokens"),
        needsToken("DELETE", "/api/v1/tokens/{id}"),
        new Route("GET", "/api/openapi.json", true));

    /**
     * The routes a care-record system's token may use (Access.EXPORTS on the server): a draft's exports and the pull list.
     * Every other route needing a token refuses it with 403.
     */
    public static final List<Route> READ_BY_CARE_RECORD_TOKENS = List.of(
        needsToken("GET", "/api/v1/drafts/{id}/export.json"),
        needsToken("GET", "/api/v1/drafts/{id}/export.fhir.json"),
        needsToken("GET", "/api/v1/drafts/{id}/export.csv"),
        needsToken("GET", "/api/v1/drafts/{id}/export.pdf"),
        needsToken("GET", "/api/v1/drafts/{id}/easy-read.pdf"),
        needsToken("GET", "/api/v1/drafts"));

    public static List<Route> needingAToken() {
        return ALL.stream().filter(r -> !r.open()).toList();
    }
}
