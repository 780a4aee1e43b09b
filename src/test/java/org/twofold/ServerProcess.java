package org.twofold;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Twofold server in a process of its own, started as `java org.twofold.App` is on a real
 * machine, so a test can kill it outright (SIGKILL) and start another on the same data.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern RUNNING = Pattern.compile("running on http://localhost:(\\d+)");
    /** An upper bound only: a start on a loaded machine takes seconds, and the wait ends as soon as it is up. */
    private static final long START_BOUND_SECONDS = 120;

    private final Process process;
    private final Log log;
    private final ApiClient api;

    private ServerProcess(Process process, Log log, int port) {
        this.process = process;
        this.log = log;
        this.api = new ApiClient(() -> "http://localhost:" + port);
    }

    /** The last lines the server logged, to show when something went wrong. */
    private static final class Log {
        private static final int KEPT = 300;
        private final java.util.ArrayDeque<String> lines = new java.util.ArrayDeque<>();

        synchronized void add(String line) {
            if (lines.size() == KEPT) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        @Override
        public synchronized String toString() {
            return String.join("\n", lines);
        }
    }

    /** The last few hundred lines of the server's log. */
    public String log() {
        return log.toString();
    }

    /** Starts a server on the data directory with the demo service and waits until it answers. */
    public static ServerProcess start(Path dataDir) {
        return start(App.class, Map.of(
            "TWOFOLD_DATA", dataDir.toString(),
            "TWOFOLD_PORT", "0",
            "TWOFOLD_DEMO", "true",
            "TWOFOLD_SPEECH_WARMUP", "false"));
    }

    /** Starts any main class of ours that logs "running on http://localhost:PORT" once it serves. */
    public static ServerProcess start(Class<?> main, Map<String, String> env) {
        return start(List.of(java(), "-cp", classPath(), main.getName()), env);
    }

    /** The java command this JVM was started with. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Starts a command (java -jar target/twofold.jar, say) that logs "running on http://localhost:PORT" once it serves. */
    public static ServerProcess start(List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            Log log = new Log();
            return new ServerProcess(process, log, portOf(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Our classes and their libraries: the JVM's own class path under surefire, or the loader's
     * when run inside Maven (exec:java), whose JVM class path is Maven's.
     */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(ServerProcess::file).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the server's log until it says where it runs; keeps draining the log after that. */
    private static int portOf(Process process, Log log) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher m = RUNNING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                    log.add(line);
                }
            } catch (IOException ignored) {
                // The process has gone: its output ends here.
            }
            port.completeExceptionally(new AssertionError("the server stopped before it ran:\n" + log));
        }, "server-log");
        reader.setDaemon(true);
        reader.start();
        try {
            return port.get(START_BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            process.destroyForcibly();
            throw (AssertionError) e.getCause();
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the server did not start within " + START_BOUND_SECONDS + " s:\n" + log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiClient api() {
        return api;
    }

    /** Ends the server at once, as a power cut or `kill -9` would: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(START_BOUND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
