package nl.klachtroute.events.notification;

import java.time.LocalDate;
import nl.klachtroute.events.TaskKind;

/**
 * A task was put in a person's inbox.
 *
 * @param taskId taskId
 * @param kind kind
 * @param ownerId staff id
 * @param dueOn dueOn (optional)
 */
public record TaskCreated(
        String taskId,
        TaskKind kind,
        String ownerId,
        LocalDate dueOn) implements NotificationEvent {}
