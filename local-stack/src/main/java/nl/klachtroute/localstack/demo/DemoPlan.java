package nl.klachtroute.localstack.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.Route;
import nl.klachtroute.support.calendar.WorkingDayCalendar;

/**
 * A realistic history of fictional complaints about WPI, ending today: about 40 a month with the seasons
 * (more after the summer and in January, fewer in July), Inkomen as the largest department, some late
 * contacts and late closures, a few citizens who complain more than once, and one team (Inkomen West)
 * whose complaints, many about conduct, rise sharply in the last three months while its contact on time
 * drops. Complaints of the last weeks are still open at every step, so the inboxes are alive too. Three in
 * five citizens who got an outcome e-mail in the last six weeks answer the satisfaction check linked from it
 * (those the complaint went against mostly less content), so the feedback figures (enough answers to pass the
 * small-cell threshold) and the handlers' follow-up tasks have something to show.
 * <p>
 * Every complaint is a list of API calls a handler would make ({@link DemoComplaint#steps()}); dates of
 * steps taken in the past are given explicitly, as a handler records them from the file. The plan is
 * deterministic for a given seed and day.
 */
public final class DemoPlan {

    /** The team that rises above its own baseline in the last three months. */
    public static final String RISING_TEAM = "Inkomen West";
    static final int RISE_DAYS = 90;
    /** How far back an outcome e-mail can be for the citizen to answer its satisfaction check in the demo. */
    static final int FEEDBACK_DAYS = 42;

    private static final double[] SEASON = { 1.3, 1.1, 1.0, 0.9, 0.9, 0.8, 0.6, 0.7, 1.2, 1.1, 1.1, 0.8 };
    private static final String[][] TEAMS = {
            { "Inkomen", "Inkomen Zuid", "Inkomen West", "Inkomen Oost" },
            { "Activering", "Activering Noord", "Activering Zuid" },
            { "Intake", "Intake Centrum", "Intake Nieuw-West" },
            { "Werk", "Werk Noord", "Werk Oost" } };
    private static final double[] DEPARTMENT_WEIGHTS = { 0.40, 0.25, 0.20, 0.15 };
    private static final Category[] CATEGORIES = Category.values();
    private static final double[] CATEGORY_WEIGHTS = { 18, 4, 14, 12, 16, 10, 7, 3, 10, 2, 4 };
    private static final Channel[] CHANNELS = { Channel.EMAIL, Channel.WEB_FORM, Channel.PHONE, Channel.LETTER,
            Channel.COUNTER };
    private static final double[] CHANNEL_WEIGHTS = { 35, 30, 20, 10, 5 };
    private static final String[] HANDLERS = { "h.devries", "h.smit", "sis.lead" };
    private static final String[] FIRST_NAMES = { "Fenna", "Jan", "Noor", "Bram", "Sanne", "Mohamed", "Eva", "Daan",
            "Fatima", "Lucas", "Anouk", "Yusuf", "Lotte", "Kees", "Iris", "Omar", "Mila", "Sem", "Aylin", "Ruben" };
    private static final String[] SURNAMES = { "Fictief", "Voorbeeld", "Verzonnen", "Denkbeeld", "Proefmans",
            "Testhuis", "Bedacht", "Schijnvast", "Modelman", "Oefenberg" };

    private final LocalDate today;
    private final int months;
    private final double perMonth;
    private final WorkingDayCalendar calendar;

    /**
     * @param today    the last day of the history
     * @param months   how far back it starts
     * @param perMonth complaints in an average month
     * @param calendar working days, for the contact term
     */
    public DemoPlan(LocalDate today, int months, double perMonth, WorkingDayCalendar calendar) {
        this.today = today;
        this.months = months;
        this.perMonth = perMonth;
        this.calendar = calendar;
    }

