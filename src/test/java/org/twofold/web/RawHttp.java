package org.twofold.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send: any bytes in the request
 * line, any header (Host, Origin, one 20 kB long), any body. One request a connection, then it is closed.
 */
final class RawHttp {
    /** Long enough for any answer on a busy machine; a hang fails the test instead of stalling it. */
    private static final int TIMEOUT_MS = 60_000;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    record Header(String name, String value) {}

    record Answer(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String t = text();
            return status + " " + header("Content-Type") + " " + (t.length() > 300 ? t.substring(0, 300) + "..." : t);
        }
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** The hidden token a page's forms carry, as a browser would send it back. */
    static String formToken(Answer page) {
        Matcher m = FORM_TOKEN.matcher(page.text());
        if (!m.find()) {
            throw new AssertionError("no form token on the page: " + page);
        }
        return m.group(1);
    }

    /** The cookie of that name the answer sets, as "name=value" for a Cookie header. */
    static String cookie(Answer a, String name) {
        return Arrays.stream(a.header("Set-Cookie").split("\n")).map(c -> c.split(";")[0])
            .filter(c -> c.startsWith(name + "=") && c.length() > name.length() + 1).findFirst()
            .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + a));
    }

    /** Signs in through the sign-in page's form, token and all, and gives the staff session's cookie. */
    String staffCookie(String username, String password) {
        Answer page = send("GET", "/staff/login", List.of(), null);
        Answer login = send("POST", "/staff/login", List.of(new Header("Cookie", cookie(page, "twofold_sign_in")),
                new Header("Content-Type", "application/x-www-form-urlencoded")),
            ("csrf=" + formToken(page) + "&username=" + username + "&password=" + password).getBytes(StandardCharsets.UTF_8));
        return cookie(login, "twofold_session");
    }

    /** Sends the request as given; Host, Content-Length and Connection: close are added unless a header names them. */
    Answer send(String method, String target, List<Header> headers, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, method + " " + target + " HTTP/1.1\r\n");
            List<String> named = new ArrayList<>();
            for (Header h : headers) {
                write(head, h.name() + ": " + h.value() + "\r\n");
                named.add(h.name().toLowerCase(Locale.ROOT));
            }
            if (!named.contains("host")) {
                write(head, "Host: localhost:" + port + "\r\n");
            }
            if (!named.contains("content-length") && !named.contains("transfer-encoding") && body != null) {
                write(head, "Content-Length: " + body.length + "\r\n");
            }
            write(head, "Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer (413, 431) and close before taking everything: its answer is read below.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviated(target), e);
        }
    }

    private static String abbreviated(String target) {
        return target.length() > 200 ? target.substring(0, 200) + "..." : target;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IOException("no complete answer: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            // Every cookie is kept, one a line; of other headers, the first.
            headers.merge(name, value, (first, next) -> name.equals("set-cookie") ? first + "\n" + next : first);
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = unchunked(body);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, n);
            at = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
