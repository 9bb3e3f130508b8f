package nl.klachtroute.events.notification;

import nl.klachtroute.events.DomainEvent;

/** Facts about tasks and messages, published by notification-service. Topic: {@link nl.klachtroute.events.Topics#NOTIFICATION}. */
public sealed interface NotificationEvent extends DomainEvent permits
        TaskCreated,
        TaskCompleted,
        MessageSent,
        CitizenFeedbackGiven {
}
