package org.twofold.speech;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times, dates, money and numbers written out as words, the British way, so every voice says them alike. */
final class SpokenNumbers {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
        + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";

    private static final Pattern CLOCK_WITH_PERIOD = Pattern.compile(
        "\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern SLASH_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
        "\\b(\\d{1,2})" + ORDINAL_SUFFIX + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
        "\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL_SUFFIX + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern POUNDS = Pattern.compile("£(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{2}))?");
    private static final Pattern PENCE = Pattern.compile("\\b(\\d+)p\\b");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern PHONE = Pattern.compile("\\b0\\d{3,4}\\s?\\d{3}\\s?\\d{3,4}\\b|\\b0\\d{4,}\\b|\\b\\d{9,}\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d+)\\s?[-–]\\s?(\\d+)\\b");
    private static final Pattern DECIMAL = Pattern.compile("\\b(\\d+)\\.(\\d+)\\b");
    private static final Pattern GROUPED = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b");
    private static final Pattern WHOLE = Pattern.compile("\\b\\d+\\b");

    private SpokenNumbers() {}

    static String of(String text) {
        String s = text;
        s = replace(s, CLOCK_WITH_PERIOD, SpokenNumbers::clockWithPeriod);
        s = replace(s, CLOCK, SpokenNumbers::clock);
        s = replace(s, SLASH_DATE, m -> date(m.group(1), month(m.group(2)), fullYear(m.group(3)), m.group()));
        s = replace(s, ISO_DATE, m -> date(m.group(3), month(m.group(2)), m.group(1), m.group()));
        s = replace(s, DAY_MONTH, m -> date(m.group(1), monthNamed(m.group(2)), m.group(3), m.group()));
        s = replace(s, MONTH_DAY, m -> monthFirst(m));
        s = replace(s, MONTH_YEAR, m -> monthNamed(m.group(1)) + " " + NumberWords.year(Integer.parseInt(m.group(2))));
        s = replace(s, POUNDS, SpokenNumbers::pounds);
        s = replace(s, PENCE, m -> m.group(1).equals("1") ? "one penny" : words(m.group(1)) + " pence");
        s = replace(s, PERCENT, m -> m.group(1) + " percent");
        s = replace(s, PHONE, m -> NumberWords.digits(m.group()));
        s = replace(s, ORDINAL, m -> NumberWords.ordinal(Long.parseLong(m.group(1))));
        s = replace(s, RANGE, m -> words(m.group(1)) + " to " + words(m.group(2)));
        s = replace(s, DECIMAL, m -> words(m.group(1)) + " point " + String.join(" ", m.group(2).chars()
            .mapToObj(c -> NumberWords.cardinal(c - '0')).toList()));
        s = replace(s, GROUPED, m -> words(m.group().replace(",", "")));
        return replace(s, WHOLE, m -> words(m.group()));
    }

    private static String clockWithPeriod(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            return m.group();
        }
        boolean pm = m.group(3).toLowerCase(Locale.ROOT).equals("p");
        if (hour == 12 && minute == 0) {
            return pm ? "midday" : "midnight";
        }
        String clock = m.group(2) == null ? NumberWords.cardinal(hour) : hourAndMinutes(hour, minute);
        return clock + " " + partOfDay(pm ? (hour % 12) + 12 : hour % 12);
    }

    /** 9:30 is "nine thirty"; a 24-hour time (14:30, 09:15) also says which part of the day. */
    private static String clock(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return m.group();
        }
        boolean twentyFourHour = hour > 12 || hour == 0 || m.group(1).length() == 2 && m.group(1).startsWith("0");
        if (!twentyFourHour) {
            return hourAndMinutes(hour, minute);
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return hourAndMinutes(twelve, minute) + " " + partOfDay(hour);
    }

    private static String hourAndMinutes(int hour, int minute) {
        if (minute == 0) {
            return NumberWords.cardinal(hour) + " o'clock";
        }
        String minutes = minute < 10 ? "oh " + NumberWords.cardinal(minute) : NumberWords.cardinal(minute);
        return NumberWords.cardinal(hour) + " " + minutes;
    }

    private static String partOfDay(int hour24) {
        if (hour24 < 5) {
            return "at night";
        }
        if (hour24 < 12) {
            return "in the morning";
        }
        return hour24 < 18 ? "in the afternoon" : "in the evening";
    }

    private static String date(String day, String month, String year, String original) {
        int d = Integer.parseInt(day);
        if (month == null || d < 1 || d > 31) {
            return original;
        }
        String said = "the " + NumberWords.ordinal(d) + " of " + month;
        return year == null ? said : said + " " + NumberWords.year(Integer.parseInt(year));
    }

    private static String monthFirst(MatchResult m) {
        int d = Integer.parseInt(m.group(2));
        if (d < 1 || d > 31) {
            return m.group();
        }
        String said = monthNamed(m.group(1)) + " the " + NumberWords.ordinal(d);
        return m.group(3) == null ? said : said + " " + NumberWords.year(Integer.parseInt(m.group(3)));
    }

    private static String pounds(MatchResult m) {
        long pounds = Long.parseLong(m.group(1).replace(",", ""));
        int pence = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (pounds == 0 && pence > 0) {
            return NumberWords.cardinal(pence) + " pence";
        }
        String said = NumberWords.cardinal(pounds) + (pounds == 1 ? " pound" : " pounds");
        return pence == 0 ? said : said + " " + NumberWords.cardinal(pence);
    }

    private static String month(String number) {
        int n = Integer.parseInt(number);
        return n >= 1 && n <= 12 ? MONTHS.get(n - 1) : null;
    }

    private static String monthNamed(String name) {
        String start = name.substring(0, 3);
        return MONTHS.stream().filter(full -> full.startsWith(start)).findFirst().orElse(name);
    }

    private static String fullYear(String year) {
        return year.length() == 2 ? "20" + year : year;
    }

    private static String words(String digits) {
        return digits.length() > 12 ? NumberWords.digits(digits) : NumberWords.cardinal(Long.parseLong(digits));
    }

    static String replace(String text, Pattern pattern, Function<MatchResult, String> said) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(said.apply(m)));
    }
}
