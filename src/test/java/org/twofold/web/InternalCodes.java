package org.twofold.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What must never show on a screen: the ids of the shipped dialogues, their steps and options
 * (those with a hyphen that the dialogues never use as words themselves), the codes of how an
 * answer was given, of a conversation's status and of the settings where they stand alone as a
 * code, ISO dates, UUIDs, camelCase field names and the API's "Field '...'" messages.
 */
final class InternalCodes {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern TEMPLATE_CODE = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}", Pattern.DOTALL);
    private static final Set<String> WORD_FIELDS = Set.of("title", "prompt", "label", "say");

    /** Codes that are plain words elsewhere, so they count only when a piece of text is the code alone. */
    static final Set<String> STANDALONE = Set.of(
        "active", "paused", "finished",
        "direct", "supported", "interpreted",
        "touch", "scan-one", "scan-two", "dwell", "release",
        "standard", "large", "largest", "normal", "slower", "picture-above", "picture-left",
        "experience", "behaviour", "stability",
        "observation", "self-report", "proxy", "incident-data", "health-data", "quality-checks");

    private final Set<String> ids;

    private InternalCodes(Set<String> ids) {
        this.ids = ids;
    }

    /** The codes of the dialogues in this directory, with the fixed option codes and the hyphenated setting codes. */
    static InternalCodes of(Path dialogues) {
        Set<String> ids = new TreeSet<>(List.of("not-sure", "something-else", "picture-above", "picture-left", "scan-one",
            "scan-two", "self-report", "incident-data", "health-data", "quality-checks"));
        StringBuilder words = new StringBuilder();
        try (Stream<Path> files = Files.list(dialogues)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                JsonNode root = Json.yaml().readTree(file.toFile());
                collect(root, null, root.path("slots"), ids, words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String said = words.toString();
        ids.removeIf(id -> !id.contains("-") || Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(said).find());
        return new InternalCodes(ids);
    }

    private static void collect(JsonNode node, String field, JsonNode slots, Set<String> ids, StringBuilder words) {
        if (node.isObject()) {
            boolean sets = "set".equals(field);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (sets && "flag".equals(slots.path(e.getKey()).asText())) {
                    continue;
                }
                collect(e.getValue(), sets ? "set" : e.getKey(), slots, ids, words);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, field, slots, ids, words));
        } else if (node.isTextual()) {
            if ("id".equals(field)) {
                ids.add(node.asText());
            } else if (WORD_FIELDS.contains(field) || "set".equals(field) || "draft".equals(field) || isDraftPart(field)) {
                words.append(TEMPLATE_CODE.matcher(node.asText()).replaceAll(" ")).append('\n');
            }
        }
    }

    /** The draft template's texts sit under many field names; every field but the step wiring is words. */
    private static boolean isDraftPart(String field) {
        return field != null && !Set.of("id", "kind", "symbol", "slot", "next", "start", "yes", "change", "area", "lens",
            "evidence", "alsoFrom", "confidence").contains(field);
    }

    /** Every internal code in a screen's visible text (innerText) and its visible text pieces. */
    List<String> in(String text, List<String> pieces) {
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(text).find()) {
                found.add("the id '" + id + "'");
            }
        }
        for (Pattern p : List.of(ISO_DATE, UUID, CAMEL_CASE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add("'" + m.group() + "'");
            }
        }
        if (text.contains("Field '")) {
            found.add("a \"Field '\" message");
        }
        for (String piece : pieces) {
            String bare = piece.replaceAll("^[\\s\\p{Punct}–“”]+|[\\s\\p{Punct}–“”]+$", "");
            if (STANDALONE.contains(bare)) {
                found.add("the code '" + bare + "' standing alone");
            }
        }
        return found;
    }
}
