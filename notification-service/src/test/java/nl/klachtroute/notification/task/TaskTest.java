package nl.klachtroute.notification.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.notification.TaskCompleted;
import nl.klachtroute.events.notification.TaskCreated;
import nl.klachtroute.support.problem.IllegalTransitionException;

class TaskTest {

    static final String COMPLAINT = "K-2026-000123";
    static final LocalDate WEDNESDAY_20_MAY_2026 = LocalDate.of(2026, 5, 20);
    static final Instant CREATED = Instant.parse("2026-05-04T08:00:00Z");
    static final UUID CAUSE = UUID.fromString("0b6f0d6e-6d41-4c8e-9a3a-7f9a2b0c1d2e");

    static Task.Created aHearingTask() {
        return Task.create(TaskId.causedBy(CAUSE, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen"), COMPLAINT,
                TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen", WEDNESDAY_20_MAY_2026, CREATED);
    }

    @Test
    void aNewTaskIsOpenInTheOwnersInboxAndSaysWhatByWhenInDutch() {
        Task.Created created = aHearingTask();

        assertThat(created.task().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(created.task().instruction()).isEqualTo(
                "Hoorgesprek houden en Rapport van Bevindingen invullen voor klacht K-2026-000123 uiterlijk woensdag 20 mei 2026");
        assertThat(created.event()).isEqualTo(new TaskCreated(created.task().id().value(),
                TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen", WEDNESDAY_20_MAY_2026));
    }

    @Test
    void theSameCauseAlwaysGivesTheSameTaskId() {
        TaskId first = TaskId.causedBy(CAUSE, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen");

        assertThat(TaskId.causedBy(CAUSE, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen")).isEqualTo(first);
        assertThat(TaskId.causedBy(CAUSE, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.bakker")).isNotEqualTo(first);
        assertThat(TaskId.causedBy(UUID.randomUUID(), TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen"))
                .isNotEqualTo(first);
        assertThat(first.value()).matches("^T-[0-9a-f-]{36}$");
    }

    @Test
    void completingAnOpenTaskMakesItDoneAndReportsIt() {
        Task task = aHearingTask().task();
        Instant at = Instant.parse("2026-05-18T12:00:00Z");

        TaskCompleted completed = task.complete(at);

        assertThat(completed).isEqualTo(new TaskCompleted(task.id().value(), TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT));
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.completedAt()).isEqualTo(at);
    }

    /** Every (state, command) pair: only OPEN may be completed. */
    @ParameterizedTest
    @EnumSource(TaskStatus.class)
    void completeIsAllowedOnlyWhenOpen(TaskStatus status) {
        Task task = Task.restore(new TaskId("T-1"), COMPLAINT, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen",
                WEDNESDAY_20_MAY_2026, "x", CREATED, status, null, 3L);
        if (status == TaskStatus.OPEN) {
            assertThat(task.complete(CREATED)).isNotNull();
        } else {
            assertThatThrownBy(() -> task.complete(CREATED)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(status.name());
        }
    }

    /** Every (state, command) pair for the hand-over: only an open task moves to someone else. */
    @ParameterizedTest
    @EnumSource(TaskStatus.class)
    void handOverIsAllowedOnlyWhenOpenAndLeavesTheTaskOutOfTheOpenList(TaskStatus status) {
        Task task = Task.restore(new TaskId("T-1"), COMPLAINT, TaskKind.CONTACT_CITIZEN, "sis.lead",
                WEDNESDAY_20_MAY_2026, "x", CREATED, status, null, 3L);
        if (status == TaskStatus.OPEN) {
            assertThat(task.handOver(CREATED)).isEqualTo(new TaskCompleted("T-1", TaskKind.CONTACT_CITIZEN));
            assertThat(task.status()).isEqualTo(TaskStatus.HANDED_OVER);
            assertThat(task.isOverdueOn(WEDNESDAY_20_MAY_2026.plusDays(1))).isFalse();
        } else {
            assertThatThrownBy(() -> task.handOver(CREATED)).isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void anEscalationTellsTheLeadWhoseDeadlinePassed() {
        Task.Created escalation = Task.escalate(new TaskId("T-2"), COMPLAINT, TaskKind.CONTACT_CITIZEN, "sis.lead",
                "h.devries", WEDNESDAY_20_MAY_2026, CREATED);

        assertThat(escalation.task().ownerId()).isEqualTo("sis.lead");
        assertThat(escalation.task().instruction()).isEqualTo("Termijn verlopen op woensdag 20 mei 2026: Contact "
                + "opnemen met de klager voor klacht K-2026-000123 (taak van h.devries). Zorg dat het zo snel mogelijk gebeurt");
        assertThat(escalation.event().ownerId()).isEqualTo("sis.lead");
    }

    @Test
    void anOpenTaskIsOverdueFromTheDayAfterItsDueDate() {
        Task task = aHearingTask().task();

        assertThat(task.isOverdueOn(WEDNESDAY_20_MAY_2026.minusDays(1))).isFalse();
        assertThat(task.isOverdueOn(WEDNESDAY_20_MAY_2026)).as("the due date itself is still on time").isFalse();
        assertThat(task.isOverdueOn(WEDNESDAY_20_MAY_2026.plusDays(1))).isTrue();
        task.complete(CREATED);
        assertThat(task.isOverdueOn(WEDNESDAY_20_MAY_2026.plusDays(1))).as("done is never overdue").isFalse();
    }

    @ParameterizedTest
    @EnumSource(TaskKind.class)
    void everyKindOfTaskHasADutchInstructionNamingOnlyTheComplaint(TaskKind kind) {
        String instruction = TaskInstructions.describe(kind, COMPLAINT, WEDNESDAY_20_MAY_2026);

        assertThat(instruction).contains("klacht K-2026-000123").endsWith("uiterlijk woensdag 20 mei 2026");
        assertThat(TaskInstructions.describe(kind, COMPLAINT, null)).doesNotContain("uiterlijk").doesNotContain("null");
    }

    @Test
    void aSignalTaskIsAboutAScopeNotAComplaintAndGivesTheEvidence() {
        PatternSignal signal = new PatternSignal("S-1", SignalKind.RISING_ABOVE_BASELINE, "Werk", null,
                Category.RE_INTEGRATIETRAJECT, "2026-Q2", 9, 3.0);

        Task.Created created = Task.reviewSignal(TaskId.forSignal("S-1"), signal, "am.visser", WEDNESDAY_20_MAY_2026,
                CREATED);

        assertThat(created.task().complaintId()).isNull();
        assertThat(created.task().scope()).isEqualTo("afdeling Werk, categorie re-integratietraject, 2026-Q2");
        assertThat(created.task().subject()).isEqualTo(created.task().scope());
        assertThat(created.task().instruction()).isEqualTo("Signaal uit de klachtcijfers bekijken. Er komen veel "
                + "meer klachten binnen dan normaal. Het gaat om: afdeling Werk, categorie re-integratietraject, "
                + "2026-Q2. In 2026-Q2: 9 klachten, normaal gemiddeld 3. Bekijk de cijfers en bepaal wat er moet "
                + "gebeuren, uiterlijk woensdag 20 mei 2026");
        assertThat(created.event()).isEqualTo(new TaskCreated(created.task().id().value(),
                TaskKind.REVIEW_PATTERN_SIGNAL, "am.visser", WEDNESDAY_20_MAY_2026));
    }

    @Test
    void theSameSignalAlwaysHasTheSameTaskAndASignalWithoutScopeConcernsAllDepartments() {
        assertThat(TaskId.forSignal("S-1")).isEqualTo(TaskId.forSignal("S-1")).isNotEqualTo(TaskId.forSignal("S-2"));
        PatternSignal everywhere = new PatternSignal("S-3", SignalKind.REPEAT_COMPLAINANT, " ", null, null, null, 5,
                1);
        assertThat(everywhere.scope()).isEqualTo("alle afdelingen");
        assertThat(TaskInstructions.reviewSignal(everywhere, null)).isEqualTo("Signaal uit de klachtcijfers bekijken. "
                + "Dezelfde mensen klagen opvallend vaak opnieuw. Het gaat om: alle afdelingen. Aantal: 5 klachten, "
                + "normaal gemiddeld 1. Bekijk de cijfers en bepaal wat er moet gebeuren");
    }
}
