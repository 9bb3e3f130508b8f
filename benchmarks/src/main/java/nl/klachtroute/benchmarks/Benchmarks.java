package nl.klachtroute.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.utils.AppInfoParser;
import org.springframework.boot.SpringBootVersion;

import com.mongodb.client.MongoClient;

import nl.klachtroute.localstack.LocalStack;

/**
 * Runs every benchmark of issue 8 against a local stack it starts itself, and writes
 * {@code results/latest.json} and {@code results/latest.md} (benchmarks/README.md).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Arguments {@code --bench.<name>=<value>} set what {@link Settings} reads (as do system properties). */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            if (arg.startsWith("--bench.") && arg.contains("=")) {
                System.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        Settings settings = Settings.fromSystemProperties();
        Instant startedAt = Instant.now();
        Path data = Files.createTempDirectory("klachtroute-benchmarks");
        Results results = new Results(machine(), versions(), settings, startedAt);
        System.out.println("Klachtroute benchmarks; settings " + settings.asMap());
        try (MemorySampler memory = new MemorySampler()) {
            long begin = System.nanoTime();
            try (LocalStack stack = LocalStack.start(LocalStack.Config.freePorts(data, true));
                    Bench bench = new Bench(stack, settings)) {
                // Ctrl-C stops the broker's child process too.
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "benchmarks-stop"));
                results.add(new Figure("local stack ready", "s", List.of((System.nanoTime() - begin) / 1e9),
                        Figure.Target.below(45)));
                History history = new History(stack.kafkaBootstrapServers());
                if (settings.runs("intake")) {
                    new IntakeBenchmark(bench).run(results);
                }
                if (settings.runs("endToEnd")) {
                    new EndToEndBenchmark(bench).run(results);
                }
                if (settings.runs("replay")) {
                    new ReplayBenchmark(bench, history).run(results);
                }
                if (settings.runs("dashboard")) {
                    new DashboardBenchmark(bench, history).run(results);
                }
                results.add(new Figure("memory peak RSS (stack + broker + benchmark clients)", "MB",
                        List.of(memory.peakMb()), Figure.Target.below(2048)));
            }
        }
        results.note("one JVM runs the four services, the store and the benchmark's clients (JVM settings: "
                + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
                + "); the Kafka broker runs in a child JVM");
        Path folder = Path.of("results");
        results.write(folder, Instant.now());
        System.out.println("\nWritten: " + folder.toAbsolutePath().resolve("latest.json") + " and latest.md");
        System.exit(0);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", cpuModel());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memoryTotal());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return machine;
    }

    private static Map<String, Object> versions() {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("klachtroute", gitCommit());
        versions.put("spring-boot", SpringBootVersion.getVersion());
        versions.put("kafka", AppInfoParser.getVersion());
        versions.put("mongodb-driver", versionOf(MongoClient.class));
        versions.put("store", "mongo-java-server " + versionOf(de.bwaldvogel.mongo.MongoServer.class) + " (H2 backend)");
        return versions;
    }

    /** The manifest's version, or else the one in the jar's file name ({@code name-1.2.3.jar}). */
    static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try {
            String jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName()
                    .toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d[\\w.-]*)\\.jar$").matcher(jar);
            return m.find() ? m.group(1) : "unknown";
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The commit the benchmarks ran on, marked when the working tree had changes. */
    private static String gitCommit() {
        try {
            Process head = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true)
                    .start();
            String described = new String(head.getInputStream().readAllBytes()).trim();
            return head.waitFor() == 0 ? described : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memoryTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
