package org.twofold.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.twofold.board.BoardErrors.BadBoardFile;
import org.twofold.board.BoardErrors.TooLarge;

/**
 * The boards an .obz holds: those its manifest.json names (the root first), every path it names being in
 * the archive; or, with no manifest, its one .obf file.
 */
final class ObzSources {
    static final int MOST_BOARDS = 50;

    private ObzSources() {}

    static List<ObfImport.Source> of(ObzArchive archive, ObjectMapper json) {
        List<String> paths = archive.has("manifest.json") ? fromManifest(archive, json) : alone(archive);
        if (paths.size() > MOST_BOARDS) {
            throw new TooLarge("The .obz file holds " + paths.size() + " boards: at most " + MOST_BOARDS + " are imported at once.");
        }
        List<ObfImport.Source> out = new ArrayList<>();
        for (String path : paths) {
            String name = "Board file '" + ObfImport.shortened(path) + "'";
            byte[] bytes = archive.file(path).orElseThrow();
            out.add(new ObfImport.Source(name, ObfImport.object(json, bytes, name), archive::file));
        }
        return out;
    }

    private static List<String> alone(ObzArchive archive) {
        List<String> boards = archive.boardFiles();
        if (boards.size() != 1) {
            throw new BadBoardFile("The .obz file has no manifest.json to say which of its " + boards.size()
                + " board files to take: a package of boards needs one.");
        }
        return boards;
    }

    private static List<String> fromManifest(ObzArchive archive, ObjectMapper json) {
        ObjectNode manifest = ObfImport.object(json, archive.file("manifest.json").orElseThrow(), "The manifest.json of the .obz file");
        JsonNode format = manifest.get("format");
        if (format != null && !ObfExport.FORMAT.equals(format.asText(null))) {
            throw new BadBoardFile("The manifest.json is not for Open Board Format boards: its format is not '" + ObfExport.FORMAT + "'.");
        }
        Set<String> boards = new LinkedHashSet<>();
        JsonNode root = manifest.get("root");
        if (root == null || !root.isTextual()) {
            throw new BadBoardFile("The manifest.json has no root: it must name the first board's file.");
        }
        boards.add(present(archive, root.asText()));
        JsonNode paths = manifest.path("paths");
        for (String kind : new String[] {"boards", "images", "sounds"}) {
            JsonNode named = paths.get(kind);
            if (named == null || named.isNull()) {
                continue;
            }
            if (!named.isObject()) {
                throw new BadBoardFile("The manifest.json's paths." + kind + " must map ids to paths.");
            }
            for (JsonNode path : named) {
                if (!path.isTextual()) {
                    throw new BadBoardFile("The manifest.json's paths." + kind + " has a path that is not text.");
                }
                String p = present(archive, path.asText());
                if (kind.equals("boards")) {
                    boards.add(p);
                }
            }
        }
        return new ArrayList<>(boards);
    }

    private static String present(ObzArchive archive, String path) {
        String p = ObzArchive.safePath(path);
        if (!archive.has(p)) {
            throw new BadBoardFile("The manifest.json names '" + ObfImport.shortened(path) + "', which is not in the .obz file.");
        }
        return p;
    }
}
