package org.twofold.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads every dialogues/*.yaml file, keeping line numbers; a file that cannot be read is a problem, not a crash. */
public final class DialogueLoader {
    private final YamlFile files;

    public DialogueLoader(ObjectMapper yaml) {
        this.files = new YamlFile(yaml);
    }

    public record Result(List<DialogueFile> files, List<Problem> problems) {}

    public Result load(Path directory) {
        List<DialogueFile> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(new Problem(directory.toString(), 0, null, "is not a directory of dialogues"));
            return new Result(loaded, problems);
        }
        for (Path path : yamlFiles(directory, problems)) {
            files.read(path, Dialogue.class, "a dialogue", problems)
                .ifPresent(r -> loaded.add(new DialogueFile(path, r.value(), r.locations())));
        }
        return new Result(loaded, problems);
    }

    /** The .yaml files directly in a directory, by name; none when it does not exist. */
    public static List<Path> yamlFiles(Path directory, List<Problem> problems) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(directory.toString(), 0, null, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
