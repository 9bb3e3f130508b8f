package nl.klachtroute.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import nl.klachtroute.localstack.LocalStack;

/** The running stack as the benchmarks reach it: HTTP as the staff do, the store and the broker directly. */
final class Bench implements AutoCloseable {

    static final String PASSWORD = "klachtroute";
    private static final String[] TEAMS = { "Activering Noord", "Activering Zuid", "Inkomen West", "Inkomen Oost" };

    final LocalStack stack;
    final Settings settings;
    final HttpClient http;
    final MongoClient mongo;
    final Admin admin;

    Bench(LocalStack stack, Settings settings) {
        this.stack = stack;
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.mongo = MongoClients.create("mongodb://localhost:" + stack.config().mongoPort());
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
        this.admin = Admin.create(props);
    }

    String kafka() {
        return stack.kafkaBootstrapServers();
    }

    MongoDatabase database(String name) {
        return mongo.getDatabase(name);
    }

    URI url(String service, String path) {
        return URI.create(stack.service(service).url() + path);
    }

    HttpResponse<String> post(URI uri, String user, String json) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", basic(user)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> get(URI uri, String user) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Authorization", basic(user)).timeout(Duration.ofSeconds(120)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A conduct complaint received today from a fictional citizen, in one of four teams. */
    static String complaintBody() {
        LocalDate today = LocalDate.now();
        String team = TEAMS[ThreadLocalRandom.current().nextInt(TEAMS.length)];
        return """
                {"receivedOn": "%s", "channel": "WEB_FORM",
                 "complainant": {"name": "Fenna Fictief", "address": "Voorbeeldstraat 1, 1011 AA Amsterdam",
                                 "email": "fenna.fictief@example.org", "phone": "020 555 0101"},
                 "conductDate": "%s", "department": "%s", "team": "%s",
                 "category": "BEJEGENING", "description": "De medewerker sprak mij onvriendelijk toe aan de balie.",
                 "employeesConcerned": ["mw.bakker"]}
                """.formatted(today, today.minusDays(3), team.startsWith("Activering") ? "Activering" : "Inkomen",
                team);
    }

    /** The complaint number out of a 201 answer of {@code POST /api/complaints}. */
    static String idOf(HttpResponse<String> created) {
        if (created.statusCode() != 201) {
            throw new IllegalStateException("registration refused: HTTP " + created.statusCode() + " " + created.body());
        }
        int at = created.body().indexOf("\"id\"");
        int start = created.body().indexOf('"', created.body().indexOf(':', at) + 1) + 1;
        return created.body().substring(start, created.body().indexOf('"', start));
    }

    /** Creates the topic (3 partitions) and waits until every partition has its leader. */
    void createTopic(String name) {
        try {
            admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!hasLeaders(name)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no leaders for " + name);
            }
            pause(Duration.ofMillis(200));
        }
        pause(Duration.ofSeconds(1));
    }

    private boolean hasLeaders(String topic) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many records the consumer groups (all, if none named) still have to read. */
    long lag(String... only) {
        try {
            Set<String> groups = only.length > 0 ? Set.of(only)
                    : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(30, TimeUnit.SECONDS)
                            .stream().map(GroupListing::groupId).collect(Collectors.toSet());
            long lag = 0;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(30, TimeUnit.SECONDS);
                for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committed.entrySet()) {
                    if (c.getValue() != null && ends.containsKey(c.getKey())) {
                        lag += Math.max(0, ends.get(c.getKey()).offset() - c.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Aggregates whose events the outbox relays have yet to publish. E-mail still waiting is not counted: the
     * dispatcher sends at most {@code batch-size} per {@code dispatch-interval} (40 a second by default), so a
     * burst of registrations leaves minutes of mail that no measured path waits for.
     */
    long unsent() {
        long unsent = 0;
        for (String database : List.of("klachtroute-intake", "klachtroute-findings", "klachtroute-notification",
                "klachtroute-analytics")) {
            unsent += mongo.getDatabase(database).getCollection("outbox_pending").countDocuments();
        }
        return unsent;
    }

    /** Whether the group has committed offsets at all (a restarted consumer may not have yet). */
    boolean hasCommitted(String group) {
        try {
            return !admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the outbox relays have published everything and the consumer groups (all, if none named)
     * have caught up, at most {@code patience}, so one benchmark's work does not run into the next.
     */
    void settle(Duration patience, String... groups) {
        long deadline = System.nanoTime() + patience.toNanos();
        long lag = lag(groups) + unsent();
        while (lag > 0 && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(200));
            lag = lag(groups) + unsent();
        }
        if (lag > 0) {
            System.out.println("  (still " + lag + " records behind after " + patience.toSeconds() + " s; going on)");
        }
        pause(Duration.ofSeconds(2));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        mongo.close();
    }
}
