package org.twofold.board;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.twofold.ApiClient;
import org.twofold.TestServer;

/**
 * What the board tests share: a copy of the shipped dialogues with two small boards of their own and a
 * scale of their own (so they do not depend on the shipped boards), pictures and zips made in memory,
 * requests whose bodies and answers are bytes, and row counts read straight from the database file.
 */
final class BoardFiles {
    static final String DAY = "obf-test-day";
    static final String HEALTH = "obf-test-health";
    static final String SCALE = "obf-test-scale";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BoardFiles() {}

    /** The shipped dialogues (and any shipped boards) with the test boards and scale added, under {@code under}. */
    static Path dialogues(Path under) {
        Path to = under.resolve("dialogues");
        copy(Path.of("dialogues"), to);
        try {
            Files.createDirectories(to.resolve("boards"));
            Files.createDirectories(to.resolve("scales"));
            Path library = to.resolve("scales/library.yaml");
            if (!Files.exists(library)) {
                Files.writeString(library, GOING_WELL);
            }
            Files.writeString(library, "\n" + TEST_SCALE, StandardOpenOption.APPEND);
            Files.writeString(to.resolve("boards/" + DAY + ".yaml"), DAY_BOARD);
            Files.writeString(to.resolve("boards/" + HEALTH + ".yaml"), HEALTH_BOARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** A copy of the symbol library without one symbol's file (the catalogue still lists it). */
    static Path symbolsWithout(Path under, String symbol) {
        Path to = under.resolve("symbols");
        copy(Path.of("symbol-library"), to);
        try {
            Files.delete(to.resolve("symbols/" + symbol + ".svg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    static TestServer server(Path data) {
        return TestServer.start(data.resolve("data"), Map.of("TWOFOLD_DIALOGUES", dialogues(data).toString()));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of that size, drawn in memory. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x3366CC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** An answer whose body is kept as bytes. */
    record Bytes(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Bytes get(TestServer server, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    static TestServer.Response post(TestServer server, String path, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return ApiClient.exchange(HTTP, b.build());
    }

    private static Bytes send(HttpRequest request) {
        HttpResponse<byte[]> r = ApiClient.exchange(HTTP, request, HttpResponse.BodyHandlers.ofByteArray());
        return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
            r.headers().firstValue("Content-Disposition").orElse(""), r.body());
    }

    /** How many rows a table holds, read straight from the server's database file. */
    static int rows(Path dataDir, String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("twofold.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times the audit log holds this action on this subject. */
    static int audited(Path dataDir, String action, String subject) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("twofold.db"));
             var s = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?")) {
            s.setString(1, action);
            s.setString(2, subject);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String GOING_WELL = """
        - id: going-well
          name: Going well, sometimes, not going well
          question: How is this going?
          change: right
          points:
            - id: going-well
              label: Going well
              symbol: happy
            - id: sometimes
              label: Sometimes
              symbol: face-okay
            - id: not-going-well
              label: Not going well
              symbol: sad
        """;

    private static final String TEST_SCALE = """
        - id: obf-test-scale
          name: Matters a lot, in the middle, not much
          question: How much does this matter to you?
          change: left
          points:
            - id: matters
              label: Matters a lot
              symbol: proud
              say: This matters a lot to me.
            - id: middle
              label: In the middle
              symbol: face-okay
            - id: not-much
              label: Not much
              symbol: calm
        """;

    private static final String DAY_BOARD = """
        id: obf-test-day
        topic:
          label: My day & "me"
          symbol: day-planner
          say: Let us talk about your day.
          prompt: Put each picture where it fits for you.
        scale: obf-test-scale
        cards:
          - id: getting-up
            label: Getting up
            symbol: morning
            say: Getting up in the morning.
            dialogue: washing-and-dressing
          - id: my-health
            label: My health
            symbol: health
            board: obf-test-health
          - id: going-out
            label: Going out
            symbol: bus
            dialogue: getting-out
          - id: my-money
            label: My money
            symbol: money
            dialogue: home-and-money
          - id: my-bus
            label: The bus
            symbol: bus
            dialogue: getting-out
        """;

    private static final String HEALTH_BOARD = """
        id: obf-test-health
        topic:
          label: My health
          symbol: health
        scale: obf-test-scale
        cards:
          - id: pills
            label: My pills
            symbol: pills
            dialogue: my-medicines
          - id: sleep
            label: Sleep
            symbol: sleep
            dialogue: my-medicines
          - id: exercise
            label: Exercise
            symbol: exercise
            dialogue: getting-out
          - id: hobbies
            label: My hobbies
            symbol: knitting
            dialogue: getting-out
        """;
}
