package nl.klachtroute.events;

/** Every Kafka topic of the route, in one place. The record key is always the complaint id. */
public final class Topics {

    public static final String COMPLAINT = "klachtroute.complaint.v1";
    public static final String FINDINGS = "klachtroute.findings.v1";
    public static final String NOTIFICATION = "klachtroute.notification.v1";
    public static final String ANALYTICS = "klachtroute.analytics.v1";

    private Topics() {
    }

    public static java.util.List<String> all() {
        return java.util.List.of(COMPLAINT, FINDINGS, NOTIFICATION, ANALYTICS);
    }

    /** Dead letters of one consumer group on one topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String group) {
        return topic + "." + group + ".dlq";
    }
}
