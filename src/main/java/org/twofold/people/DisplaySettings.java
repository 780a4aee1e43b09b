package org.twofold.people;

import java.util.List;
import java.util.function.Function;
import org.twofold.web.ApiException.BadRequest;

/**
 * How a person's screens look and how they choose: saved with their profile and applied on
 * every screen. Timings are in milliseconds; nothing on a screen moves on a timer unless the
 * person's access method needs it (scanning).
 */
public record DisplaySettings(
    String textSize,
    boolean highContrast,
    String symbolSize,
    boolean showLabels,
    String layout,
    String access,
    int scanMillis,
    int scanFirstPauseMillis,
    int dwellMillis,
    int holdMillis,
    String speechRate,
    boolean readAloud) {

    public static final List<String> TEXT_SIZES = List.of("standard", "large", "largest");
    public static final List<String> SYMBOL_SIZES = List.of("standard", "large", "largest");
    public static final List<String> LAYOUTS = List.of("picture-above", "picture-left");
    public static final List<String> ACCESS = List.of("touch", "scan-one", "scan-two", "dwell", "release");
    public static final List<String> SPEECH_RATES = List.of("normal", "slower");

    public static final DisplaySettings DEFAULT = new DisplaySettings("standard", false, "standard", true,
        "picture-above", "touch", 1500, 3000, 1500, 0, "normal", false);

    public DisplaySettings {
        textSize = oneOf("textSize", textSize, TEXT_SIZES);
        symbolSize = oneOf("symbolSize", symbolSize, SYMBOL_SIZES);
        layout = oneOf("layout", layout, LAYOUTS);
        access = oneOf("access", access, ACCESS);
        speechRate = oneOf("speechRate", speechRate, SPEECH_RATES);
        within("scanMillis", scanMillis, 500, 10000);
        within("scanFirstPauseMillis", scanFirstPauseMillis, 500, 20000);
        within("dwellMillis", dwellMillis, 300, 10000);
        within("holdMillis", holdMillis, 0, 3000);
    }

    /** Reads settings from named text values (a form or JSON), keeping current values for what is absent. */
    public DisplaySettings with(Function<String, String> value) {
        return new DisplaySettings(
            text(value, "textSize", textSize),
            bool(value, "highContrast", highContrast),
            text(value, "symbolSize", symbolSize),
            bool(value, "showLabels", showLabels),
            text(value, "layout", layout),
            text(value, "access", access),
            number(value, "scanMillis", scanMillis),
            number(value, "scanFirstPauseMillis", scanFirstPauseMillis),
            number(value, "dwellMillis", dwellMillis),
            number(value, "holdMillis", holdMillis),
            text(value, "speechRate", speechRate),
            bool(value, "readAloud", readAloud));
    }

    private static String text(Function<String, String> value, String name, String current) {
        String v = value.apply(name);
        return v == null ? current : v.strip();
    }

    private static boolean bool(Function<String, String> value, String name, boolean current) {
        String v = value.apply(name);
        if (v == null) {
            return current;
        }
        return switch (v.strip()) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new BadRequest("Field '" + name + "' must be true or false.");
        };
    }

    private static int number(Function<String, String> value, String name, int current) {
        String v = value.apply(name);
        if (v == null) {
            return current;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("Field '" + name + "' must be a whole number of milliseconds.");
        }
    }

    private static String oneOf(String name, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new BadRequest("Field '" + name + "' must be one of: " + String.join(", ", allowed) + ".");
        }
        return value;
    }

    private static void within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadRequest("Field '" + name + "' must be from " + min + " to " + max + ".");
        }
    }
}
