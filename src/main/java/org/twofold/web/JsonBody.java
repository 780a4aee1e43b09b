package org.twofold.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.twofold.web.ApiException.BadRequest;

/**
 * A request's JSON object, read field by field so that every refusal names the field at fault.
 */
public final class JsonBody implements Fields {
    private final ObjectNode object;

    private JsonBody(ObjectNode object) {
        this.object = object;
    }

    public static JsonBody of(Context ctx, ObjectMapper mapper) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw new BadRequest("The request body is empty: send a JSON object.");
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode o)) {
            throw new BadRequest("The request body must be a JSON object.");
        }
        return new JsonBody(o);
    }

    /** Refuses any field not in the given set, so a typo is reported rather than ignored. */
    public JsonBody allowOnly(Set<String> names) {
        object.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                throw new BadRequest("Field '" + name + "' is not known here. Known fields: " + String.join(", ", names.stream().sorted().toList()) + ".");
            }
        });
        return this;
    }

    @Override
    public boolean has(String name) {
        JsonNode n = object.get(name);
        return n != null && !n.isNull();
    }

    @Override
    public Optional<String> optionalText(String name, int maxLength) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode n = object.get(name);
        if (!n.isTextual()) {
            throw new BadRequest("Field '" + name + "' must be text.");
        }
        String value = n.asText().strip();
        if (value.isEmpty()) {
            throw new BadRequest("Field '" + name + "' must not be empty.");
        }
        if (value.length() > maxLength) {
            throw new BadRequest("Field '" + name + "' is too long: at most " + maxLength + " characters.");
        }
        return Optional.of(value);
    }

    @Override
    public int integer(String name, int min, int max) {
        JsonNode n = object.get(name);
        if (n == null || n.isNull()) {
            throw new BadRequest("Field '" + name + "' is required.");
        }
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            throw new BadRequest("Field '" + name + "' must be a whole number from " + min + " to " + max + ".");
        }
        return n.asInt();
    }

    public JsonNode node(String name) {
        return object.get(name);
    }
}
