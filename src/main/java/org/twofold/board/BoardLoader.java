package org.twofold.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.twofold.dialogue.DialogueLoader;
import org.twofold.dialogue.Locations;
import org.twofold.dialogue.Problem;
import org.twofold.dialogue.YamlFile;

/** Reads the boards (dialogues/boards/*.yaml) and the scale library (dialogues/scales/library.yaml), keeping line numbers. */
public final class BoardLoader {
    static final String BOARDS = "boards";
    static final String SCALES = "scales/library.yaml";

    private final YamlFile files;

    public BoardLoader(ObjectMapper yaml) {
        this.files = new YamlFile(yaml);
    }

    /** A board with where it came from, for the validator's reports. */
    public record BoardFile(Path path, Board board, Locations locations) {
        public String name() {
            return path.getFileName().toString();
        }
    }

    /** The scale library with where each scale is. */
    public record ScaleFile(Path path, List<Scale> scales, Locations locations) {
        public String name() {
            return path.getParent().getFileName() + "/" + path.getFileName();
        }
    }

    public record Result(List<BoardFile> boards, ScaleFile scales, List<Problem> problems) {}

    /** The boards and scales under a directory of dialogues; none at all when it has no boards folder. */
    public Result load(Path dialogues) {
        List<Problem> problems = new ArrayList<>();
        List<BoardFile> boards = new ArrayList<>();
        for (Path path : DialogueLoader.yamlFiles(dialogues.resolve(BOARDS), problems)) {
            files.read(path, Board.class, "a board", problems)
                .ifPresent(r -> boards.add(new BoardFile(path, r.value(), r.locations())));
        }
        Path library = dialogues.resolve(SCALES);
        ScaleFile scales = new ScaleFile(library, List.of(), Locations.index(files.mapper().getFactory(), ""));
        if (Files.exists(library)) {
            var type = files.mapper().getTypeFactory().constructCollectionType(List.class, Scale.class);
            scales = files.<List<Scale>>read(library, type, "a scale library", problems)
                .map(r -> new ScaleFile(library, r.value(), r.locations()))
                .orElse(scales);
        } else if (!boards.isEmpty()) {
            problems.add(new Problem(SCALES, 0, null, "is missing: boards need the library of scales"));
        }
        return new Result(boards, scales, problems);
    }
}
