package nl.klachtroute.notification.task.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskFilter;
import nl.klachtroute.notification.task.TaskId;
import nl.klachtroute.notification.task.TaskPage;
import nl.klachtroute.notification.task.TaskStatus;
import nl.klachtroute.notification.task.Tasks;
import nl.klachtroute.support.outbox.PendingEvent;

/** Tasks in MongoDB: state and pending events in one document, written with one atomic save. */
@Component
class MongoTasks implements Tasks {

    private final MongoOperations mongo;

    MongoTasks(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return Optional.ofNullable(mongo.findById(id.value(), TaskDocument.class)).map(MongoTasks::toTask);
    }

    @Override
    public boolean add(Task task, List<EventEnvelope> events) {
        try {
            mongo.insert(toDocument(task, null, PendingEvent.of(events)));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void update(Task task, List<EventEnvelope> events) {
        TaskDocument stored = mongo.findById(task.id().value(), TaskDocument.class);
        if (stored == null || !stored.version().equals(task.version())) {
            throw new OptimisticLockingFailureException("Task " + task.id() + " changed since it was read");
        }
        // Events of an earlier write may still wait for the relay: they stay, the new ones queue behind them.
        List<PendingEvent> outbox = new ArrayList<>(stored.outbox() == null ? List.of() : stored.outbox());
        outbox.addAll(PendingEvent.of(events));
        mongo.save(toDocument(task, task.version(), outbox));
    }

    @Override
    public List<Task> openFor(String complaintId, TaskKind kind) {
        Query query = new Query(where("complaintId").is(complaintId).and("kind").is(kind).and("status")
                .is(TaskStatus.OPEN)).with(Sort.by("createdAt"));
        return mongo.find(query, TaskDocument.class).stream().map(MongoTasks::toTask).toList();
    }

    @Override
    public List<Task> openFor(String complaintId) {
        Query query = new Query(where("complaintId").is(complaintId).and("status").is(TaskStatus.OPEN))
                .with(Sort.by("createdAt"));
        return mongo.find(query, TaskDocument.class).stream().map(MongoTasks::toTask).toList();
    }

    @Override
    public long eraseNotes(String complaintId, String placeholder) {
        // The version moves on, so a concurrent save of an older copy fails instead of bringing the words back.
        Query withWords = new Query(where("complaintId").is(complaintId).and("note").nin(null, placeholder));
        return mongo.updateMulti(withWords, new Update().set("note", placeholder).inc("version", 1),
                TaskDocument.class).getModifiedCount();
    }

    @Override
    public TaskPage search(TaskFilter filter) {
        Criteria criteria = where("ownerId").is(filter.ownerId());
        TaskStatus status = filter.status();
        if (filter.overdueOn() != null) {
            if (status != null && status != TaskStatus.OPEN) {
                return new TaskPage(List.of(), 0);
            }
            status = TaskStatus.OPEN;
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        LocalDate dueBefore = earliest(filter.dueBefore(), filter.overdueOn());
        if (dueBefore != null) {
            criteria = criteria.and("dueOn").lt(dueBefore.toString());
        }
        long total = mongo.count(new Query(criteria), TaskDocument.class);
        Query page = new Query(criteria)
                .with(Sort.by("dueKey", "createdAt", "_id"))
                .skip((long) filter.page() * filter.size())
                .limit(filter.size());
        return new TaskPage(mongo.find(page, TaskDocument.class).stream().map(MongoTasks::toTask).toList(), total);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static TaskDocument toDocument(Task task, Long version, List<PendingEvent> outbox) {
        String dueOn = task.dueOn() == null ? null : task.dueOn().toString();
        return new TaskDocument(task.id().value(), version, task.complaintId(), task.scope(), task.kind(), task.ownerId(), dueOn,
                dueOn == null ? TaskDocument.NO_DUE_DATE : dueOn, task.instruction(), task.note(), task.createdAt(),
                task.status(),
                task.completedAt(), outbox);
    }

    private static Task toTask(TaskDocument d) {
        return Task.restore(new TaskId(d.id()), d.complaintId(), d.scope(), d.kind(), d.ownerId(),
                d.dueOn() == null ? null : LocalDate.parse(d.dueOn()), d.instruction(), d.note(), d.createdAt(), d.status(),
                d.completedAt(), d.version());
    }
}
