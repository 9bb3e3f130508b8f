package nl.klachtroute.events.notification;

import nl.klachtroute.events.TaskKind;

/**
 * A task was done (closed by the event that fulfils it).
 *
 * @param taskId taskId
 * @param kind kind
 */
public record TaskCompleted(
        String taskId,
        TaskKind kind) implements NotificationEvent {}
