package dev.modelsense.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The disk overlaid by open editor buffers: an open file reads as its unsaved text, and a buffer for a file that is
 * not on disk yet is listed too. Thread-safe: the protocol thread sets buffers while the compile thread reads.
 */
public final class OverlayFileSource implements FileSource {

    private final FileSource disk;
    private final Map<Path, String> buffers = new ConcurrentHashMap<>();

    public OverlayFileSource(FileSource disk) {
        this.disk = disk;
    }

    public void setBuffer(Path file, String text) {
        buffers.put(file.toAbsolutePath().normalize(), text);
    }

    public void closeBuffer(Path file) {
        buffers.remove(file.toAbsolutePath().normalize());
    }

    public Optional<String> buffer(Path file) {
        return Optional.ofNullable(buffers.get(file.toAbsolutePath().normalize()));
    }

    @Override
    public Optional<String> read(Path file) {
        String buffer = buffers.get(file.toAbsolutePath().normalize());
        return buffer != null ? Optional.of(buffer) : disk.read(file);
    }

    @Override
    public List<Path> list(Path dir) throws IOException {
        TreeSet<Path> files = new TreeSet<>(disk.list(dir));
        Path normalized = dir.toAbsolutePath().normalize();
        for (Path open : buffers.keySet()) {
            if (open.startsWith(normalized)) {
                files.add(open);
            }
        }
        return new ArrayList<>(files);
    }

    @Override
    public boolean exists(Path path) {
        return buffers.containsKey(path.toAbsolutePath().normalize()) || disk.exists(path);
    }
}
