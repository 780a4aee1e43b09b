package org.twofold.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What a hostile or broken client sends: odd text (lone surrogates, NUL, only invisible characters, direction
 * overrides, scripts of every kind), ids with traversal in them, broken and trailing JSON, wrong types,
 * wrong Content-Types and Origins. Shared by the properties over the API and over the screens' forms.
 */
final class Hostile {
    private Hostile() {}

    /** Text that has broken servers: each as Java text, so lone surrogates and NUL are kept. */
    static final List<String> ODD_TEXT = List.of("", " ", "\t", "\u0000", "a\u0000b", "\u200b", "\u200b\u200b\u200b", "\u200e",
        "\u200f\u200e", "\u2060", "\ufeff", "\u3164", "\u2800", "\u00ad", "\u202eevil\u202c", "ab\u202dcd", "\u2066x\u2069",
        "\ud800", "x\udc00y", "\udbff\udfff", "\uffff", "\u001b[31mred", "line\nbreak", "\r\n", "Siân Llŷr", "عائشہ خان",
        "王小明", "अनीता", "Jo 🌈", "👩‍🦰", "Zoë\u0301", "O'Brien; DROP TABLE people;--", "<script>alert(1)</script>",
        "{{ 7*7 }}", "${jndi:ldap://x}", "%s%n%x", "../../../etc/passwd", "..\\..\\windows", "null", "true", "-1",
        "a".repeat(201), "é".repeat(100), "🙂".repeat(80), "x".repeat(2001), "correct horse battery staple ".repeat(4));

    /** Ids as they appear in a path, already encoded: traversal, encoded traversal, odd bytes, very long. */
    static final List<String> ODD_IDS = List.of("x", "..", "%2e%2e", "..%2f..%2f", "%2e%2e%2f%2e%2e%2f", "%252e%252e%252f",
        "..%5c..%5c", "%c0%ae%c0%ae%2f", "%00", "a%00b", "%ff%fe", "%e2%80%ae", "%f0%9f%99%82", "%20", "%0d%0aX-Injected:%201",
        "twofold.db", "..%2ftwofold.db", "-1", "0", "99999999999999999999", "a".repeat(300), "a".repeat(5000), "%u002e",
        "x;y", "x;jsessionid=1", "*");

    static final List<String> FIELD_NAMES = List.of("name", "preferredName", "communicationNeeds", "username", "password", "role",
        "dialogue", "present", "consent", "node", "choice", "rating", "text", "how", "note", "answerId", "symbol", "seq", "rate",
        "voice", "pain", "refusal", "anxiety", "pronunciations", "word", "say", "textSize", "symbolSize", "layout", "access",
        "highContrast", "showLabels", "readAloud", "scanMillis", "dwellMillis", "holdMillis", "speechRate", "key", "", "__proto__",
        "constructor", "name\u0000", "ñame");

    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
        "application/json;charset=\"UTF-8\"", "application/json; charset=iso-8859-1", "application/json; charset=utf-16",
        "APPLICATION/JSON", "application/jsonx", "text/json", "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=xyz", "multipart/form-data", "audio/wav", "*/*", "", ";;;", "application/json; boundary=\"");

    static final List<String> ORIGINS = List.of("null", "http://evil.example", "http://[::1", "http://localhost:1:2", "://",
        "http://%zz", "file://", "http://localhost", "\u00ff\u00fe", "a".repeat(3000), "http://user@localhost", "https://");

    static Arbitrary<String> oddText() {
        return Arbitraries.oneOf(Arbitraries.of(ODD_TEXT),
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().withChars("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u3164\u2800\u00a0 \u3000\u202e\u0000")
                .ofMinLength(1).ofMaxLength(6));
    }

    /** A password: short, common, or far beyond bcrypt's 72 bytes, in any script. */
    static Arbitrary<String> passwords() {
        return Arbitraries.oneOf(Arbitraries.of("", "password", "1234567890", "twofold-demo", "admin-password-for-tests"),
            Arbitraries.strings().all().ofMinLength(60).ofMaxLength(300),
            Arbitraries.strings().withChars("éß漢🙂a").ofMinLength(20).ofMaxLength(120));
    }

    /** A JSON value as text, right or wrong for whatever field it is put in. */
    static Arbitrary<String> jsonValues() {
        Arbitrary<String> texts = Arbitraries.oneOf(oddText(), passwords()).map(Hostile::jsonString);
        Arbitrary<String> others = Arbitraries.of("0", "-1", "3", "2.5", "1e309", "123456789012345678901234567890", "true", "false",
            "null", "[]", "{}", "[1,2]", "[{}]", "[{\"name\":1}]", "[{\"name\":\"\\u200b\"}]", "{\"given\":true}",
            "{\"given\":\"yes\",\"how\":[]}", "[{\"word\":\"x\",\"say\":\"\\ud800\"}]", "\"\\ud800\"", "\"\\u0000\"",
            "\"\\u202e\"", "[" + "[".repeat(1500) + "]".repeat(1500) + "]");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, texts), net.jqwik.api.Tuple.of(2, others));
    }

    /** A body: mostly JSON objects of known fields with odd values, and broken JSON, bytes, deep nesting, duplicates. */
    static Arbitrary<byte[]> bodies() {
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(FIELD_NAMES), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> member = Combinators.combine(field, jsonValues()).as((k, v) -> jsonString(k) + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(5).map(ms -> "{" + String.join(",", ms) + "}");
        Arbitrary<String> duplicated = Combinators.combine(Arbitraries.of(FIELD_NAMES), jsonValues(), jsonValues())
            .as((k, a, b) -> "{" + jsonString(k) + ":" + a + "," + jsonString(k) + ":" + b + "}");
        Arbitrary<String> trailing = Combinators.combine(object, Arbitraries.of("x", "{}", "]", ",", "\u0000", "/* */", "1", "\"a\""))
            .as((o, t) -> o + t);
        Arbitrary<String> broken = Combinators.combine(object, Arbitraries.integers().between(0, 40))
            .as((o, n) -> o.substring(0, Math.min(n, o.length())));
        Arbitrary<String> deep = Arbitraries.integers().between(900, 3000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n));
        Arbitrary<String> oddJson = Arbitraries.of("", " ", "null", "[]", "\"text\"", "1", "{\"a\":NaN}", "{'a':1}", "{\"a\":1,}",
            "\ufeff{}", "{}\u0000", "{\"name\":\"x\"}\n{\"name\":\"y\"}");
        Arbitrary<byte[]> texts = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, object), net.jqwik.api.Tuple.of(2, duplicated), net.jqwik.api.Tuple.of(2, trailing),
            net.jqwik.api.Tuple.of(2, broken), net.jqwik.api.Tuple.of(1, deep), net.jqwik.api.Tuple.of(2, oddJson),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(100)))
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> huge = Arbitraries.of(1_100_000, 1_500_000)
            .map(n -> ("{\"text\":\"" + "a".repeat(n) + "\"}").getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, texts), net.jqwik.api.Tuple.of(2, bytes), net.jqwik.api.Tuple.of(1, huge));
    }

    /** Text as a JSON string; lone surrogates and controls escaped, so they reach the server as sent. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A JSON object of text fields, each escaped as {@link #jsonString} does. */
    static String objectOf(java.util.Map<String, String> fields) {
        return "{" + String.join(",", fields.entrySet().stream().map(e -> jsonString(e.getKey()) + ":" + jsonString(e.getValue())).toList()) + "}";
    }

    /** Text for a form or a query: percent-encoded as a browser would (lone surrogates become '?'). */
    static String formEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
