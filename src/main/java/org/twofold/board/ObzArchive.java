package org.twofold.board;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.twofold.board.BoardErrors.BadBoardFile;
import org.twofold.board.BoardErrors.TooLarge;

/**
 * The files of an .obz (a zip), read with limits that hold whatever the archive declares: so many
 * entries, so many bytes each and in all, counted as they are inflated. A path that would leave the
 * archive (.., an absolute path, a backslash, a drive) is refused, as is a path given twice.
 */
final class ObzArchive {
    static final int MOST_ENTRIES = 500;
    static final int MOST_ENTRY_BYTES = 2 * 1024 * 1024;
    static final long MOST_TOTAL_BYTES = 20L * 1024 * 1024;

    private final Map<String, byte[]> files;

    private ObzArchive(Map<String, byte[]> files) {
        this.files = files;
    }

    static ObzArchive read(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MOST_ENTRIES) {
                    throw new TooLarge("The .obz file holds more than " + MOST_ENTRIES + " files: that is more than a set of boards needs.");
                }
                String path = safePath(entry.getName());
                byte[] bytes = in.readNBytes(MOST_ENTRY_BYTES + 1);
                if (bytes.length > MOST_ENTRY_BYTES) {
                    throw new TooLarge("'" + path + "' in the .obz file is larger than 2 MB when unpacked: a file in it may be at most 2 MB.");
                }
                total += bytes.length;
                if (total > MOST_TOTAL_BYTES) {
                    throw new TooLarge("The .obz file unpacks to more than 20 MB: a set of boards may be at most 20 MB unpacked.");
                }
                if (entry.isDirectory() || path.endsWith("/")) {
                    continue;
                }
                if (files.put(path, bytes) != null) {
                    throw new BadBoardFile("The .obz file holds '" + path + "' twice.");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BadBoardFile("The .obz file is not a zip file that can be read: " + e.getMessage());
        }
        if (entries == 0) {
            throw new BadBoardFile("The .obz file is empty, or is not a zip file.");
        }
        return new ObzArchive(files);
    }

    /** A path inside the archive, as the archive or its manifest names it; refused if it could lead outside. */
    static String safePath(String path) {
        if (path == null || path.isBlank()) {
            throw new BadBoardFile("The .obz file names a file with no name.");
        }
        String p = path.startsWith("./") ? path.substring(2) : path;
        boolean leaves = p.startsWith("/") || p.contains("\\") || p.indexOf('\0') >= 0 || p.matches("^[A-Za-z]:.*")
            || p.chars().anyMatch(c -> c < 0x20);
        for (String part : p.split("/", -1)) {
            leaves |= part.equals("..") || part.equals(".");
        }
        if (leaves) {
            throw new BadBoardFile("The .obz file names '" + printable(path) + "', a path that leaves the archive: paths must stay inside it.");
        }
        return p;
    }

    Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(safePath(path)));
    }

    boolean has(String path) {
        return files.containsKey(safePath(path));
    }

    /** The .obf files, when there is no manifest to name them. */
    java.util.List<String> boardFiles() {
        return files.keySet().stream().filter(p -> p.toLowerCase(Locale.ROOT).endsWith(".obf")).toList();
    }

    private static String printable(String path) {
        String shown = path.replaceAll("[\\p{Cntrl}]", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    }
}
