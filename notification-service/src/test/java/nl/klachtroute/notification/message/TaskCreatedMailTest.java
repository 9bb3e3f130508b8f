package nl.klachtroute.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.TaskKind;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskId;

class TaskCreatedMailTest {

    static final String INBOX = "http://localhost:8083/inbox";

    static Task hearingTask(LocalDate dueOn) {
        return Task.create(new TaskId("T-1"), "K-2026-000123", TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen",
                dueOn, Instant.parse("2026-05-04T08:00:00Z")).task();
    }

    @Test
    void saysWhatToDoForWhichComplaintByWhenAndWhereInPlainDutch() {
        MailContent mail = TaskCreatedMail.render(hearingTask(LocalDate.of(2026, 5, 20)), "Tom Jansen", INBOX);

        assertThat(mail.template()).isEqualTo("task-created");
        assertThat(mail.templateVersion()).isEqualTo(1);
        assertThat(mail.subject()).isEqualTo(
                "Nieuwe taak voor klacht K-2026-000123: Hoorgesprek houden en Rapport van Bevindingen invullen");
        assertThat(mail.body())
                .startsWith("Beste Tom Jansen,")
                .contains("Wat moet u doen?\nHoorgesprek houden en Rapport van Bevindingen invullen.")
                .contains("Voor welke klacht?\nKlacht K-2026-000123.")
                .contains("Wanneer moet het klaar zijn?\nUiterlijk woensdag 20 mei 2026.")
                .contains("In uw takenlijst: " + INBOX)
                .doesNotContain("{").doesNotContain("null");
    }

    @Test
    void greetsNeutrallyAndSaysThereIsNoDeadlineWhenThatIsUnknown() {
        MailContent mail = TaskCreatedMail.render(hearingTask(null), null, INBOX);

        assertThat(mail.body()).startsWith("Beste collega,").contains("Er is geen uiterste datum.")
                .doesNotContain("null");
    }
}
