package nl.klachtroute.support.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) in a child JVM started from
 * this JVM's class path, which must hold the Kafka server jars ({@code kafka_2.13}). Used by the local
 * stack on a fixed port and by tests that stop and restart the broker. Its data survive a restart of
 * the broker when the same data folder is used.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public LocalKafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker on free ports in a fresh temporary folder. */
    public static LocalKafkaBroker onFreePorts() {
        try {
            return new LocalKafkaBroker(Files.createTempDirectory("kafka-"), freePort(), freePort()).stopOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    public synchronized LocalKafkaBroker start(Duration timeout) {
        if (isRunning()) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig();
            Path logs = dataDir.resolve("kafka-logs");
            if (!Files.exists(logs.resolve("meta.properties"))) {
                run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString(),
                        "--ignore-formatted"), timeout);
            }
            process = javaProcess(List.of("kafka.Kafka", config.toString()), "kafka.log").start();
            awaitReady(timeout);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the broker when this JVM exits, for owners that have no ordered shutdown of their own
     * (tests). The local stack stops it itself, after the services, so they can leave their groups.
     */
    public LocalKafkaBroker stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "kafka-broker-stop"));
        return this;
    }

    /** Controlled shutdown; kills the broker if it does not stop in time. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeConfig() throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("kafka-logs").toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        Path file = dataDir.resolve("server.properties");
        try (var out = Files.newOutputStream(file)) {
            p.store(out, "Local KRaft broker of Klachtroute");
        }
        Path logback = dataDir.resolve("logback-kafka.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="out"/></root>
                </configuration>
                """);
        return file;
    }

    private String clusterId() throws IOException {
        Path idFile = dataDir.resolve("cluster.id");
        if (Files.exists(idFile)) {
            return Files.readString(idFile).trim();
        }
        // Kafka's own generator: it never starts an id with '-', which the storage tool would read as an option.
        String id = org.apache.kafka.common.Uuid.randomUuid().toString();
        Files.writeString(idFile, id);
        return id;
    }

    private void run(List<String> args, Duration timeout) throws IOException {
        Process tool = javaProcess(args, "kafka-format.log").start();
        try {
            if (!tool.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || tool.exitValue() != 0) {
                tool.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage failed, see " + dataDir.resolve("kafka-format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder javaProcess(List<String> args, String logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms64m");
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Dlogback.configurationFile=" + dataDir.resolve("logback-kafka.xml"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve(logFile).toFile()));
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited, see " + dataDir.resolve("kafka.log"));
            }
            if (portOpen() && clusterAnswers()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("Kafka broker not ready within " + timeout + ", see " + dataDir.resolve("kafka.log"));
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean clusterAnswers() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
