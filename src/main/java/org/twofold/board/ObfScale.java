package org.twofold.board;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.twofold.board.BoardErrors.BadBoardFile;

/** A whole scale brought in ext_twofold_scale, held to the library's rules: three points, library symbols, never yes and no. */
final class ObfScale {
    private static final Set<String> NOT_A_SCALE = Set.of("yes", "no", "tick", "cross");

    private ObfScale() {}

    static Scale read(String where, JsonNode s, Predicate<String> symbols) {
        String at = where + "'s scale";
        String id = ObfImport.text(at, s.get("id"), "id", 60);
        String name = ObfImport.text(at, s.get("name"), "name", 120);
        String question = ObfImport.text(at, s.get("question"), "question", 200);
        End change;
        try {
            change = End.fromCode(s.path("change").asText(null));
        } catch (IllegalArgumentException e) {
            change = null;
        }
        if (change == null) {
            throw new BadBoardFile(at + " needs change: left or right, the end whose cards need to change.");
        }
        JsonNode points = s.get("points");
        if (points == null || !points.isArray() || points.size() != Scale.POINTS) {
            throw new BadBoardFile(at + " needs exactly three points, left to right.");
        }
        List<ScalePoint> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode p : points) {
            String pointId = ObfImport.text(at, p.get("id"), "point id", 60);
            String label = ObfImport.text(at, p.get("label"), "point label", 80);
            String symbol = ObfImport.text(at, p.get("symbol"), "point symbol", 80);
            String say = p.hasNonNull("say") ? ObfImport.text(at, p.get("say"), "point's say", 300) : null;
            if (!ids.add(pointId)) {
                throw new BadBoardFile(at + " has two points with the id '" + ObfImport.shortened(pointId) + "'.");
            }
            if (!symbols.test(symbol)) {
                throw new BadBoardFile(at + " shows symbol '" + ObfImport.shortened(symbol) + "', which is not in the symbol library.");
            }
            if (NOT_A_SCALE.contains(label.toLowerCase(Locale.ROOT)) || NOT_A_SCALE.contains(symbol)) {
                throw new BadBoardFile(at + " is yes and no, or ticks and crosses: a scale says how things are.");
            }
            out.add(new ScalePoint(pointId, label, symbol, say));
        }
        return new Scale(id, name, question, change, out);
    }
}
