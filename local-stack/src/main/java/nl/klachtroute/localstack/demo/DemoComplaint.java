package nl.klachtroute.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.Judgement;

/**
 * One fictional complaint of the demo history: what is registered, the commands a handler gives afterwards
 * (in order), and what that should add up to, so a test can compare the plan with what analytics counts.
 *
 * @param number     position in the plan; also the idempotency key of the registration
 * @param contactedOn day of the first contact, null when not contacted (yet)
 * @param closedOn   day of the outcome letter, null when not closed with a judgement
 * @param feedback   the citizen's answer to the satisfaction check linked from the outcome e-mail, null when the
 *                   citizen does not answer
 */
public record DemoComplaint(int number, LocalDate receivedOn, Channel channel, String department, String team,
        Category category, DemoPlan.Person complainant, String description, List<String> employeesConcerned,
        List<Step> steps, Ending ending, LocalDate contactedOn, boolean contactedLate, LocalDate closedOn,
        Judgement judgement, boolean closedInTime, boolean postponed, Feedback feedback) {

    /** How the complaint stands at the end of the plan. */
    public enum Ending {
        OPEN, CLOSED, REFERRED_TO_OMBUDSMAN, RESOLVED_INFORMALLY, NOT_HANDLED, WITHDRAWN
    }

    /**
     * An answer on the public feedback page, as its form sends it.
     *
     * @param unhappy whether the handler gets a follow-up task for it (satisfaction 1-2 or no respect, or a wish
     *                to talk)
     */
    public record Feedback(String form, boolean unhappy) {
    }

    /** {@code POST /api/complaints/{id}/{command}} with a JSON body. */
    public record Step(String command, String json) {
    }

    /** The registration body of {@code POST /api/complaints}. */
    public String registration() {
        StringBuilder who = new StringBuilder("{\"name\": \"").append(complainant.name()).append('"');
        if (complainant.address() != null) {
            who.append(", \"address\": \"").append(complainant.address()).append('"');
        }
        if (complainant.email() != null) {
            who.append(", \"email\": \"").append(complainant.email()).append('"');
        }
        if (complainant.phone() != null) {
            who.append(", \"phone\": \"").append(complainant.phone()).append('"');
        }
        who.append('}');
        String employees = employeesConcerned.isEmpty() ? "[]"
                : "[\"" + String.join("\", \"", employeesConcerned) + "\"]";
        return ("{\"receivedOn\": \"%s\", \"channel\": \"%s\", \"complainant\": %s, \"conductDate\": \"%s\", "
                + "\"department\": \"%s\", \"team\": \"%s\", \"category\": \"%s\", \"description\": \"%s\", "
                + "\"employeesConcerned\": %s}").formatted(receivedOn, channel, who, receivedOn, department, team,
                        category, description, employees);
    }

    /** Collects what {@link DemoPlan} decides for one complaint. */
    static final class Builder {
        private final int number;
        private final LocalDate receivedOn;
        private final Channel channel;
        private final String department;
        private final String team;
        private final Category category;
        private final DemoPlan.Person complainant;
        private final String description;
        private final List<String> employees;
        private final List<Step> steps = new ArrayList<>();
        private LocalDate contactedOn;
        private boolean contactedLate;
        private LocalDate closedOn;
        private Judgement judgement;
        private boolean closedInTime;
        private boolean postponed;
        private Feedback feedback;

        Builder(int number, LocalDate receivedOn, Channel channel, String department, String team, Category category,
                DemoPlan.Person complainant, String description, List<String> employees) {
            this.number = number;
            this.receivedOn = receivedOn;
            this.channel = channel;
            this.department = department;
            this.team = team;
            this.category = category;
            this.complainant = complainant;
            this.description = description;
            this.employees = employees;
        }

        int number() {
            return number;
        }

        /** Where the outcome e-mail goes; null when the complaint was registered without an address. */
        String email() {
            return complainant.email();
        }

        void step(String command, String json) {
            steps.add(new Step(command, json));
        }

        void contacted(LocalDate on, boolean late) {
            this.contactedOn = on;
            this.contactedLate = late;
        }

        void closed(LocalDate on, Judgement judgement, boolean inTime) {
            this.closedOn = on;
            this.judgement = judgement;
            this.closedInTime = inTime;
        }

        void postponed() {
            this.postponed = true;
        }

        void feedback(Feedback answer) {
            this.feedback = answer;
        }

        DemoComplaint build(Ending ending) {
            return new DemoComplaint(number, receivedOn, channel, department, team, category, complainant, description,
                    employees, List.copyOf(steps), ending, contactedOn, contactedLate, closedOn, judgement, closedInTime,
                    postponed, feedback);
        }
    }
}
