package nl.klachtroute.support.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-memory Mongo-compatible server (real wire protocol, real driver) for tests. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri;

    public EmbeddedMongo() {
        server.bind("localhost", 0);
        this.uri = "mongodb://localhost:" + server.getLocalAddress().getPort() + "/klachtroute";
    }

    /** Use as {@code spring.mongodb.uri}. */
    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
