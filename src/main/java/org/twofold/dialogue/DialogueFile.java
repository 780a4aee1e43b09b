package org.twofold.dialogue;

import java.nio.file.Path;

/** A dialogue with where it came from, for the validator's reports. */
public record DialogueFile(Path path, Dialogue dialogue, Locations locations) {
    public String name() {
        return path.getFileName().toString();
    }

    public int lineOfNode(int index) {
        return locations.line("/nodes/" + index);
    }
}
