package org.twofold.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one authored YAML file (a dialogue, a board, the scale library) with its line numbers. A
 * file that cannot be read is a problem, never a crash; one too large is refused unread.
 */
public final class YamlFile {
    /** Far above any real file (the shipped dialogues are about 30 kB). */
    static final long MAX_BYTES = 512 * 1024;

    private final ObjectMapper yaml;

    public YamlFile(ObjectMapper yaml) {
        this.yaml = yaml;
    }

    /** What a file held, and where each field of it is. */
    public record Read<T>(T value, Locations locations) {}

    /** The file's value, or nothing with the reason added to the problems. */
    public <T> Optional<Read<T>> read(Path path, JavaType type, String what, List<Problem> problems) {
        String name = path.getFileName().toString();
        String text = "";
        try {
            if (Files.size(path) > MAX_BYTES) {
                problems.add(new Problem(name, 0, null, "is too large to be " + what + ": at most " + MAX_BYTES / 1024 + " kB"));
                return Optional.empty();
            }
            text = Files.readString(path);
            T value = yaml.readValue(text, type);
            if (value == null) {
                problems.add(new Problem(name, 1, null, "is empty"));
                return Optional.empty();
            }
            return Optional.of(new Read<>(value, Locations.index(yaml.getFactory(), text)));
        } catch (JsonMappingException e) {
            problems.add(new Problem(name, lineOf(e, text), null, "cannot be read: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new Problem(name, line, null, "cannot be read: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, null, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    public <T> Optional<Read<T>> read(Path path, Class<T> type, String what, List<Problem> problems) {
        return read(path, yaml.constructType(type), what, problems);
    }

    /** The line of the field a mapping error is about, found through its path in the file. */
    private int lineOf(JsonMappingException e, String text) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return Locations.index(yaml.getFactory(), text).line(pointer.toString());
    }

    public ObjectMapper mapper() {
        return yaml;
    }
}
