#!/usr/bin/env python3
"""One-off generator for the event records and their JSON Schemas.

The generated files are committed and are the contract; re-run only when adding an event,
then review the diff. Usage: python3 tools/gen_events.py
"""
import json, os

ROOT = os.path.join(os.path.dirname(__file__), '..', 'complaint-events', 'src', 'main')
JAVA = os.path.join(ROOT, 'java', 'nl', 'klachtroute', 'events')
SCHEMAS = os.path.join(ROOT, 'resources', 'schemas')

ENUMS = {
    'Channel': ["LETTER", "EMAIL", "WEB_FORM", "PHONE", "COUNTER"],
    'Category': ["BEJEGENING", "ERVAREN_DISCRIMINATIE", "BEREIKBAARHEID", "INFORMATIEVOORZIENING", "TIJDIGHEID",
                 "PROCEDURE_EN_BESLUITVORMING", "RE_INTEGRATIETRAJECT", "BEVEILIGING_EN_FOUILLEREN", "FINANCIEEL",
                 "PRIVACY", "OVERIG"],
    'Route': ["STANDARD", "BEJEGENING"],
    'Judgement': ["GEGROND", "DEELS_GEGROND", "ONGEGROND", "GEEN_OORDEEL"],
    'NotHandlingGround': ["ALREADY_HANDLED", "OLDER_THAN_ONE_YEAR", "OBJECTION_OR_APPEAL_POSSIBLE", "COURT_PROCEEDINGS",
                          "CRIMINAL_INVESTIGATION", "INSUFFICIENT_INTEREST_OR_GRAVITY"],
    'HearingWaiverGround': ["CLEARLY_UNFOUNDED", "CITIZEN_DECLINED", "NO_RESPONSE_WITHIN_TERM"],
    'HearingParty': ["CITIZEN", "EMPLOYEE"],
    'DeadlineKind': ["CONTACT", "HANDLING", "NOT_HANDLING_NOTICE", "FINDINGS_REPORT"],
    'TaskKind': ["SEND_ACKNOWLEDGEMENT", "REQUEST_MISSING_DETAILS", "CONTACT_CITIZEN", "HOLD_HEARING_AND_COMPLETE_REPORT",
                 "JUDGE_RETURNED_REPORT", "CLOSE_COMPLAINT", "REVIEW_PATTERN_SIGNAL",
                 "FOLLOW_UP_FEEDBACK"],
    'MessageChannel': ["EMAIL", "POST", "IN_APP"],
    'RecipientKind': ["CITIZEN", "EMPLOYEE", "STAFF"],
    'SignalKind': ["RISING_ABOVE_BASELINE", "CONDUCT_CLUSTER", "REPEAT_COMPLAINANT", "DEADLINE_COMPLIANCE_DROPPING"],
    'RespectAnswer': ["YES", "PARTLY", "NO"],
    'FeedbackWish': ["NONE", "TALK_AGAIN", "OMBUDSMAN"],
}

ENUM_DOCS = {
    'Channel': 'How a complaint reached the municipality.',
    'Category': 'What a complaint is about (DOMAIN.md, Analytics). Experienced discrimination is a category, never a field about a person.',
    'Route': 'The route a complaint takes: the handler investigates (standard) or the teammanager hears (bejegening).',
    'Judgement': "The handler's judgement at closure (oordeel).",
    'NotHandlingGround': 'Grounds of Awb 9:8 on which a complaint need not be handled.',
    'HearingWaiverGround': "Grounds of Awb 9:10 lid 2 on which the citizen's hearing may be skipped.",
    'HearingParty': 'Who was heard (hoorgesprek).',
    'DeadlineKind': 'The deadlines the route watches.',
    'TaskKind': 'What a task asks its owner to do.',
    'MessageChannel': 'How a message reaches its recipient.',
    'RecipientKind': 'Who a message is for; never who by name.',
    'SignalKind': 'Pattern signals analytics raises for managers.',
    'RespectAnswer': 'Whether the citizen felt treated with respect (feedback after closure).',
    'FeedbackWish': 'What the citizen wants after the outcome: nothing more, to talk about it again, or the ombudsman.',
}
ENUM_EXTRA = {
    'Category': '''
    /** Conduct complaints, including experienced discrimination, take the route bejegening. */
    public Route route() {
        return this == BEJEGENING || this == ERVAREN_DISCRIMINATIE ? Route.BEJEGENING : Route.STANDARD;
    }
''',
}

