package nl.klachtroute.events;

/** One entry of the catalogue: logical name, schema version, Java type and topic. */
public record EventType(String name, int version, Class<? extends DomainEvent> javaType, String topic) {

    /** Classpath location of the JSON Schema that describes the whole envelope with this payload. */
    public String schemaResource() {
        return "/schemas/" + name + ".v" + version + ".schema.json";
    }
}
