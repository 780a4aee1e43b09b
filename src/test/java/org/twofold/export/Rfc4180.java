package org.twofold.export;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV strictly as RFC 4180 says: CRLF between records, quoted fields with doubled quotes. Anything else fails. */
final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new AssertionError("a quoted field is never closed");
                    }
                    char q = text.charAt(i++);
                    if (q == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (q == '"') {
                        break;
                    } else {
                        cell.append(q);
                    }
                }
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new AssertionError("text after a closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new AssertionError("a bare carriage return outside quotes at " + i);
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new AssertionError("a quote or line break in an unquoted field at " + i);
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || !cell.isEmpty()) {
            throw new AssertionError("the last record does not end in CRLF");
        }
        return rows;
    }
}
