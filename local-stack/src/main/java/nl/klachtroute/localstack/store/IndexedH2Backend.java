package nl.klachtroute.localstack.store;

import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * mongo-java-server's H2 backend with index keys that compare as values. The stock backend keeps each unique
 * index in an H2 map whose keys H2 can only order by serialising both sides with Java serialisation, on every
 * comparison of every lookup, insert and update: under load that was half of the store's CPU. Here the index
 * maps order their keys with MongoDB's value order instead; keys are still written to disk the same way.
 * <p>
 * The order of the keys on disk differs from the stock backend's, so a store file written by it cannot be
 * opened with this one: {@link #FILE_NAME} is a new name.
 */
public final class IndexedH2Backend extends H2Backend {

    /** The store's file in the data folder (the stock backend's {@code store.mv} is not read). */
    public static final String FILE_NAME = "store-indexed.mv";

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    /**
     * H2's page cache, in MB (its default is 16). A page read from the file is deserialised whole, with Java
     * serialisation; with the default the stack's working set did not fit and reading pages again was a third
     * of the store's CPU.
     */
    static final int CACHE_MB = 128;

    /** A store kept in the given file, found again after a restart. */
    public static IndexedH2Backend inFile(String fileName) {
        return new IndexedH2Backend(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
    }

    /** A store kept in memory only. */
    public static IndexedH2Backend inMemory() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName);
    }

    /**
     * An inner class on purpose: the superclass constructor opens the existing indexes, before any field of a
     * subclass is set, but the reference to the enclosing backend (and so its store) is set before that call.
     */
    private final class IndexedH2Database extends H2Database {

        IndexedH2Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            // The stock backend's map name, so that dropping the index removes this map.
            MVMap<KeyValue, Object> map = getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_"
                    + indexName, new MVMap.Builder<KeyValue, Object>().keyType(KeyOrder.INSTANCE));
            return new OrderedUniqueIndex(map, indexName, keys, sparse);
        }
    }

    /** The stock {@code H2UniqueIndex} (whose constructor is not public) on a map of ordered keys. */
    private static final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        OrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }

    /**
     * Index keys in MongoDB's value order, element by element; anything else as H2 does it. Writing and
     * reading stay H2's (Java serialisation of the key), only the comparison changes.
     */
    static final class KeyOrder extends ObjectDataType {
        static final KeyOrder INSTANCE = new KeyOrder();
        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                return compareKeys(left, right);
            }
            return super.compare(a, b);
        }

        static int compareKeys(KeyValue left, KeyValue right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int order = VALUES.compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
    }
}
