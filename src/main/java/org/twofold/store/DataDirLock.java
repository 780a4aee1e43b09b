package org.twofold.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who is using a data directory: a running server holds a lock on its twofold.lock file from start to close,
 * and a restore holds it while it works. The operating system lets go of the lock when its process ends,
 * even by SIGKILL, so a file left behind never blocks anyone.
 */
public final class DataDirLock implements AutoCloseable {
    static final String FILE = "twofold.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on this data directory, or empty while another server or restore holds it. */
    public static Optional<DataDirLock> tryTake(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return Optional.of(new DataDirLock(channel, lock));
                }
            } catch (OverlappingFileLockException e) {
                // Held by this very process: a server started from the same JVM, as in tests.
            }
            channel.close();
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel or the process in any case.
        }
    }
}
