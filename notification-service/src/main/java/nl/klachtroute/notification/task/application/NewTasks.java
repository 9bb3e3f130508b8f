package nl.klachtroute.notification.task.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import nl.klachtroute.notification.task.Task;

/**
 * Tells live listeners (the inbox page's event stream) about tasks this instance just created. Per owner,
 * in memory: a listener on another instance learns of the task when its page reloads the list.
 */
@Component
public class NewTasks {

    private final Map<String, List<Consumer<Task>>> listeners = new ConcurrentHashMap<>();

    /** @return a handle that stops the listening */
    public Runnable listen(String ownerId, Consumer<Task> listener) {
        listeners.computeIfAbsent(ownerId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(ownerId, List.of()).remove(listener);
    }

    void created(Task task) {
        for (Consumer<Task> listener : listeners.getOrDefault(task.ownerId(), List.of())) {
            try {
                listener.accept(task);
            } catch (RuntimeException e) {
                // A gone listener must not fail the event that created the task; it unregisters itself.
            }
        }
    }
}
