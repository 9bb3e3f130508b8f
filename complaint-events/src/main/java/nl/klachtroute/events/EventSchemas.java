package nl.klachtroute.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Validates event JSON against the JSON Schema of its type. Producers' tests call it on everything
 * they emit, so a contract break fails the producer's build rather than a consumer in production.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @return the violations, empty when the JSON is a valid event of the given type */
    public static List<String> violations(EventType type, String json) {
        Schema schema = CACHE.computeIfAbsent(type.schemaResource(), EventSchemas::load);
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** Validates JSON whose type is read from its own envelope. */
    public static List<String> violations(String json) {
        EventEnvelope envelope = new EventCodec().decode(json);
        return violations(EventCatalog.byName(envelope.type()).orElseThrow(), json);
    }

    private static Schema load(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema at " + resource);
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
