package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.twofold.web.Json;

/**
 * A plain Server-Sent Events client over java.net.http: it reads the stream line by line on its
 * own thread and hands over each event's data, so a test waits for one with an upper bound.
 */
final class EventStream implements AutoCloseable {
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final CountDownLatch ended = new CountDownLatch(1);

    private EventStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream with the given cookie; fails unless it answers 200 with an event stream. */
    static EventStream open(String url, String cookie) {
        HttpResponse<InputStream> r = request(url, cookie);
        assertEquals(200, r.statusCode(), "the event stream opens");
        assertEquals("text/event-stream", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return new EventStream(r.body());
    }

    /** The status an event stream request is answered with, the stream closed at once. */
    static int statusOf(String url, String cookie) {
        HttpResponse<InputStream> r = request(url, cookie);
        try (InputStream ignored = r.body()) {
            return r.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<InputStream> request(String url, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    data.add(line.substring("data:".length()).strip());
                }
            }
        } catch (IOException closed) {
            // The test closed the stream, or the server did.
        } finally {
            ended.countDown();
        }
    }

    /** Whether the server ends the stream within the given seconds. */
    boolean closedWithin(int seconds) throws InterruptedException {
        return ended.await(seconds, TimeUnit.SECONDS);
    }

    /** The next event's data, waiting at most the given seconds; fails if none comes. */
    JsonNode next(int seconds) throws InterruptedException {
        return until(event -> true, seconds);
    }

    /** Reads events until one matches, waiting at most the given seconds in all; fails if none does. */
    JsonNode until(Predicate<JsonNode> wanted, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = end - System.nanoTime();
            String d = left > 0 ? data.poll(left, TimeUnit.NANOSECONDS) : null;
            if (d == null) {
                throw new AssertionError("no matching event came within " + seconds + " s");
            }
            try {
                JsonNode event = Json.json().readTree(d);
                if (wanted.test(event)) {
                    return event;
                }
            } catch (IOException e) {
                throw new AssertionError("event data is not JSON: " + d, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // Closing a stream the server may have closed already.
        }
    }
}
