package nl.klachtroute.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;

/** The local stack's store: unique indexes that order keys as values still find, refuse and survive a restart. */
class IndexedH2BackendTest {

    @TempDir
    Path folder;

    @Test
    void findsDocumentsByIdAndByCompoundUniqueKeysAmongMany() {
        try (Store store = new Store(IndexedH2Backend.inMemory())) {
            MongoCollection<Document> complaints = store.collection();
            complaints.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                documents.add(new Document("_id", "K-2026-" + i).append("version", (long) i % 7).append("i", i));
            }
            complaints.insertMany(documents);

            assertThat(complaints.find(Filters.eq("_id", "K-2026-1234")).first()).containsEntry("i", 1234);
            assertThat(complaints.find(Filters.and(Filters.eq("_id", "K-2026-1234"), Filters.eq("version", 1234L % 7)))
                    .first()).containsEntry("i", 1234);
            assertThat(complaints.find(Filters.and(Filters.eq("_id", "K-2026-1234"), Filters.eq("version", 99L)))
                    .first()).isNull();
            assertThat(complaints.countDocuments()).isEqualTo(2_000);
        }
    }

    @Test
    void refusesASecondDocumentWithTheSameUniqueKey() {
        try (Store store = new Store(IndexedH2Backend.inMemory())) {
            MongoCollection<Document> complaints = store.collection();
            complaints.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
            complaints.insertOne(new Document("_id", UUID.randomUUID().toString()).append("number", 7));

            assertThatThrownBy(() -> complaints.insertOne(new Document("_id", "other").append("number", 7L)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThatThrownBy(() -> complaints.insertOne(new Document("_id", "other").append("number", 7.0)))
                    .isInstanceOf(MongoWriteException.class);
            complaints.insertOne(new Document("_id", "other").append("number", 8));
            assertThat(complaints.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void findsItsDocumentsAndIndexesAgainAfterARestart() {
        String file = folder.resolve(IndexedH2Backend.FILE_NAME).toString();
        try (Store store = new Store(IndexedH2Backend.inFile(file))) {
            store.collection().createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                store.collection().insertOne(new Document("_id", "T-" + i).append("number", i));
            }
        }
        try (Store store = new Store(IndexedH2Backend.inFile(file))) {
            assertThat(store.collection().find(Filters.eq("_id", "T-321")).first()).containsEntry("number", 321);
            assertThatThrownBy(() -> store.collection().insertOne(new Document("_id", "again").append("number", 321)))
                    .isInstanceOf(MongoWriteException.class);
            store.collection().dropIndex("number_1");
            store.collection().insertOne(new Document("_id", "again").append("number", 321));
            assertThat(store.collection().countDocuments(Filters.eq("number", 321))).isEqualTo(2);
        }
    }

    @Test
    void ordersKeysAsValuesElementByElement() {
        assertThat(IndexedH2Backend.KeyOrder.INSTANCE.compare(new KeyValue("a", 2L), new KeyValue("a", 10L))).isNegative();
        assertThat(IndexedH2Backend.KeyOrder.INSTANCE.compare(new KeyValue("b"), new KeyValue("a", 1))).isPositive();
        assertThat(IndexedH2Backend.KeyOrder.INSTANCE.compare(new KeyValue(1), new KeyValue(1.0))).isZero();
        assertThat(IndexedH2Backend.KeyOrder.INSTANCE.compare(new KeyValue("a"), new KeyValue("a", 1))).isNegative();
    }

    /** A server on a free port with a client of the real driver. */
    private static final class Store implements AutoCloseable {
        private final MongoServer server;
        private final MongoClient client;

        Store(IndexedH2Backend backend) {
            server = new MongoServer(backend);
            client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        }

        private static String hostAndPort(java.net.InetSocketAddress address) {
            return address.getHostString() + ":" + address.getPort();
        }

        MongoCollection<Document> collection() {
            return client.getDatabase("klachtroute-test").getCollection("complaints");
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
