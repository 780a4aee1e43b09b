package org.twofold.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads every dialogues/*.yaml file, keeping line numbers; a file that cannot be read is a problem, not a crash. */
public final class DialogueLoader {
    /** Far above any real dialogue (the shipped ones are about 30 kB); a larger file is refused unread, as a problem. */
    static final long MAX_BYTES = 512 * 1024;

    private final ObjectMapper yaml;

    public DialogueLoader(ObjectMapper yaml) {
        this.yaml = yaml;
    }

    public record Result(List<DialogueFile> files, List<Problem> problems) {}

    public Result load(Path directory) {
        List<DialogueFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(new Problem(directory.toString(), 0, null, "is not a directory of dialogues"));
            return new Result(files, problems);
        }
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                read(path, files, problems);
            }
        } catch (IOException e) {
            problems.add(new Problem(directory.toString(), 0, null, "cannot be listed: " + e.getMessage()));
        }
        return new Result(files, problems);
    }

    private void read(Path path, List<DialogueFile> files, List<Problem> problems) {
        String name = path.getFileName().toString();
        String text = "";
        try {
            if (Files.size(path) > MAX_BYTES) {
                problems.add(new Problem(name, 0, null, "is too large to be a dialogue: at most " + MAX_BYTES / 1024 + " kB"));
                return;
            }
            text = Files.readString(path);
            Dialogue dialogue = yaml.readValue(text, Dialogue.class);
            if (dialogue == null) {
                problems.add(new Problem(name, 1, null, "is empty"));
                return;
            }
            files.add(new DialogueFile(path, dialogue, Locations.index(yaml.getFactory(), text)));
        } catch (JsonMappingException e) {
            problems.add(new Problem(name, lineOf(e, text), null, "cannot be read: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new Problem(name, line, null, "cannot be read: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, null, "cannot be read: " + e.getMessage()));
        }
    }

    /** The line of the field a mapping error is about, found through its path in the file. */
    private int lineOf(JsonMappingException e, String text) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return Locations.index(yaml.getFactory(), text).line(pointer.toString());
    }
}