    /** The complaints, oldest first. */
    public List<DemoComplaint> complaints(long seed) {
        Random random = new Random(seed);
        List<DemoComplaint> result = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        LocalDate start = today.minusMonths(months);
        int number = 0;
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            // Complaints arrive on working days; post and web forms of the weekend are counted on Monday's pile.
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            double expected = perMonth / 21.0 * SEASON[day.getMonthValue() - 1];
            int arriving = poisson(random, expected);
            for (int i = 0; i < arriving; i++) {
                result.add(complaint(++number, day, random, people));
            }
            if (ChronoUnit.DAYS.between(day, today) < RISE_DAYS) {
                // The rising team: about three times its usual share on top of the ordinary flow.
                int extra = poisson(random, expected * 0.40 * 0.33 * 2);
                for (int i = 0; i < extra; i++) {
                    result.add(risingTeamComplaint(++number, day, random, people));
                }
            }
        }
        return result;
    }

    private DemoComplaint complaint(int number, LocalDate receivedOn, Random random, List<Person> people) {
        String[] department = TEAMS[pick(random, DEPARTMENT_WEIGHTS)];
        String team = department[1 + random.nextInt(department.length - 1)];
        Category category = CATEGORIES[pick(random, CATEGORY_WEIGHTS)];
        return build(number, receivedOn, department[0], team, category, random, people);
    }

    private DemoComplaint risingTeamComplaint(int number, LocalDate receivedOn, Random random, List<Person> people) {
        Category category = random.nextDouble() < 0.55 ? Category.BEJEGENING
                : random.nextDouble() < 0.3 ? Category.ERVAREN_DISCRIMINATIE : CATEGORIES[pick(random, CATEGORY_WEIGHTS)];
        return build(number, receivedOn, "Inkomen", RISING_TEAM, category, random, people);
    }

    private DemoComplaint build(int number, LocalDate receivedOn, String department, String team, Category category,
            Random random, List<Person> people) {
        Channel channel = CHANNELS[pick(random, CHANNEL_WEIGHTS)];
        Person person = person(random, people);
        boolean written = channel != Channel.PHONE && channel != Channel.COUNTER;
        // A written complaint usually has all Awb 9:4 details; an oral one often lacks the address.
        Person registered = written && random.nextDouble() < 0.9 ? person
                : new Person(person.name(), null, random.nextBoolean() ? person.email() : null, person.phone());
        List<String> employees = category.route() == Route.BEJEGENING
                ? List.of("mw." + team.toLowerCase().replaceAll("[^a-z]", "") + "." + (1 + random.nextInt(6)))
                : List.of();
        String description = DESCRIPTIONS[category.ordinal()];
        long age = ChronoUnit.DAYS.between(receivedOn, today);
        boolean rising = RISING_TEAM.equals(team) && age < RISE_DAYS;

        DemoComplaint.Builder b = new DemoComplaint.Builder(number, receivedOn, channel, department, team, category,
                registered, description, employees);
        // Acknowledged the same or the next working day; a complaint of today may still wait.
        if (age <= 2 && random.nextBoolean()) {
            return b.build(DemoComplaint.Ending.OPEN);
        }
        LocalDate acknowledged = notAfterToday(age == 0 ? receivedOn : calendar.nthWorkingDayAfter(receivedOn,
                random.nextInt(2) + 1));
        b.step("acknowledge", "{\"acknowledgedOn\": \"%s\"}".formatted(acknowledged));
        b.step("assign", "{\"handlerId\": \"%s\"}".formatted(HANDLERS[random.nextInt(HANDLERS.length)]));
        double lateShare = rising ? 0.35 : 0.10;
        boolean late = random.nextDouble() < lateShare;
        LocalDate contacted = late ? calendar.nthWorkingDayAfter(receivedOn, 6 + random.nextInt(6))
                : calendar.nthWorkingDayAfter(receivedOn, 1 + random.nextInt(4));
        if (contacted.isAfter(today)) {
            return b.build(DemoComplaint.Ending.OPEN);
        }
        b.contacted(contacted, late);
        b.step("contact", ("{\"contactedOn\": \"%s\", \"channel\": \"PHONE\", \"summary\": \"Klager gebeld en het "
                + "verdere verloop uitgelegd.\"}").formatted(contacted));

        if (age < 10 && random.nextBoolean()) {
            return b.build(DemoComplaint.Ending.OPEN);
        }
        double roll = random.nextDouble();
        if (roll < 0.04 && ChronoUnit.DAYS.between(contacted, receivedOn.plusWeeks(4)) > 0) {
            LocalDate decided = calendar.nthWorkingDayAfter(contacted, 2);
            if (!decided.isAfter(today) && decided.isBefore(receivedOn.plusWeeks(4))) {
                NotHandlingGround ground = random.nextBoolean() ? NotHandlingGround.OBJECTION_OR_APPEAL_POSSIBLE
                        : NotHandlingGround.ALREADY_HANDLED;
                b.step("not-handled", "{\"ground\": \"%s\", \"decidedOn\": \"%s\"}".formatted(ground, decided));
                return b.build(DemoComplaint.Ending.NOT_HANDLED);
            }
        }
        b.step("route", "{}");
        if (roll > 0.96) {
            LocalDate withdrawn = notAfterToday(contacted.plusDays(3 + random.nextInt(10)));
            b.step("withdraw", "{\"withdrawnOn\": \"%s\", \"reason\": \"Klager ziet af van de klacht.\"}"
                    .formatted(withdrawn));
            return b.build(DemoComplaint.Ending.WITHDRAWN);
        }
        if (category.route() == Route.BEJEGENING) {
            return bejegening(b, contacted, age, random);
        }
        return standard(b, receivedOn, contacted, age, random);
    }

    /** Most conduct complaints end in a restoring conversation; recent ones wait for their report. */
    private DemoComplaint bejegening(DemoComplaint.Builder b, LocalDate contacted, long age, Random random) {
        b.step("inform-employee", "{\"informedOn\": \"%s\"}".formatted(contacted));
        if (age < 35) {
            b.step("request-findings-report", "{}");
            return b.build(DemoComplaint.Ending.OPEN);
        }
        LocalDate resolved = notAfterToday(calendar.nthWorkingDayAfter(contacted, 8 + random.nextInt(15)));
        b.step("resolve-informally", ("{\"citizenConfirmedOn\": \"%s\", \"confirmedVia\": \"PHONE\", \"note\": "
                + "\"Gesprek met de teammanager heeft het vertrouwen hersteld.\", \"resolvedOn\": \"%s\"}")
                .formatted(resolved, resolved));
        return b.build(DemoComplaint.Ending.RESOLVED_INFORMALLY);
    }

    private DemoComplaint standard(DemoComplaint.Builder b, LocalDate receivedOn, LocalDate contacted, long age,
            Random random) {
        if (random.nextDouble() < 0.15) {
            LocalDate resolved = notAfterToday(contacted.plusDays(random.nextInt(8)));
            b.step("resolve-informally", ("{\"citizenConfirmedOn\": \"%s\", \"confirmedVia\": \"EMAIL\", "
                    + "\"note\": \"Uitleg gegeven, klager is tevreden.\", \"resolvedOn\": \"%s\"}")
                    .formatted(resolved, resolved));
            return b.build(DemoComplaint.Ending.RESOLVED_INFORMALLY);
        }
        // Handled within the six weeks mostly; some take longer.
        int leadDays = random.nextDouble() < 0.14 ? 43 + random.nextInt(25) : 14 + random.nextInt(26);
        LocalDate closed = calendar.thisOrNextWorkingDay(receivedOn.plusDays(leadDays));
        LocalDate earliest = calendar.nthWorkingDayAfter(contacted, 5);
        closed = closed.isBefore(earliest) ? earliest : closed;
        if (closed.isAfter(today)) {
            if (age > 21 && age < 40 && random.nextDouble() < 0.3) {
                b.step("postpone", "{\"weeks\": 3, \"citizenNotifiedOn\": \"%s\"}".formatted(today));
                b.postponed();
            }
            return b.build(DemoComplaint.Ending.OPEN);
        }
        LocalDate heard = calendar.nthWorkingDayAfter(contacted, 3);
        if (random.nextDouble() < 0.75 && heard.isBefore(closed)) {
            b.step("hearing", ("{\"party\": \"CITIZEN\", \"heldOn\": \"%s\", \"record\": \"Klager vertelde wat er "
                    + "gebeurde; afspraken gemaakt over het vervolg.\"}").formatted(heard));
        } else {
            HearingWaiverGround ground = random.nextBoolean() ? HearingWaiverGround.CITIZEN_DECLINED
                    : HearingWaiverGround.NO_RESPONSE_WITHIN_TERM;
            b.step("waive-hearing", "{\"ground\": \"%s\", \"decidedOn\": \"%s\"}".formatted(ground, contacted));
        }
        double j = random.nextDouble();
        Judgement judgement = j < 0.30 ? Judgement.GEGROND : j < 0.55 ? Judgement.DEELS_GEGROND
                : j < 0.92 ? Judgement.ONGEGROND : Judgement.GEEN_OORDEEL;
        String actions = judgement == Judgement.GEGROND || judgement == Judgement.DEELS_GEGROND
                ? "[\"Werkinstructie aangepast\"]" : "[]";
        b.step("close", ("{\"judgement\": \"%s\", \"findings\": \"Het dossier en het gesprek laten zien wat er "
                + "gebeurde.\", \"conclusions\": \"Het oordeel is met de klager besproken.\", "
                + "\"improvementActions\": %s, \"closedOn\": \"%s\"}").formatted(judgement, actions, closed));
        b.closed(closed, judgement, !closed.isAfter(calendar.thisOrNextWorkingDay(receivedOn.plusWeeks(6))));
        if (random.nextDouble() < 0.06) {
            b.step("refer-to-ombudsman", "{}");
            return b.build(DemoComplaint.Ending.REFERRED_TO_OMBUDSMAN);
        }
        b.feedback(feedback(b.number(), b.email(), closed, judgement));
        return b.build(DemoComplaint.Ending.CLOSED);
    }

    /**
     * The answer of a citizen e-mailed the outcome in the last four weeks, or null. Drawn from its own generator,
     * so the rest of the plan is the same with or without it. No citizen asks for the ombudsman here: that would
     * refer a complaint the plan counts as closed.
     */
    private DemoComplaint.Feedback feedback(int number, String email, LocalDate closed, Judgement judgement) {
        Random random = new Random(number * 7_919L + 17);
        if (email == null || ChronoUnit.DAYS.between(closed, today) > FEEDBACK_DAYS || random.nextDouble() >= 0.6) {
            return null;
        }
        boolean upheld = judgement == Judgement.GEGROND || judgement == Judgement.DEELS_GEGROND;
        int satisfaction = Math.max(1, Math.min(5, (upheld ? 4 : 2) + random.nextInt(3) - 1));
        double r = random.nextDouble();
        String respect = r < (upheld ? 0.75 : 0.45) ? "ja" : r < 0.85 ? "deels" : "nee";
        int trust = Math.max(1, Math.min(5, satisfaction + random.nextInt(3) - 1));
        boolean talk = satisfaction <= 2 && random.nextDouble() < 0.4;
        StringBuilder form = new StringBuilder("tevredenheid=" + satisfaction + "&respect=" + respect
                + "&vertrouwen=" + trust + "&wens=" + (talk ? "praten" : "geen"));
        if (satisfaction <= 2 && random.nextBoolean()) {
            form.append("&opmerking=").append(URLEncoder.encode(COMMENTS[random.nextInt(COMMENTS.length)],
                    StandardCharsets.UTF_8));
        }
        return new DemoComplaint.Feedback(form.toString(), satisfaction <= 2 || "nee".equals(respect) || talk);
    }

    private LocalDate notAfterToday(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private Person person(Random random, List<Person> people) {
        // About one in twelve complaints comes from someone who complained before.
        if (!people.isEmpty() && random.nextDouble() < 0.08) {
            return people.get(random.nextInt(Math.min(people.size(), 40)));
        }
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = SURNAMES[random.nextInt(SURNAMES.length)];
        int n = people.size() + 1;
        Person person = new Person(first + " " + last, "Voorbeeldstraat " + n + ", 10" + (10 + n % 90) + " AB Amsterdam",
                (first + "." + last + "." + n).toLowerCase() + "@example.org", "020 555 " + String.format("%04d", n % 10_000));
        people.add(person);
        return person;
    }

    private static int pick(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            n++;
            product *= random.nextDouble();
        }
        return n;
    }

    /** A fictional citizen; parts may be missing, as on a phone call. */
    public record Person(String name, String address, String email, String phone) {
    }

    private static final String[] COMMENTS = { "Ik heb lang moeten wachten voordat iemand mij terugbelde.",
            "De uitleg in de brief begreep ik niet goed.", "Ik had liever een gesprek gehad dan alleen een brief." };

    private static final String[] DESCRIPTIONS = {
            "De klantmanager sprak mij onvriendelijk en kortaf aan aan de telefoon.",
            "Ik voelde mij bij het gesprek anders behandeld dan andere mensen.",
            "Ik heb vaak gebeld maar kreeg niemand te spreken.",
            "Ik kreeg geen duidelijke uitleg over welke papieren ik moest sturen.",
            "Ik wacht al weken op een besluit over mijn aanvraag.",
            "Mijn aanvraag is afgewezen zonder dat ik kon uitleggen hoe het zat.",
            "Mijn traject naar werk past niet bij mijn situatie.",
            "Bij de ingang werd ik doorzocht op een manier die ik vernederend vond.",
            "Mijn uitkering is te laat betaald en er wordt te veel teruggevorderd.",
            "Mijn gegevens zijn in een groepsbijeenkomst genoemd.",
            "Ik ben niet tevreden over hoe mijn vraag is afgehandeld." };
}
