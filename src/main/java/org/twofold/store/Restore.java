package org.twofold.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * `twofold restore <file>`: puts a backup in place of the data directory. It refuses while a server uses
 * the directory, checks the whole backup before touching anything, unpacks it beside the data directory
 * and then swaps the two, so the data directory is always either the old data or the restored data.
 * The data it replaces is kept beside it, for the operator to delete once the restored server works.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dataDir;

    public Restore(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public int run(Path file, PrintStream out) {
        if (!Files.isRegularFile(file)) {
            out.println("There is no backup file " + file + ".");
            return Operations.USAGE;
        }
        Optional<DataDirLock> lock = DataDirLock.tryTake(dataDir);
        if (lock.isEmpty()) {
            out.println("A Twofold server is running on " + dataDir + ". Stop it, then restore. Nothing was changed.");
            return Operations.IN_USE;
        }
        Path unpacked = null;
        try (DataDirLock held = lock.get()) {
            unpacked = Files.createTempDirectory(dataDir.getParent(), "." + dataDir.getFileName() + ".restoring-");
            BackupFile.unpack(file, unpacked);
            check(unpacked);
            Path replaced = swap(unpacked);
            unpacked = null;
            out.println("Restored " + file + " into " + dataDir + ".");
            if (replaced != null) {
                out.println("The data it replaced is in " + replaced + ": delete it once the restored server works.");
            }
            return Operations.DONE;
        } catch (BackupFile.NotABackup e) {
            out.println("Not restored, and nothing was changed: " + file + " is not a whole Twofold backup: " + e.getMessage() + ".");
            return Operations.FAILED;
        } catch (IOException | SQLException e) {
            out.println("Not restored, and nothing was changed: " + e.getMessage());
            return Operations.FAILED;
        } finally {
            if (unpacked != null) {
                BackupFile.deleteTree(unpacked);
            }
        }
    }

    /** The backup's database must pass its integrity check, come from this or an older Twofold, and have its recordings. */
    private static void check(Path unpacked) throws BackupFile.NotABackup, SQLException {
        Path database = unpacked.resolve(BackupFile.DATABASE);
        List<String> problems = BackupFile.integrityProblems(database);
        if (!problems.isEmpty()) {
            throw new BackupFile.NotABackup("its database failed the integrity check: " + String.join("; ", problems));
        }
        int version;
        try {
            version = BackupFile.schemaVersion(database);
        } catch (SQLException e) {
            throw new BackupFile.NotABackup("its database is not a Twofold database (" + e.getMessage() + ")");
        }
        if (version > BackupFile.latestSchemaVersion()) {
            throw new BackupFile.NotABackup("it comes from a newer Twofold (schema " + version + "); restore it with that version");
        }
        for (String id : BackupFile.recordingIds(database)) {
            if (!Files.isRegularFile(unpacked.resolve(BackupFile.RECORDINGS).resolve(id))) {
                throw new BackupFile.NotABackup("the audio of recording " + id + " is missing");
            }
        }
    }

    /** Moves the data directory aside and the unpacked backup into its place; the old one comes back if the second move fails. */
    private Path swap(Path unpacked) throws IOException {
        Path replaced = null;
        if (holdsData()) {
            replaced = dataDir.resolveSibling(dataDir.getFileName() + ".replaced-" + STAMP.format(Instant.now()));
            Files.move(dataDir, replaced, StandardCopyOption.ATOMIC_MOVE);
        } else {
            BackupFile.deleteTree(dataDir);
        }
        try {
            Files.move(unpacked, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (replaced != null) {
                Files.move(replaced, dataDir, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        return replaced;
    }

    /** Whether the data directory holds anything beyond the lock this restore made. */
    private boolean holdsData() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.anyMatch(p -> !p.getFileName().toString().equals(DataDirLock.FILE));
        }
    }
}