ID = {"type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9._:-]+$"}
REF = {"type": "string", "pattern": "^[A-Za-z0-9_-]{16,64}$"}  # keyed pseudonym (HMAC, base64url)
DATE = {"type": "string", "format": "date"}
TEXT_CODE = {"type": "string", "minLength": 1, "maxLength": 100}


def t(java):
    """Java type -> (schema, imports)."""
    if java == 'String':
        return ID, []
    if java == 'Ref':
        return REF, []
    if java == 'LocalDate':
        return DATE, ['java.time.LocalDate']
    if java == 'boolean':
        return {"type": "boolean"}, []
    if java == 'int':
        return {"type": "integer", "minimum": 0}, []
    if java == 'Score':
        return {"type": "integer", "minimum": 1, "maximum": 5}, []
    if java == 'long':
        return {"type": "integer", "minimum": 0}, []
    if java == 'double':
        return {"type": "number"}, []
    if java == 'Code':
        return TEXT_CODE, []
    if java.startswith('List<'):
        inner, imps = t(java[5:-1])
        return {"type": "array", "items": inner, "maxItems": 20}, imps + ['java.util.List']
    if java in ENUMS:
        return {"type": "string", "enum": ENUMS[java]}, ['nl.klachtroute.events.' + java]
    raise ValueError(java)


def jt(java):
    return java.replace('Ref', 'String').replace('Code', 'String').replace('Score', 'int')


FAMILIES = {
    'complaint': ('ComplaintEvent', 'COMPLAINT', 'Facts about the complaint case, published by complaint-intake.'),
    'findings': ('FindingsEvent', 'FINDINGS', 'Facts about the Rapport van Bevindingen, published by findings-report.'),
    'notification': ('NotificationEvent', 'NOTIFICATION', 'Facts about tasks and messages, published by notification-service.'),
    'analytics': ('AnalyticsEvent', 'ANALYTICS', 'Pattern signals, published by analytics-service.'),
}

