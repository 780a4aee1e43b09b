package org.twofold.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** One fixed text form for instants, so that times compare correctly as text in SQL. */
public final class Times {
    private static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Times() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String text) {
        return Instant.parse(text);
    }

    /** The day in the UK that an instant falls on: what people call "the date". */
    public static LocalDate day(String text) {
        return LocalDate.ofInstant(parse(text), UK);
    }
}
