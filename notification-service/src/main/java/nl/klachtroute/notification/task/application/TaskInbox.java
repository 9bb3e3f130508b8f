package nl.klachtroute.notification.task.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

import nl.klachtroute.notification.task.TaskFilter;
import nl.klachtroute.notification.task.TaskPage;
import nl.klachtroute.notification.task.TaskStatus;
import nl.klachtroute.notification.task.Tasks;
import nl.klachtroute.support.problem.AccessRefusedException;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * A person's inbox (takenlijst). Nobody sees another person's tasks, except that person's lead.
 */
@Service
public class TaskInbox {

    /** Due dates are days in Amsterdam: a task due today is overdue from tomorrow, Amsterdam time. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Tasks tasks;
    private final StaffDirectory staff;
    private final Clock clock;

    public TaskInbox(Tasks tasks, StaffDirectory staff, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * @param owner whose inbox; null for the caller's own
     * @throws AccessRefusedException when the caller is neither the owner nor the owner's lead
     */
    public TaskPage list(StaffMember caller, String owner, TaskStatus status, LocalDate dueBefore, boolean overdue,
            int page, int size) {
        String whose = owner == null || owner.isBlank() ? caller.id() : owner;
        if (!whose.equals(caller.id()) && !staff.isLeadOf(caller.id(), whose)) {
            throw new AccessRefusedException("Only " + whose + " and their lead may see these tasks");
        }
        return tasks.search(new TaskFilter(whose, status, dueBefore, overdue ? today() : null, page, size));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(AMSTERDAM));
    }
}
