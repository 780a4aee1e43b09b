package org.twofold.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit log as CSV (RFC 4180): UTF-8 with a byte order mark so spreadsheets read names in any script,
 * every field quoted, lines ended CRLF. A field a spreadsheet would take for a formula (starting with =, +, -,
 * @, a tab or a carriage return) is made text with a leading apostrophe.
 */
final class AuditCsv {
    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("When (UTC)", "Who", "What", "About", "Action", "Subject", "Person id");

    private AuditCsv() {}

    static byte[] of(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, HEADER);
        for (AuditEntry e : entries) {
            line(out, List.of(e.at(), e.who(), e.what(), e.about(), e.action(), e.subject(), e.personId() == null ? "" : e.personId()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
