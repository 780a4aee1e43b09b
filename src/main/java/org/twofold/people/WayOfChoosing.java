package org.twofold.people;

import java.util.List;

/** A way a person chooses on their screen: its code in the settings, and its name as staff read it on every screen. */
public record WayOfChoosing(String code, String name) {
    public static final List<WayOfChoosing> ALL = List.of(
        new WayOfChoosing("touch", "Touch, click or keyboard"),
        new WayOfChoosing("scan-one", "One switch (auto scanning)"),
        new WayOfChoosing("scan-two", "Two switches (Space moves, Enter chooses)"),
        new WayOfChoosing("dwell", "Dwell (rest the pointer)"),
        new WayOfChoosing("release", "Choose when the finger lifts"));

    /** The way of this code (a saved setting is always one of them). */
    public static WayOfChoosing of(String code) {
        return ALL.stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
    }
}
