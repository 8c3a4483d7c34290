package dev.modelsense.lsp;

import org.eclipse.lsp4j.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Delivers diagnostics only for files whose diagnostics changed since the project's last publish (an empty list where
 * they cleared), open files first and the files just edited before those; {@link DiagnosticsDelivery} pushes them or
 * keeps them for the client's pulls.
 */
final class DiagnosticsPublisher {

    private final DiagnosticsDelivery delivery;
    private final Map<Path, Map<Path, List<Diagnostic>>> publishedByProject = new HashMap<>();

    DiagnosticsPublisher(DiagnosticsDelivery delivery) {
        this.delivery = delivery;
    }

    /** @return the files published, in order */
    synchronized List<Path> publish(Path projectRoot, Map<Path, List<Diagnostic>> current, Collection<Path> edited,
                                    Predicate<Path> isOpen) {
        Map<Path, List<Diagnostic>> previous = publishedByProject.getOrDefault(projectRoot, Map.of());
        Set<Path> changed = new LinkedHashSet<>();
        for (Path file : union(previous.keySet(), current.keySet())) {
            if (!current.getOrDefault(file, List.of()).equals(previous.getOrDefault(file, List.of()))) {
                changed.add(file);
            }
        }
        List<Path> order = new ArrayList<>();
        edited.stream().filter(changed::contains).forEach(order::add);
        changed.stream().filter(f -> !order.contains(f) && isOpen.test(f)).forEach(order::add);
        changed.stream().filter(f -> !order.contains(f)).forEach(order::add);
        Map<Path, List<Diagnostic>> changes = new LinkedHashMap<>();
        order.forEach(file -> changes.put(file, current.getOrDefault(file, List.of())));
        delivery.deliver(projectRoot, changes);
        publishedByProject.put(projectRoot, new LinkedHashMap<>(current));
        return order;
    }

    /**
     * Publishes these files' diagnostics ahead of a build's full publish (the open files, once compiled first);
     * other files keep what was published for them.
     */
    synchronized void publishSome(Path projectRoot, Map<Path, List<Diagnostic>> current, Collection<Path> files) {
        Map<Path, List<Diagnostic>> published = new LinkedHashMap<>(publishedByProject.getOrDefault(projectRoot,
                Map.of()));
        Map<Path, List<Diagnostic>> changes = new LinkedHashMap<>();
        for (Path file : files) {
            List<Diagnostic> now = current.getOrDefault(file, List.of());
            if (!now.equals(published.getOrDefault(file, List.of()))) {
                changes.put(file, now);
                if (now.isEmpty()) {
                    published.remove(file);
                } else {
                    published.put(file, now);
                }
            }
        }
        publishedByProject.put(projectRoot, published);
        delivery.deliverAhead(changes, files);
    }

    /** Clears every diagnostic of a project that went away. */
    synchronized void clear(Path projectRoot) {
        Map<Path, List<Diagnostic>> previous = publishedByProject.remove(projectRoot);
        Map<Path, List<Diagnostic>> changes = new LinkedHashMap<>();
        if (previous != null) {
            previous.keySet().forEach(file -> changes.put(file, List.of()));
        }
        delivery.deliver(projectRoot, changes);
    }

    /** A build gave up: what was delivered stands, and pulls waiting for the project answer with it. */
    synchronized void settle(Path projectRoot) {
        delivery.deliver(projectRoot, Map.of());
    }

    /** Error diagnostics the editor currently shows for a project. */
    synchronized int errorCount(Path projectRoot) {
        return (int) publishedByProject.getOrDefault(projectRoot, Map.of()).values().stream().flatMap(List::stream)
                .filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).count();
    }

    private static Set<Path> union(Set<Path> a, Set<Path> b) {
        Set<Path> all = new LinkedHashSet<>(b);
        all.addAll(a);
        return all;
    }
}
