package org.twofold.dialogue;

import java.util.List;

/** Collects the problems of one dialogue file, each placed at a line. */
final class Report {
    private final DialogueFile file;
    private final List<Problem> out;

    Report(DialogueFile file, List<Problem> out) {
        this.file = file;
        this.out = out;
    }

    void file(String pointer, String message) {
        out.add(new Problem(file.name(), file.locations().line(pointer), null, message));
    }

    void node(int index, String nodeId, String message) {
        out.add(new Problem(file.name(), file.lineOfNode(index), nodeId, message));
    }

    void at(String pointer, String nodeId, String message) {
        out.add(new Problem(file.name(), file.locations().line(pointer), nodeId, message));
    }
}
