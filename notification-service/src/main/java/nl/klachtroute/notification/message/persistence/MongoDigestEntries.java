package nl.klachtroute.notification.message.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.klachtroute.notification.message.DigestEntries;
import nl.klachtroute.notification.message.DigestEntry;
import nl.klachtroute.notification.message.MessageId;

/** Digest notices in MongoDB, one document each; the id makes a repeated notice a no-op. */
@Component
class MongoDigestEntries implements DigestEntries {

    private final MongoOperations mongo;

    MongoDigestEntries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(DigestEntry e) {
        try {
            mongo.insert(new DigestEntryDocument(e.id(), e.recipientId(), e.kind(), e.what(), e.subject(),
                    e.dueOn() == null ? null : e.dueOn().toString(), e.noticedAt(), e.digestId()));
            return true;
        } catch (DuplicateKeyException ex) {
            return false;
        }
    }

    @Override
    public List<DigestEntry> waitingBefore(Instant cutoff) {
        Query query = new Query(where("digestId").is(null).and("noticedAt").lt(cutoff))
                .with(Sort.by("noticedAt", "_id"));
        return mongo.find(query, DigestEntryDocument.class).stream().map(MongoDigestEntries::toEntry).toList();
    }

    @Override
    public void listedIn(Collection<String> entryIds, MessageId digestId) {
        if (entryIds.isEmpty()) {
            return;
        }
        mongo.updateMulti(new Query(where("_id").in(entryIds).and("digestId").is(null)),
                new Update().set("digestId", digestId.value()), DigestEntryDocument.class);
    }

    private static DigestEntry toEntry(DigestEntryDocument d) {
        return new DigestEntry(d.id(), d.recipientId(), d.kind(), d.what(), d.subject(),
                d.dueOn() == null ? null : LocalDate.parse(d.dueOn()), d.noticedAt(), d.digestId());
    }
}