# (family, name, doc, [(field, type, required, doc)])
EVENTS = [
    ('complaint', 'ComplaintRegistered', 'A complaint was registered (Awb 9:4). Formal only when name, address, date and conduct are known.', [
        ('receivedOn', 'LocalDate', True, 'day of receipt'),
        ('channel', 'Channel', True, ''),
        ('formal', 'boolean', True, 'meets Awb 9:4 lid 2'),
        ('missingDetails', 'List<Code>', True, 'what the citizen still needs to supply, e.g. "address"'),
        ('department', 'Code', True, 'afdeling'),
        ('team', 'Code', True, ''),
        ('category', 'Category', True, ''),
        ('route', 'Route', True, ''),
        ('conductDate', 'LocalDate', False, 'date of the conduct complained about'),
        ('complainantRef', 'Ref', True, 'keyed pseudonym of the complainant'),
        ('employeeRefs', 'List<Ref>', True, 'keyed pseudonyms of the employees concerned'),
        ('contactDeadline', 'LocalDate', True, ''),
        ('handlingDeadline', 'LocalDate', True, '')]),
    ('complaint', 'MissingDetailsRequested', 'The citizen was asked for the details a formal complaint needs.', [
        ('requestedOn', 'LocalDate', True, ''), ('missingDetails', 'List<Code>', True, '')]),
    ('complaint', 'MissingDetailsSupplied', 'The citizen supplied missing details; the complaint may now be formal.', [
        ('suppliedOn', 'LocalDate', True, ''), ('formal', 'boolean', True, ''), ('missingDetails', 'List<Code>', True, 'what is still missing')]),
    ('complaint', 'ComplaintAcknowledged', 'The written acknowledgement of receipt was sent (Awb 9:6).', [
        ('acknowledgedOn', 'LocalDate', True, '')]),
    ('complaint', 'HandlerAssigned', 'A complaint handler became the single point of contact (Awb 9:7).', [
        ('handlerId', 'String', True, 'staff id'), ('previousHandlerId', 'String', False, 'set on reassignment'),
        ('assignedOn', 'LocalDate', True, '')]),
    ('complaint', 'CitizenContacted', 'The handler spoke with the citizen.', [
        ('contactedOn', 'LocalDate', True, ''), ('channel', 'Channel', True, ''), ('withinDeadline', 'boolean', True, '')]),
    ('complaint', 'BejegeningRouteStarted', 'The complaint takes the route bejegening (conduct).', [
        ('department', 'Code', True, ''), ('team', 'Code', True, '')]),
    ('complaint', 'StandardRouteStarted', 'The handler investigates the complaint and hears the parties (standard route).', [
        ('department', 'Code', True, ''), ('team', 'Code', True, '')]),
    ('complaint', 'HearingRecorded', 'The handler recorded a hearing in the standard route (Awb 9:10).', [
        ('party', 'HearingParty', True, ''), ('heldOn', 'LocalDate', True, '')]),
    ('complaint', 'EmployeeInformed', 'The employee concerned received a copy of the complaint (Awb 9:9).', [
        ('informedOn', 'LocalDate', True, '')]),
    ('complaint', 'FindingsReportRequested', 'The handler asked the teammanager for a Rapport van Bevindingen.', [
        ('department', 'Code', True, ''), ('team', 'Code', True, ''), ('category', 'Category', True, ''),
        ('employeeRefs', 'List<Ref>', True, ''), ('requestedOn', 'LocalDate', True, '')]),
    ('complaint', 'HearingWaived', "The citizen's hearing was skipped on a ground of Awb 9:10 lid 2.", [
        ('ground', 'HearingWaiverGround', True, ''), ('decidedOn', 'LocalDate', True, '')]),
    ('complaint', 'HandlingDeadlineExtended', 'The handling term was postponed (Awb 9:11).', [
        ('previousDeadline', 'LocalDate', True, ''), ('newDeadline', 'LocalDate', True, ''),
        ('weeks', 'int', True, ''), ('withCitizenConsent', 'boolean', True, 'further delay beyond the one postponement')]),
    ('complaint', 'DeadlineApproaching', 'A deadline of the route is near (reminder lead, in working days).', [
        ('kind', 'DeadlineKind', True, ''), ('deadline', 'LocalDate', True, ''), ('ownerId', 'String', False, 'staff id')]),
    ('complaint', 'DeadlineMissed', 'A deadline of the route passed without the step being done.', [
        ('kind', 'DeadlineKind', True, ''), ('deadline', 'LocalDate', True, ''), ('ownerId', 'String', False, 'staff id')]),
    ('complaint', 'ComplaintClosed', 'The handler closed the complaint with a judgement (Awb 9:12).', [
        ('closedOn', 'LocalDate', True, ''), ('judgement', 'Judgement', True, ''),
        ('improvementActions', 'int', True, 'number of improvement actions'),
        ('hearingHeld', 'boolean', True, ''), ('waiverGround', 'HearingWaiverGround', False, ''),
        ('withinHandlingDeadline', 'boolean', True, ''), ('ombudsmanWindowEnd', 'LocalDate', True, '')]),
    ('complaint', 'ComplaintResolvedInformally', "Resolved to the citizen's satisfaction (Awb 9:5).", [
        ('resolvedOn', 'LocalDate', True, '')]),
    ('complaint', 'ComplaintNotHandled', 'Not handled on a ground of Awb 9:8.', [
        ('ground', 'NotHandlingGround', True, ''), ('decidedOn', 'LocalDate', True, '')]),
    ('complaint', 'ComplaintWithdrawn', 'The citizen withdrew the complaint.', [('withdrawnOn', 'LocalDate', True, '')]),
    ('complaint', 'OmbudsmanReferralMade', 'The complaint was referred to the Ombudsman Metropool Amsterdam.', [
        ('referredOn', 'LocalDate', True, ''), ('afterMissedDeadline', 'boolean', True, '')]),
    ('complaint', 'ComplaintReopened', 'A closed complaint was reopened by a recorded decision.', [
        ('reopenedOn', 'LocalDate', True, '')]),
    ('complaint', 'CitizenContactResumed', 'The citizen who asked for no further contact in their feedback asked the handler to hear about the complaint again: letters go to them again.', [
        ('feedbackId', 'String', True, 'the answer whose opt-out this lifts'), ('askedOn', 'LocalDate', True, ''),
        ('channel', 'Channel', True, 'how the citizen asked')]),
    ('complaint', 'ComplaintAnonymised', 'The retention period after the complaint ended passed: every service erases the personal data and free text it holds about the complaint; counts stay.', [
        ('anonymisedOn', 'LocalDate', True, ''), ('endedOn', 'LocalDate', True, 'the day the complaint ended (closed, withdrawn, not handled, resolved)')]),
    ('findings', 'FindingsReportOpened', 'A draft Rapport van Bevindingen was opened for the teammanager of the team.', [
        ('reportId', 'String', True, ''), ('department', 'Code', True, ''), ('team', 'Code', True, ''),
        ('teammanagerId', 'String', True, 'staff id of the teammanager'), ('dueOn', 'LocalDate', True, '')]),
    ('findings', 'FindingsReportAssigned', 'The report was (re)assigned to a teammanager.', [
        ('reportId', 'String', True, ''), ('teammanagerId', 'String', True, ''), ('previousTeammanagerId', 'String', False, '')]),
    ('findings', 'HearingHeld', 'A hearing took place and its record was written.', [
        ('reportId', 'String', True, ''), ('party', 'HearingParty', True, ''), ('heldOn', 'LocalDate', True, ''),
        ('companions', 'int', True, 'people the citizen brought (0-2)')]),
    ('findings', 'FindingsReportSubmitted', 'The teammanager submitted the report to SIS.', [
        ('reportId', 'String', True, ''), ('submittedOn', 'LocalDate', True, '')]),
    ('findings', 'FindingsReportReturned', 'SIS returned the report with remarks.', [
        ('reportId', 'String', True, ''), ('returnedOn', 'LocalDate', True, '')]),
    ('findings', 'FindingsReportAccepted', 'SIS accepted the report after critical analysis.', [
        ('reportId', 'String', True, ''), ('acceptedOn', 'LocalDate', True, '')]),
    ('findings', 'FindingsReportShared', 'The report was shared with the employee concerned.', [
        ('reportId', 'String', True, ''), ('sharedOn', 'LocalDate', True, '')]),
    ('findings', 'FindingsReportDeadlineApproaching', "The teammanager's deadline for the report is near.", [
        ('reportId', 'String', True, ''), ('dueOn', 'LocalDate', True, ''), ('teammanagerId', 'String', True, 'staff id')]),
    ('findings', 'FindingsReportDeadlineMissed', "The teammanager's deadline for the report passed before submission.", [
        ('reportId', 'String', True, ''), ('dueOn', 'LocalDate', True, ''), ('teammanagerId', 'String', True, 'staff id')]),
    ('notification', 'TaskCreated', 'A task was put in a person\'s inbox.', [
        ('taskId', 'String', True, ''), ('kind', 'TaskKind', True, ''), ('ownerId', 'String', True, 'staff id'),
        ('dueOn', 'LocalDate', False, '')]),
    ('notification', 'TaskCompleted', 'A task was done (closed by the event that fulfils it).', [
        ('taskId', 'String', True, ''), ('kind', 'TaskKind', True, '')]),
    ('notification', 'MessageSent', 'A letter or e-mail went out.', [
        ('messageId', 'String', True, ''), ('template', 'Code', True, ''), ('templateVersion', 'int', True, ''),
        ('channel', 'MessageChannel', True, ''), ('recipient', 'RecipientKind', True, '')]),
    ('notification', 'CitizenFeedbackGiven', 'The citizen answered the satisfaction check after the outcome. Scores only: a comment stays with the handler, never on the topic.', [
        ('feedbackId', 'String', True, ''), ('satisfaction', 'Score', True, 'satisfied with how the complaint was handled, 1-5'),
        ('respect', 'RespectAnswer', True, 'felt treated with respect'), ('trust', 'Score', True, 'trust in the municipality, 1-5'),
        ('wish', 'FeedbackWish', True, ''), ('noFurtherContact', 'boolean', True, 'the citizen wants no further contact'),
        ('commented', 'boolean', True, 'left a comment (kept by notification-service)'), ('answeredOn', 'LocalDate', True, '')]),
    ('analytics', 'PatternSignalRaised', 'Analytics saw a pattern a manager should look at.', [
        ('signalId', 'String', True, ''), ('kind', 'SignalKind', True, ''), ('department', 'Code', False, ''),
        ('team', 'Code', False, ''), ('category', 'Category', False, ''), ('period', 'Code', True, 'e.g. 2026-Q2'),
        ('count', 'long', True, ''), ('baseline', 'double', True, '')]),
]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


