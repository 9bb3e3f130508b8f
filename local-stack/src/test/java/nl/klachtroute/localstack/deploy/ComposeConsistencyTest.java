package nl.klachtroute.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import nl.klachtroute.events.Topics;

/**
 * The production-like deployment ({@code docker-compose.yml}) agrees with the services' own configuration.
 * No Docker engine runs on our build machines, so this is what keeps the two from drifting apart: ports,
 * the environment each service's {@code docker} profile reads, the topics, the images' user and health
 * checks, and Prometheus' targets.
 */
class ComposeConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Object> COMPOSE = load(ROOT.resolve("docker-compose.yml"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    record Service(String name, int port) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Service> services() {
        return Stream.of(new Service("complaint-intake", 8081), new Service("findings-report", 8082),
                new Service("notification-service", 8083), new Service("analytics-service", 8084));
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceIsBuiltFromItsModuleAndPublishesThePortItListensOn(Service service) {
        Map<String, Object> compose = composeService(service.name());
        List<Map<String, Object>> config = serviceConfig(service.name());

        assertThat(compose.get("build")).isEqualTo("./" + service.name());
        assertThat(at(config.get(0), "server.port")).isEqualTo(service.port());
        assertThat(list(compose.get("ports"))).contains(service.port() + ":" + service.port());
        assertThat(compose.get("mem_limit")).as("memory limit").isNotNull();
        assertThat(list(compose.get("depends_on") instanceof Map<?, ?> deps ? new ArrayList<>(deps.keySet()) : null))
                .contains("kafka-init", "mongo", "keycloak");
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyVariableTheDockerProfileReadsIsSetAndTheProfileIsActive(Service service) {
        Map<String, Object> environment = map(composeService(service.name()).get("environment"));
        Map<String, Object> docker = serviceConfig(service.name()).stream()
                .filter(doc -> "docker".equals(at(doc, "spring.config.activate.on-profile"))).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no docker profile"));

        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("docker");
        Set<String> read = new LinkedHashSet<>();
        Matcher placeholders = PLACEHOLDER.matcher(new Yaml().dump(docker));
        while (placeholders.find()) {
            read.add(placeholders.group(1));
        }
        assertThat(read).contains("SPRING_MONGODB_URI", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "OIDC_ISSUER_URI",
                "KLACHTROUTE_PSEUDONYM_KEY");
        assertThat(environment).containsKeys(read.toArray(String[]::new));
        assertThat(String.valueOf(environment.get("SPRING_MONGODB_URI"))).startsWith("mongodb://mongo:27017/")
                .contains("replicaSet=rs0");
        assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
    }

    @Test
    void secretsComeOnlyFromTheEnvironmentAndAreRequired() throws IOException {
        String text = Files.readString(ROOT.resolve("docker-compose.yml"));
        for (String secret : List.of("KLACHTROUTE_PSEUDONYM_KEY", "KEYCLOAK_ADMIN_PASSWORD", "GRAFANA_ADMIN_PASSWORD",
                "KLACHTROUTE_INTAKE_CLIENT_SECRET")) {
            assertThat(text).contains("${" + secret + ":?");
        }
    }

    @Test
    void everyTopicAndDeadLetterTopicTheServicesUseIsCreatedUpFrontWithThreePartitions() {
        String init = String.join(" ", list(composeService("kafka-init").get("command")));
        Set<String> topics = new LinkedHashSet<>(List.of(Topics.COMPLAINT, Topics.FINDINGS, Topics.NOTIFICATION,
                Topics.ANALYTICS));
        services().forEach(s -> serviceConfig(s.name()).forEach(doc -> collectTopics(doc, topics)));

        assertThat(topics).hasSizeGreaterThan(4);
        assertThat(init).contains(topics.toArray(String[]::new)).contains("--partitions 3");
        assertThat(map(composeService("kafka").get("environment")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))
                .isEqualTo("false");
        assertThat(list(composeService("mongo").get("command"))).containsSequence("--replSet", "rs0");
        assertThat(String.join(" ", list(map(composeService("mongo").get("healthcheck")).get("test"))))
                .contains("rs.initiate");
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachImageRunsAsAnOrdinaryUserAndChecksItsOwnHealth(Service service) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(service.name()).resolve("Dockerfile"));

        assertThat(dockerfile).containsPattern("(?m)^USER (?!root|0)\\S+");
        assertThat(dockerfile).contains("HEALTHCHECK").contains("/dev/tcp/127.0.0.1/" + service.port())
                .contains("/actuator/health");
        assertThat(dockerfile).contains("COPY target/*-exec.jar");
    }

    @ParameterizedTest
    @MethodSource("services")
    void prometheusScrapesEveryServiceWhichExposesItsMetrics(Service service) {
        Map<String, Object> prometheus = load(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        Map<String, Object> job = ((List<?>) prometheus.get("scrape_configs")).stream().map(ComposeConsistencyTest::map)
                .filter(j -> service.name().equals(j.get("job_name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no scrape job for " + service));

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(new Yaml().dump(job.get("static_configs"))).contains(service.name() + ":" + service.port());
        assertThat(String.valueOf(at(serviceConfig(service.name()).get(0), "management.endpoints.web.exposure.include")))
                .contains("prometheus").contains("health");
    }

    @Test
    void theOidcRealmDefinesEveryRoleTheServicesKnowAndPutsThemInTheRolesClaim() throws IOException {
        String realm = Files.readString(ROOT.resolve("deploy/keycloak/klachtroute-realm.json"));
        for (nl.klachtroute.support.security.Role role : nl.klachtroute.support.security.Role.values()) {
            assertThat(realm).contains("\"name\": \"" + role.name() + "\"");
        }
        assertThat(realm).contains("\"claim.name\": \"roles\"").contains("\"realm\": \"klachtroute\"");
        assertThat(map(composeService("complaint-intake").get("environment")).get("OIDC_ISSUER_URI"))
                .isEqualTo("http://keycloak:8080/realms/klachtroute");
    }

    @Test
    void notificationServiceReadsComplaintsWithItsOwnConfidentialClientAndTheSecretReachesBothSides() {
        Map<String, Object> realm = load(ROOT.resolve("deploy/keycloak/klachtroute-realm.json"));
        Map<String, Object> client = ((List<?>) realm.get("clients")).stream().map(ComposeConsistencyTest::map)
                .filter(c -> "notification-service".equals(c.get("clientId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no client for notification-service"));
        Map<String, Object> account = ((List<?>) realm.get("users")).stream().map(ComposeConsistencyTest::map)
                .filter(u -> "notification-service".equals(u.get("serviceAccountClientId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no service account for notification-service"));
        Map<String, Object> docker = serviceConfig("notification-service").stream()
                .filter(doc -> "docker".equals(at(doc, "spring.config.activate.on-profile"))).findFirst().orElseThrow();
        Map<String, Object> notification = map(composeService("notification-service").get("environment"));

        assertThat(client).containsEntry("publicClient", false).containsEntry("serviceAccountsEnabled", true)
                .containsEntry("secret", "${KLACHTROUTE_INTAKE_CLIENT_SECRET}");
        assertThat(list(account.get("realmRoles"))).as("reads complaints as a handler").containsExactly("HANDLER");
        assertThat(map(composeService("keycloak").get("environment"))).containsKey("KLACHTROUTE_INTAKE_CLIENT_SECRET");
        assertThat(notification).containsEntry("KLACHTROUTE_INTAKE_CLIENT_ID", "notification-service")
                .containsKey("KLACHTROUTE_INTAKE_CLIENT_SECRET");
        assertThat(at(docker, "klachtroute.intake.token-uri"))
                .isEqualTo("${OIDC_ISSUER_URI}/protocol/openid-connect/token");
    }

    @Test
    void grafanaHasTheOperatorsDashboard() throws IOException {
        String dashboard = Files.readString(ROOT.resolve("deploy/grafana/dashboards/klachtroute.json"));
        assertThat(dashboard).contains("klachtroute_outbox_published_total", "http_server_requests_seconds_bucket",
                "klachtroute_deadline_alerts_total", "records_lag_max", "klachtroute_deadletters",
                "resilience4j_circuitbreaker_state");
    }

    private static void collectTopics(Object node, Set<String> topics) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (("destination".equals(k) || "dlq-name".equals(k)) && v instanceof String s && s.startsWith("klachtroute.")) {
                    topics.add(s);
                }
                collectTopics(v, topics);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectTopics(v, topics));
        }
    }

    private static Map<String, Object> composeService(String name) {
        Map<String, Object> service = map(map(COMPOSE.get("services")).get(name));
        assertThat(service).as("compose service " + name).isNotNull();
        return service;
    }

    /** The documents of the service's own configuration file (first: the defaults; then the profiles). */
    private static List<Map<String, Object>> serviceConfig(String name) {
        try (InputStream in = ComposeConsistencyTest.class.getResourceAsStream("/" + name + ".yml")) {
            assertThat(in).as(name + ".yml on the class path").isNotNull();
            List<Map<String, Object>> docs = new ArrayList<>();
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in).forEach(doc -> docs.add(map(doc)));
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object at(Map<String, Object> doc, String dottedPath) {
        Object node = doc;
        for (String part : dottedPath.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(part);
        }
        return node;
    }

    private static Map<String, Object> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object node) {
        return node == null ? List.of() : ((List<Object>) node).stream().map(String::valueOf).toList();
    }
}
