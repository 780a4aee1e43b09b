package org.twofold.dialogue;

/** One thing wrong with a dialogue file, said where it is. */
public record Problem(String file, int line, String node, String message) {
    @Override
    public String toString() {
        return file + ":" + line + (node == null ? "" : " [" + node + "]") + " " + message;
    }
}
