package nl.klachtroute.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.HandlerAssigned;

/**
 * Years of fictional complaint history put on the complaint topic as complaint-intake would have: valid
 * envelopes, keyed by complaint number, pseudonyms instead of people. A complete route is five events
 * (registered, acknowledged, handler assigned, citizen contacted, closed); a registration alone is one.
 */
final class History {

    static final int EVENTS_PER_ROUTE = 5;
    private static final String[][] TEAMS = { { "Activering", "Activering Noord" }, { "Activering", "Activering Zuid" },
            { "Inkomen", "Inkomen West" }, { "Inkomen", "Inkomen Oost" }, { "Participatie", "Participatie Centrum" },
            { "Schuldhulp", "Schuldhulp Nieuw-West" } };
    private static final Category[] CATEGORIES = Category.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Judgement[] JUDGEMENTS = Judgement.values();

    private final String kafka;
    private final EventCodec codec = new EventCodec();
    private final SplittableRandom random = new SplittableRandom(20261204L);
    private int sequence;

    History(String kafka) {
        this.kafka = kafka;
    }

    /** Complete routes until {@code events} events are on the topic; returns how many complaints. */
    int routes(int events) {
        return produce(events / EVENTS_PER_ROUTE, true);
    }

    /** Registrations only (open complaints); returns how many. */
    int registrations(int complaints) {
        return produce(complaints, false);
    }

    private int produce(int complaints, boolean complete) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < complaints; i++) {
                for (EventEnvelope event : route(complete)) {
                    producer.send(new ProducerRecord<>(Topics.COMPLAINT, event.complaintId(),
                            codec.encode(event).getBytes(StandardCharsets.UTF_8)));
                }
            }
            producer.flush();
        }
        return complaints;
    }

    private List<EventEnvelope> route(boolean complete) {
        // Ten years from 2016; at most 999,999 complaint numbers a year.
        int n = sequence++;
        int year = 2016 + n % 10;
        String id = "K-%d-%06d".formatted(year, 1 + n / 10 % 999_999);
        LocalDate received = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
        String[] team = TEAMS[random.nextInt(TEAMS.length)];
        Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
        ComplaintRegistered registered = new ComplaintRegistered(received, channel, true, List.of(), team[0], team[1],
                category, category.route(), received.minusDays(3), "p-" + random.nextInt(200_000),
                List.of("e-" + random.nextInt(2_000)), received.plusDays(7), received.plusWeeks(6));
        Instant at = received.atStartOfDay().toInstant(ZoneOffset.UTC);
        EventEnvelope first = EventEnvelope.first(id, registered, "complaint-intake", at, UUID.randomUUID());
        if (!complete) {
            return List.of(first);
        }
        LocalDate contacted = received.plusDays(1 + random.nextInt(9));
        LocalDate closed = received.plusDays(20 + random.nextInt(40));
        EventEnvelope acknowledged = first.causes(new ComplaintAcknowledged(received.plusDays(1)), "complaint-intake",
                at.plusSeconds(86_400));
        EventEnvelope assigned = acknowledged.causes(new HandlerAssigned("h.devries", null, received.plusDays(1)),
                "complaint-intake", at.plusSeconds(90_000));
        EventEnvelope contact = assigned.causes(new CitizenContacted(contacted, Channel.PHONE,
                !contacted.isAfter(received.plusDays(7))), "complaint-intake", at.plusSeconds(200_000));
        EventEnvelope closing = contact.causes(new ComplaintClosed(closed, JUDGEMENTS[random.nextInt(JUDGEMENTS.length)],
                random.nextInt(3), true, null, !closed.isAfter(received.plusWeeks(6)), closed.plusWeeks(52)),
                "complaint-intake", closed.atStartOfDay().toInstant(ZoneOffset.UTC));
        return List.of(first, acknowledged, assigned, contact, closing);
    }
}
