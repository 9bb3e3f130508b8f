package nl.klachtroute.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import jakarta.mail.internet.MimeMessage;
import nl.klachtroute.analytics.AnalyticsServiceApplication;
import nl.klachtroute.events.Topics;
import nl.klachtroute.findings.FindingsReportApplication;
import nl.klachtroute.intake.ComplaintIntakeApplication;
import nl.klachtroute.localstack.demo.DemoData;
import nl.klachtroute.localstack.store.IndexedH2Backend;
import nl.klachtroute.notification.NotificationServiceApplication;
import nl.klachtroute.support.kafka.LocalKafkaBroker;
import nl.klachtroute.support.security.StaffDirectory;

/**
 * The whole system in one process, without Docker: a real KRaft Kafka broker (child JVM), the
 * Mongo-compatible store (mongo-java-server, file-backed so complaints survive a restart), an SMTP
 * server with a mail viewer, and the four services, each in its own Spring context on its own port.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Pattern FEEDBACK_LINK = Pattern.compile("https?://[^\\s\"<>]+/feedback/[A-Za-z0-9_-]{43}");
    private static final Pattern COMPLAINT_ID = Pattern.compile("K-\\d{4}-\\d{6}");

    /**
     * Ports and folders of one stack.
     *
     * @param externalKafka bootstrap servers of a Kafka cluster to use instead of the embedded broker, or null
     * @param externalStore connection string of a MongoDB to use instead of the embedded store, with
     *                      {@value #DATABASE} where each service's database name goes, or null
     */
    public record Config(Path dataDir, boolean persistentStore, int kafkaPort, int kafkaControllerPort, int mongoPort,
            int smtpPort, int mailViewerPort, int intakePort, int findingsPort, int notificationPort,
            int analyticsPort, String externalKafka, String externalStore) {

        public static final String DATABASE = "{database}";

        /** The documented fixed ports (README). */
        public static Config standard(Path dataDir) {
            return new Config(dataDir, true, 9092, 9093, 27017, 3025, 8025, 8081, 8082, 8083, 8084, null, null);
        }

        /** Free ports, for tests that run beside a developer's own stack. */
        public static Config freePorts(Path dataDir, boolean persistentStore) {
            return new Config(dataDir, persistentStore, free(), free(), free(), free(), free(), free(), free(), free(),
                    free(), null, null);
        }

        /** The same stack on a real Kafka cluster and a real MongoDB (Testcontainers tests). */
        public Config on(String kafkaBootstrapServers, String storeWithDatabasePlaceholder) {
            return new Config(dataDir, persistentStore, kafkaPort, kafkaControllerPort, mongoPort, smtpPort,
                    mailViewerPort, intakePort, findingsPort, notificationPort, analyticsPort, kafkaBootstrapServers,
                    storeWithDatabasePlaceholder);
        }

        private static int free() {
            return LocalKafkaBroker.freePort();
        }
    }

    /** One of the four services. */
    public record Service(String name, Class<?> application, String configName, String database, int port) {
        public URI url() {
            return URI.create("http://localhost:" + port);
        }
    }

    private final Config config;
    private final LocalKafkaBroker kafka;
    private final List<Service> services;
    /** Running services by name, in start order. */
    private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
    private MongoServer mongo;
    private GreenMail smtp;
    private MailViewer mailViewer;

    private LocalStack(Config config) {
        this.config = config;
        this.kafka = new LocalKafkaBroker(config.dataDir().resolve("kafka"), config.kafkaPort(),
                config.kafkaControllerPort());
        this.services = List.of(
                new Service("complaint-intake", ComplaintIntakeApplication.class, ComplaintIntakeApplication.CONFIG_NAME,
                        "klachtroute-intake", config.intakePort()),
                new Service("findings-report", FindingsReportApplication.class, FindingsReportApplication.CONFIG_NAME,
                        "klachtroute-findings", config.findingsPort()),
                new Service("notification-service", NotificationServiceApplication.class,
                        NotificationServiceApplication.CONFIG_NAME, "klachtroute-notification", config.notificationPort()),
                new Service("analytics-service", AnalyticsServiceApplication.class,
                        AnalyticsServiceApplication.CONFIG_NAME, "klachtroute-analytics", config.analyticsPort()));
    }

    public static LocalStack start(Config config) {
        // Four Spring contexts in one JVM would each re-initialise logging (and, starting side by side,
        // attach the console appender several times); logback configures itself once from logback.xml.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
        LocalStack stack = new LocalStack(config);
        try {
            stack.startInfrastructure();
            stack.startServices();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (config.externalKafka() == null) {
            kafka.start(Duration.ofSeconds(90));
        }
        createTopics();
        startStore();
        startSmtp();
        try {
            mailViewer = new MailViewer(this::smtp, config.mailViewerPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the store on its port; a persistent store finds its data again (fault tests restart it). */
    public synchronized void startStore() {
        if (config.externalStore() != null) {
            return;
        }
        MongoBackend backend = config.persistentStore()
                ? IndexedH2Backend.inFile(config.dataDir().resolve(IndexedH2Backend.FILE_NAME).toString())
                : IndexedH2Backend.inMemory();
        mongo = new MongoServer(backend);
        mongo.bind("localhost", config.mongoPort());
    }

    /** Stops the store, flushing a persistent one; the services see connection errors until it is back. */
    public synchronized void stopStore() {
        if (mongo != null) {
            mongo.shutdownNow();
            mongo = null;
        }
    }

    /** Starts an SMTP server on the SMTP port, with an empty mailbox. */
    public synchronized void startSmtp() {
        smtp = new GreenMail(new ServerSetup(config.smtpPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Stops the SMTP server: letters wait in notification-service until it is back. */
    public synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Every topic with 3 partitions up front, so consumers and the outbox agree on partitioning. */
    private void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            for (String topic : Topics.all()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The four contexts start side by side: on two cores that halves the wait. */
    private void startServices() {
        ExecutorService pool = Executors.newFixedThreadPool(services.size());
        try {
            List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
            for (Service service : services) {
                started.add(pool.submit(() -> startService(service)));
            }
            for (int i = 0; i < services.size(); i++) {
                contexts.put(services.get(i).name(), started.get(i).get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A service did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private ConfigurableApplicationContext startService(Service service) {
        // Command-line arguments outrank each service's own configuration file; default properties
        // (SpringApplicationBuilder.properties) would lose against it.
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("server.port", service.port());
        props.put("spring.mongodb.uri", config.externalStore() != null
                ? config.externalStore().replace(Config.DATABASE, service.database())
                : "mongodb://localhost:" + config.mongoPort() + "/" + service.database());
        props.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        props.put("spring.mail.host", "localhost");
        props.put("spring.mail.port", config.smtpPort());
        props.put("spring.main.register-shutdown-hook", false);
        if (service.name().equals("notification-service")) {
            // Letters fetch the citizen's contact details from intake at send time.
            props.put("klachtroute.intake.base-url", "http://localhost:" + config.intakePort());
        }
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(service.application())
                .properties("spring.config.name=" + service.configName()).profiles("local").run(args);
    }

    /** Stops one service (its consumers leave their group); the others keep running. */
    public synchronized void stopService(String name) {
        ConfigurableApplicationContext context = contexts.remove(service(name).name());
        if (context != null) {
            context.close();
        }
    }

    /** Starts a stopped service again on its port; its consumers resume from their committed offsets. */
    public synchronized void startService(String name) {
        Service service = service(name);
        if (!contexts.containsKey(name)) {
            contexts.put(name, startService(service));
        }
    }

    /** Ports and folders of this stack (benchmarks reach the store and the broker directly). */
    public Config config() {
        return config;
    }

    public List<Service> services() {
        return services;
    }

    public Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    public String kafkaBootstrapServers() {
        return config.externalKafka() != null ? config.externalKafka() : kafka.bootstrapServers();
    }

    public URI mailViewer() {
        return URI.create("http://localhost:" + mailViewer.port());
    }

    public synchronized GreenMail smtp() {
        return smtp;
    }

    /**
     * The links to the satisfaction check in the outcome e-mails received so far, by complaint id: what a citizen
     * clicks. The demo data answers through them.
     */
    public Map<String, URI> feedbackLinksInMail() {
        Map<String, URI> links = new HashMap<>();
        for (MimeMessage message : smtp().getReceivedMessages()) {
            String text = MailViewer.readableText(message);
            Matcher link = FEEDBACK_LINK.matcher(text);
            Matcher id = COMPLAINT_ID.matcher(text);
            if (link.find() && id.find()) {
                links.put(id.group(), URI.create(link.group()));
            }
        }
        return links;
    }

    public LocalKafkaBroker kafka() {
        return kafka;
    }

    @Override
    public synchronized void close() {
        List<ConfigurableApplicationContext> running = new ArrayList<>(contexts.values());
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (RuntimeException e) {
                log.warn("Stopping a service failed: {}", e.getMessage());
            }
        }
        contexts.clear();
        if (mailViewer != null) {
            mailViewer.close();
            mailViewer = null;
        }
        stopSmtp();
        stopStore();
        if (config.externalKafka() == null) {
            kafka.stop();
        }
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(argument(args, "--data=", "data")).toAbsolutePath();
        long begin = System.nanoTime();
        LocalStack stack = start(Config.standard(dataDir));
        // One hook for everything, so the services stop before the broker and the store they use.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nKlachtroute local stack stopping...");
            stack.close();
            System.out.println("Stopped.");
        }, "local-stack-stop"));
        System.out.println(banner(stack, Duration.ofNanos(System.nanoTime() - begin)));
        DemoData.startInBackground(DemoData.Mode.of(System.getenv("KLACHTROUTE_DEMO")),
                stack.service("complaint-intake").url(), stack::feedbackLinksInMail, dashboard(stack));
    }

    private static URI dashboard(LocalStack stack) {
        return URI.create(stack.service("analytics-service").url() + "/dashboard");
    }

    private static String argument(String[] args, String prefix, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }

    static String banner(LocalStack stack, Duration took) {
        StringBuilder b = new StringBuilder("\n=== Klachtroute local stack ready in ")
                .append(took.toSeconds()).append(" s ===\n");
        for (Service s : stack.services()) {
            b.append(String.format("  %-21s %s   (health: %s/actuator/health)%n", s.name(), s.url(), s.url()));
        }
        b.append(String.format("  %-21s %s%n", "Inbox page", stack.service("notification-service").url() + "/inbox"));
        b.append(String.format("  %-21s %s   (sign in as an.peters)%n", "Dashboard", dashboard(stack)));
        b.append(String.format("  %-21s %s%n", "Sent e-mail", stack.mailViewer()));
        b.append(String.format("  %-21s %s%n", "Kafka (KRaft)", stack.kafkaBootstrapServers()));
        b.append(String.format("  %-21s mongodb://localhost:%d  (data: %s)%n", "Store", stack.config.mongoPort(),
                stack.config.dataDir()));
        b.append("\nDev users (HTTP Basic, password 'klachtroute'; fictional people):\n");
        StaffDirectory.fictional().all().forEach(m -> b.append(String.format("  %-10s %-16s %s%n", m.id(),
                m.roles(), m.leads().isEmpty() ? "" : "leads " + String.join(", ", m.leads()))));
        b.append("\nStop with Ctrl-C.\n");
        return b.toString();
    }
}
