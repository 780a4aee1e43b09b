package org.twofold.export;

import java.util.List;

/**
 * Cells written as RFC 4180 asks (quoted when they hold a comma, quote or line break; quotes doubled;
 * lines ended CRLF), and made safe for spreadsheets: a cell that starts with =, +, -, @, tab or
 * carriage return would run as a formula, so it starts with a single quote instead.
 */
final class CsvCells {
    /** Opens the file as UTF-8 in spreadsheets that would otherwise guess another encoding. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvCells() {}

    static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsAsFormula(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean startsAsFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
