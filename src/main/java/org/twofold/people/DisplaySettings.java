package org.twofold.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.twofold.web.ApiException.BadField;

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
    public static final List<String> ACCESS = WayOfChoosing.ALL.stream().map(WayOfChoosing::code).toList();
    public static final List<String> SPEECH_RATES = List.of("normal", "slower");
    /** The tick boxes among the settings: a form leaves an unticked one out. */
    public static final List<String> TICKS = List.of("highContrast", "showLabels", "readAloud");

    /** The timings' limits, in milliseconds (before DEFAULT, which is checked against them). */
    private record Range(int min, int max) {}

    private static final Map<String, Range> TIMINGS = Map.of(
        "scanMillis", new Range(500, 10000),
        "scanFirstPauseMillis", new Range(500, 20000),
        "dwellMillis", new Range(300, 10000),
        "holdMillis", new Range(0, 3000));

    public static final DisplaySettings DEFAULT = new DisplaySettings("standard", false, "standard", true,
        "picture-above", "touch", 1500, 3000, 1500, 0, "normal", false);

    public DisplaySettings {
        textSize = oneOf("textSize", textSize, TEXT_SIZES);
        symbolSize = oneOf("symbolSize", symbolSize, SYMBOL_SIZES);
        layout = oneOf("layout", layout, LAYOUTS);
        access = oneOf("access", access, ACCESS);
        speechRate = oneOf("speechRate", speechRate, SPEECH_RATES);
        within("scanMillis", scanMillis);
        within("scanFirstPauseMillis", scanFirstPauseMillis);
        within("dwellMillis", dwellMillis);
        within("holdMillis", holdMillis);
    }

    /** Every setting by its name, as text: what {@link #with} reads back. */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("textSize", textSize);
        f.put("highContrast", String.valueOf(highContrast));
        f.put("symbolSize", symbolSize);
        f.put("showLabels", String.valueOf(showLabels));
        f.put("layout", layout);
        f.put("access", access);
        f.put("scanMillis", String.valueOf(scanMillis));
        f.put("scanFirstPauseMillis", String.valueOf(scanFirstPauseMillis));
        f.put("dwellMillis", String.valueOf(dwellMillis));
        f.put("holdMillis", String.valueOf(holdMillis));
        f.put("speechRate", speechRate);
        f.put("readAloud", String.valueOf(readAloud));
        return f;
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
            default -> throw new BadField(name, "Field '" + name + "' must be true or false.",
                "{label}: please tick the box or leave it empty.");
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
            throw new BadField(name, "Field '" + name + "' must be a whole number of milliseconds.", inRange(name));
        }
    }

    private static String oneOf(String name, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new BadField(name, "Field '" + name + "' must be one of: " + String.join(", ", allowed) + ".",
                "{label}: please choose one of the choices shown.");
        }
        return value;
    }

    private static void within(String name, int value) {
        Range r = TIMINGS.get(name);
        if (value < r.min() || value > r.max()) {
            throw new BadField(name, "Field '" + name + "' must be from " + r.min() + " to " + r.max() + ".", inRange(name));
        }
    }

    private static String inRange(String name) {
        Range r = TIMINGS.get(name);
        return "{label} must be a whole number from " + r.min() + " to " + r.max() + ".";
    }
}
