package org.twofold.speech;

import java.util.ArrayList;
import java.util.List;

/** Numbers as a British English speaker says them: "one hundred and five", "the twenty-first", "twenty twenty-five". */
final class NumberWords {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion"};
    private static final long LARGEST = 999_999_999_999L;

    private NumberWords() {}

    /** A whole number in words; beyond the billions, digit by digit. */
    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n > LARGEST) {
            return digits(Long.toString(n));
        }
        if (n < 1000) {
            return underThousand((int) n, true);
        }
        List<String> parts = new ArrayList<>();
        int scale = 0;
        long rest = n;
        while (rest > 0) {
            int group = (int) (rest % 1000);
            if (group > 0) {
                // "two thousand and five": the last group takes "and" when it has no hundreds.
                boolean lastGroupAlone = scale == 0 && group < 100;
                String words = lastGroupAlone ? "and " + underThousand(group, false) : underThousand(group, true);
                parts.add(0, scale == 0 ? words : words + " " + SCALES[scale]);
            }
            rest /= 1000;
            scale++;
        }
        return String.join(" ", parts);
    }

    private static String underThousand(int n, boolean andAfterHundreds) {
        if (n < 100) {
            return underHundred(n);
        }
        String hundreds = SMALL[n / 100] + " hundred";
        int rest = n % 100;
        if (rest == 0) {
            return hundreds;
        }
        return hundreds + (andAfterHundreds ? " and " : " ") + underHundred(rest);
    }

    private static String underHundred(int n) {
        if (n < 20) {
            return SMALL[n];
        }
        return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + " " + SMALL[n % 10];
    }

    /** "first", "twenty second", "one hundred and third". */
    static String ordinal(long n) {
        String words = cardinal(n);
        int space = words.lastIndexOf(' ');
        String head = words.substring(0, space + 1);
        String last = words.substring(space + 1);
        return head + switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
    }

    /** A year as said aloud: "nineteen eighty four", "two thousand and five", "twenty twenty five". */
    static String year(int year) {
        if (year < 1100 || year > 2099) {
            return cardinal(year);
        }
        if (year >= 2000 && year < 2010) {
            return cardinal(year);
        }
        int century = year / 100;
        int rest = year % 100;
        if (rest == 0) {
            return cardinal(century) + " hundred";
        }
        return cardinal(century) + " " + (rest < 10 ? "oh " + SMALL[rest] : underHundred(rest));
    }

    /** Digits one by one, as in a phone number: "oh one two three". */
    static String digits(String digits) {
        List<String> out = new ArrayList<>();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                out.add(c == '0' ? "oh" : SMALL[c - '0']);
            }
        }
        return String.join(" ", out);
    }
}
