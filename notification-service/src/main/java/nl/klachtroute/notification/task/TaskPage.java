package nl.klachtroute.notification.task;

import java.util.List;

/** One page of an inbox and how many tasks match in all. */
public record TaskPage(List<Task> tasks, long total) {

    public TaskPage {
        tasks = List.copyOf(tasks);
    }
}
