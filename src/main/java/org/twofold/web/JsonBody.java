package org.twofold.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.UnsupportedMediaType;

/**
 * A request's JSON object, read field by field so that every refusal names the field at fault. Only a body
 * sent as application/json (UTF-8) is read, and only one whole JSON object: a field named twice, or anything
 * after the object, is refused.
 */
public final class JsonBody implements Fields {
    private final ObjectNode object;

    private JsonBody(ObjectNode object) {
        this.object = object;
    }

    public static JsonBody of(Context ctx, ObjectMapper mapper) {
        requireJson(ctx.header("Content-Type"));
        String text = ctx.body();
        if (text.isBlank()) {
            throw new BadRequest("The request body is empty: send a JSON object.");
        }
        JsonNode node = read(text, mapper);
        if (!(node instanceof ObjectNode o)) {
            throw new BadRequest("The request body must be a JSON object.");
        }
        return new JsonBody(o);
    }

    /** Refuses a body not declared as JSON, or declared in a character set other than UTF-8. */
    private static void requireJson(String contentType) {
        String[] parts = (contentType == null ? "" : contentType).split(";", -1);
        boolean json = parts[0].strip().equalsIgnoreCase("application/json");
        for (int i = 1; json && i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            json = !parameter.startsWith("charset=") || parameter.equals("charset=utf-8");
        }
        if (!json) {
            throw new UnsupportedMediaType("Send the body as JSON in UTF-8, with the header 'Content-Type: application/json'"
                + (contentType == null ? "" : ", not '" + contentType + "'") + ".");
        }
    }

    /** One JSON value and nothing after it. */
    private static JsonNode read(String text, ObjectMapper mapper) {
        JsonNode node;
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                // The trailing check is made below, to say plainly what is wrong.
                node = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            } catch (JsonProcessingException e) {
                throw new BadRequest("The request body is not valid JSON: " + e.getOriginalMessage());
            }
            if (endsAfter(parser)) {
                return node;
            }
            throw new BadRequest("The request body goes on after its JSON value: send one JSON object and nothing after it.");
        } catch (IOException e) {
            throw new BadRequest("The request body is not valid JSON: " + e.getMessage());
        }
    }

    private static boolean endsAfter(JsonParser parser) {
        try {
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
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
        return Optional.of(Characters.text(name, value));
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