for ename, values in ENUMS.items():
    extra = ENUM_EXTRA.get(ename, '')
    vals = ',\n    '.join(values) + (';\n' + extra if extra else '')
    write(os.path.join(JAVA, ename + '.java'), f'''package nl.klachtroute.events;

/** {ENUM_DOCS[ename]} Generated by tools/gen_events.py. */
public enum {ename} {{
    {vals}
}}
''')

catalog = []
for family, (iface, topic, fdoc) in FAMILIES.items():
    names = [e[1] for e in EVENTS if e[0] == family]
    permits = ',\n        '.join(names)
    write(os.path.join(JAVA, family, iface + '.java'), f'''package nl.klachtroute.events.{family};

import nl.klachtroute.events.DomainEvent;

/** {fdoc} Topic: {{@link nl.klachtroute.events.Topics#{topic}}}. */
public sealed interface {iface} extends DomainEvent permits
        {permits} {{
}}
''')

for family, name, doc, fields in EVENTS:
    iface = FAMILIES[family][0]
    imports = set()
    props = {}
    required = []
    params = []
    pdocs = []
    for fname, ftype, req, fd in fields:
        schema, imps = t(ftype)
        imports.update(i for i in imps if not i.startswith('nl.klachtroute.events.' + family))
        props[fname] = schema
        if req:
            required.append(fname)
        params.append(f'{jt(ftype)} {fname}')
        pdocs.append(f' * @param {fname} {fd or fname}{"" if req else " (optional)"}')
    imp = ''.join(f'import {i};\n' for i in sorted(imports))
    ps = ',\n        '.join(params)
    lists = [f for f, ty, _, _ in fields if ty.startswith('List<')]
    compact = ''
    if lists:
        body = '\n'.join(f'        {f} = {f} == null ? List.of() : List.copyOf({f});' for f in lists)
        compact = f'\n\n    public {name} {{\n{body}\n    }}\n'
    pd = '\n'.join(pdocs)
    write(os.path.join(JAVA, family, name + '.java'), f'''package nl.klachtroute.events.{family};

{imp}
/**
 * {doc}
 *
{pd}
 */
public record {name}(
        {ps}) implements {iface} {{{compact}}}
''')
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://klachtroute.nl/schemas/{name}.v1.schema.json",
        "title": name,
        "description": doc,
        "type": "object",
        "additionalProperties": False,
        "required": ["eventId", "type", "schemaVersion", "occurredAt", "complaintId", "correlationId", "causationId",
                     "producer", "payload"],
        "properties": {
            "eventId": {"type": "string", "format": "uuid"},
            "type": {"const": name},
            "schemaVersion": {"const": 1},
            "occurredAt": {"type": "string", "format": "date-time"},
            "complaintId": ID,
            "correlationId": {"type": "string", "format": "uuid"},
            "causationId": {"type": "string", "format": "uuid"},
            "producer": {"type": "string", "enum": ["complaint-intake", "findings-report", "notification-service",
                                                     "analytics-service"]},
            "payload": {"type": "object", "additionalProperties": False, "required": required, "properties": props},
        },
    }
    write(os.path.join(SCHEMAS, f'{name}.v1.schema.json'), json.dumps(schema, indent=2) + '\n')
    catalog.append((name, family, FAMILIES[family][1]))

entries = ',\n            '.join(
    f'entry(nl.klachtroute.events.{family}.{name}.class, Topics.{topic})' for name, family, topic in catalog)
write(os.path.join(JAVA, 'EventCatalog.java'), f'''package nl.klachtroute.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;


/** Every event type of the route with its schema version and topic. Generated by tools/gen_events.py. */
public final class EventCatalog {{

    private static final List<EventType> TYPES = List.of(
            {entries});

    private static final Map<String, EventType> BY_NAME = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {{
    }}

    private static EventType entry(Class<? extends DomainEvent> type, String topic) {{
        return new EventType(type.getSimpleName(), 1, type, topic);
    }}

    public static List<EventType> all() {{
        return TYPES;
    }}

    public static Optional<EventType> byName(String name) {{
        return Optional.ofNullable(BY_NAME.get(name));
    }}

    public static EventType of(DomainEvent event) {{
        EventType type = BY_CLASS.get(event.getClass());
        if (type == null) {{
            throw new IllegalArgumentException("Not in the event catalogue: " + event.getClass().getName());
        }}
        return type;
    }}
}}
''')
print(f'{len(EVENTS)} events written')
