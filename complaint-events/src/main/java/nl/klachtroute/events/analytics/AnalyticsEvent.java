package nl.klachtroute.events.analytics;

import nl.klachtroute.events.DomainEvent;

/** Pattern signals, published by analytics-service. Topic: {@link nl.klachtroute.events.Topics#ANALYTICS}. */
public sealed interface AnalyticsEvent extends DomainEvent permits
        PatternSignalRaised {
}
