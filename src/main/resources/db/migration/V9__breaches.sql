-- V9: breach reports and everything that follows one: the incidents with their automatic check against the order
-- version in force when each happened, evidence items, crime recording, the response, arrest, interview,
-- allocation, outcome and court results, supervisors' directions, and weekly dip samples.

create sequence breach_reference_seq;
comment on sequence breach_reference_seq is 'Numbers breach references (BR-<year>-<number>); shared by all forces so a reference is unique nationally.';

create table breach_report (
    id                      uuid primary key,
    force_id                uuid         not null references force (id),
    reference               varchar(30)  not null unique,
    order_id                uuid references protective_order (id),
    reported_at             timestamptz  not null,
    recorded_at             timestamptz  not null,
    recorded_by             varchar(100) not null,
    reporter_kind           varchar(30)  not null,
    reporter_name           varchar(200),
    reporter_organisation   varchar(200),
    protected_person        varchar(200),
    respondent_name         varchar(200),
    domestic_abuse          boolean      not null,
    action_taken            text,
    crime_reference         varchar(60),
    crime_classification    varchar(30),
    crimed_at               timestamptz,
    crimed_by               varchar(100),
    response_kind           varchar(20),
    responded_at            timestamptz,
    response_at_address     boolean,
    response_justification  text,
    response_justified_by   varchar(100),
    arrest_decision         varchar(20),
    arrest_reason           text,
    arrested_at             timestamptz,
    arrest_recorded_by      varchar(100),
    interviewed_at          timestamptz,
    interview_account       varchar(20),
    interview_notes         text,
    evidence_secured        text,
    allocated_to            varchar(30),
    allocated_officer       varchar(100),
    partner_referrals       text,
    outcome_route           varchar(30),
    outcome                 varchar(30),
    outcome_reason          text,
    outcome_at              timestamptz,
    outcome_by              varchar(100),
    lock_version            bigint       not null default 0
);
comment on table breach_report is 'A report that a protective order was breached, from whoever made it, and the force''s handling of it from crime recording to outcome.';
comment on column breach_report.force_id is 'The force handling the breach; every read is scoped to it.';
comment on column breach_report.reference is 'The force-facing reference, BR-<year>-<number>.';
comment on column breach_report.order_id is 'The order the reporter says was breached; null when no order could be found (the check then says NO_ORDER_FOUND).';
comment on column breach_report.reported_at is 'When the breach was reported to the police or the partner agency (seed 004: record when reported and when it happened).';
comment on column breach_report.recorded_at is 'When the report was entered in the register.';
comment on column breach_report.recorded_by is 'User name of whoever entered it.';
comment on column breach_report.reporter_kind is 'Who reported it: OFFICER, CONTROL_ROOM, PARTNER_AGENCY, VICTIM, WITNESS, OTHER.';
comment on column breach_report.reporter_name is 'The reporter''s name, when given.';
comment on column breach_report.reporter_organisation is 'The partner agency''s name, for a partner report.';
comment on column breach_report.protected_person is 'The person the conduct was aimed at, as reported (usually the applicant).';
comment on column breach_report.respondent_name is 'The respondent''s name from the order (or as reported when there is no order), for lists and the risk meeting.';
comment on column breach_report.domestic_abuse is 'True when the breach is domestic abuse (personally connected parties), so that it is in the dip-sampling population.';
comment on column breach_report.action_taken is 'What the reporter or officer did at the time (reported to police, referral made, safety advice).';
comment on column breach_report.crime_reference is 'The crime number, once recorded as a crime (Home Office Counting Rules).';
comment on column breach_report.crime_classification is 'The Home Office classification code chosen from the reference data.';
comment on column breach_report.crimed_at is 'When the crime was recorded; compared with reported_at against the crime-recording target.';
comment on column breach_report.crimed_by is 'Who recorded the crime.';
comment on column breach_report.response_kind is 'The first response: ATTENDANCE, TELEPHONE or VIDEO.';
comment on column breach_report.responded_at is 'When the first response was made.';
comment on column breach_report.response_at_address is 'True when the breach was at the victim''s or suspect''s address, where a telephone or video response needs a supervisor''s recorded justification.';
comment on column breach_report.response_justification is 'The supervisor''s justification for a telephone or video response to a breach at an address.';
comment on column breach_report.response_justified_by is 'The supervisor who gave it.';
comment on column breach_report.arrest_decision is 'ARRESTED, NOT_ARRESTED or SUSPECT_NOT_LOCATED; a reason is required unless ARRESTED.';
comment on column breach_report.arrest_reason is 'Why there was no arrest (or the grounds for arrest).';
comment on column breach_report.arrested_at is 'When the suspect was arrested.';
comment on column breach_report.arrest_recorded_by is 'Who recorded the arrest decision.';
comment on column breach_report.interviewed_at is 'When the suspect was interviewed.';
comment on column breach_report.interview_account is 'The suspect''s account: ADMITTED, DENIED, NO_COMMENT, PREPARED_STATEMENT, ALIBI, REASONABLE_EXCUSE.';
comment on column breach_report.interview_notes is 'Summary of the interview.';
comment on column breach_report.evidence_secured is 'What evidence was secured and preserved (statements, CCTV, phone downloads, body-worn video).';
comment on column breach_report.allocated_to is 'Who investigates: RESPONSE, DOMESTIC_ABUSE_TEAM, CID, SAFEGUARDING_HUB.';
comment on column breach_report.allocated_officer is 'The officer in the case.';
comment on column breach_report.partner_referrals is 'Referrals made to partner agencies (IDVA, children''s social care, MARAC, housing).';
comment on column breach_report.outcome_route is 'CRIMINAL (the s.42A offence) or CIVIL_CONTEMPT (at the applicant''s choice, or when she does not support a prosecution).';
comment on column breach_report.outcome is 'CHARGED, CAUTIONED, NO_FURTHER_ACTION, CONTEMPT_APPLICATION, or another outcome from the route.';
comment on column breach_report.outcome_reason is 'Why; required for no further action.';
comment on column breach_report.outcome_at is 'When the outcome was recorded.';
comment on column breach_report.outcome_by is 'Who recorded it.';
comment on column breach_report.lock_version is 'Optimistic lock: two people saving the same breach at once cannot overwrite each other.';
create index breach_report_force_reported on breach_report (force_id, reported_at desc);
create index breach_report_order on breach_report (order_id);

create table breach_incident (
    id                  uuid primary key,
    report_id           uuid         not null references breach_report (id),
    number              integer      not null,
    occurred_from       timestamptz  not null,
    occurred_to         timestamptz,
    conduct             varchar(20)  not null,
    channel             varchar(20),
    direct              boolean      not null,
    via_third_party     boolean      not null,
    protected_person    varchar(200),
    location_address    varchar(500),
    postcode            varchar(10),
    latitude            double precision,
    longitude           double precision,
    place_kind          varchar(20),
    at_victim_or_suspect_address boolean not null default false,
    description         text         not null,
    others_present      text,
    witnesses           text,
    term_reported       text,
    purpose             varchar(30),
    awareness_evidence  text,
    check_outcome       varchar(20)  not null,
    check_blockers      varchar(300) not null,
    check_order_version integer,
    check_result        jsonb        not null,
    checked_at          timestamptz  not null,
    unique (report_id, number)
);
comment on table breach_incident is 'One incident of a breach report (a report may hold several), with the automatic check''s result against the order version in force when it happened.';
comment on column breach_incident.number is 'Position of the incident in its report, from 1.';
comment on column breach_incident.occurred_from is 'When it happened, or the start of the window when the victim cannot say exactly.';
comment on column breach_incident.occurred_to is 'The end of the window; null for an instant.';
comment on column breach_incident.conduct is 'VIOLENCE, THREAT, CONTACT, APPROACH, ENTRY, DAMAGE, PUBLICATION or HARASSMENT.';
comment on column breach_incident.channel is 'IN_PERSON, PHONE, TEXT, EMAIL, SOCIAL_MEDIA, LETTER or VIA_THIRD_PARTY; null when not known.';
comment on column breach_incident.direct is 'The respondent acted personally.';
comment on column breach_incident.via_third_party is 'The respondent acted through someone else.';
comment on column breach_incident.protected_person is 'Whom it was aimed at (a name, or applicant/child); null means the applicant.';
comment on column breach_incident.location_address is 'Where it happened, as reported.';
comment on column breach_incident.postcode is 'The postcode it happened at, used to locate it when no coordinates are given.';
comment on column breach_incident.latitude is 'WGS84 latitude of where it happened (GPS or the postcode''s centre).';
comment on column breach_incident.longitude is 'WGS84 longitude of where it happened.';
comment on column breach_incident.place_kind is 'The kind of protected place it happened at (HOME, WORKPLACE, SCHOOL, ...), when it did.';
comment on column breach_incident.at_victim_or_suspect_address is 'True when it happened at the victim''s or the suspect''s address (a telephone response then needs a supervisor''s justification).';
comment on column breach_incident.description is 'What happened, in the reporter''s words.';
comment on column breach_incident.others_present is 'Who else was there (children, new partner, friends).';
comment on column breach_incident.witnesses is 'Witnesses and how to reach them.';
comment on column breach_incident.term_reported is 'Which part of the order the reporter thinks was breached, and how.';
comment on column breach_incident.purpose is 'A purpose the respondent claims that an exception may permit (CHILD_ARRANGEMENTS, SOLICITORS, MEDIATION, COURT, OTHER).';
comment on column breach_incident.awareness_evidence is 'What shows the respondent knew of the order when it is not recorded as served.';
comment on column breach_incident.check_outcome is 'The automatic check: LIKELY_BREACH, POSSIBLE_BREACH or NOT_COVERED.';
comment on column breach_incident.check_blockers is 'The blockers the check found, comma-separated (NO_ORDER_FOUND, ORDER_EXPIRED, NOT_SERVED_OR_AWARE, ...).';
comment on column breach_incident.check_order_version is 'The order version the check judged against (the one in force when the incident happened).';
comment on column breach_incident.check_result is 'The whole check, term by term with reasons, as JSON.';
comment on column breach_incident.checked_at is 'When the check ran (it is re-run when the order''s record changes and an officer asks).';
create index breach_incident_report on breach_incident (report_id);

create table breach_evidence (
    id            uuid primary key,
    report_id     uuid         not null references breach_report (id),
    incident_number integer,
    kind          varchar(20)  not null,
    description   varchar(500) not null,
    file_name     varchar(255),
    content_type  varchar(100),
    size_bytes    bigint,
    sha256        varchar(64),
    content       bytea,
    added_at      timestamptz  not null,
    added_by      varchar(100) not null
);
comment on table breach_evidence is 'Evidence items of a breach (screenshots, call logs, photos, statements), with a SHA-256 of each file for continuity.';
comment on column breach_evidence.incident_number is 'The incident it supports, or null for the whole report.';
comment on column breach_evidence.kind is 'SCREENSHOT, CALL_LOG, PHOTO, VIDEO, AUDIO, DOCUMENT, STATEMENT or OTHER.';
comment on column breach_evidence.description is 'What it is and what it shows.';
comment on column breach_evidence.file_name is 'The uploaded file''s name; null for an item described but held elsewhere (e.g. a phone seized).';
comment on column breach_evidence.content_type is 'The file''s media type.';
comment on column breach_evidence.size_bytes is 'The file''s size.';
comment on column breach_evidence.sha256 is 'SHA-256 of the file as received, hex.';
comment on column breach_evidence.content is 'The file itself.';
comment on column breach_evidence.added_at is 'When it was added.';
comment on column breach_evidence.added_by is 'Who added it.';
create index breach_evidence_report on breach_evidence (report_id);

create table breach_court_result (
    id          uuid primary key,
    report_id   uuid         not null references breach_report (id),
    result      varchar(30)  not null,
    court       varchar(200),
    decided_on  date         not null,
    sentence    text,
    recorded_at timestamptz  not null,
    recorded_by varchar(100) not null
);
comment on table breach_court_result is 'What a court decided about the breach. A conviction and a contempt finding can never both be recorded for one breach (FLA 1996 s.42A(3)-(4)).';
comment on column breach_court_result.result is 'CONVICTED, ACQUITTED, CONTEMPT_PROVEN, CONTEMPT_NOT_PROVEN, DISCONTINUED or ADJOURNED.';
comment on column breach_court_result.court is 'The court that decided.';
comment on column breach_court_result.decided_on is 'The date of the decision.';
comment on column breach_court_result.sentence is 'The sentence or order made, in words.';
comment on column breach_court_result.recorded_at is 'When it was recorded.';
comment on column breach_court_result.recorded_by is 'Who recorded it.';
create index breach_court_result_report on breach_court_result (report_id);

create table breach_direction (
    id           uuid primary key,
    report_id    uuid         not null references breach_report (id),
    reasons      varchar(300) not null,
    direction    text         not null,
    issued_at    timestamptz  not null,
    issued_by    varchar(100) not null,
    answered_at  timestamptz,
    answered_by  varchar(100),
    answer       text
);
comment on table breach_direction is 'A supervisor sending a breach back to the response officer with a direction (seed 000: inadequate responses are sent back to consider positive action).';
comment on column breach_direction.reasons is 'The inadequacies it addresses, comma-separated (NO_ARREST_REASON, NO_RISK_ASSESSMENT, NOT_CRIMED_IN_TIME, REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED, ...).';
comment on column breach_direction.direction is 'What the supervisor directs.';
comment on column breach_direction.issued_at is 'When it was given.';
comment on column breach_direction.issued_by is 'The supervisor.';
comment on column breach_direction.answered_at is 'When the officer answered it.';
comment on column breach_direction.answered_by is 'The officer who answered.';
comment on column breach_direction.answer is 'What the officer did.';
create index breach_direction_report on breach_direction (report_id);

create table dip_sample (
    id          uuid primary key,
    force_id    uuid         not null references force (id),
    week_start  date         not null,
    seed        bigint       not null,
    share       numeric(5,4) not null,
    population  integer      not null,
    drawn_at    timestamptz  not null,
    drawn_by    varchar(100) not null,
    unique (force_id, week_start)
);
comment on table dip_sample is 'A weekly random sample of domestic-abuse breach records drawn for review; the seed makes the draw reproducible.';
comment on column dip_sample.week_start is 'The Monday of the week sampled (reports made in that week, UK time).';
comment on column dip_sample.seed is 'The random seed of the draw; the same seed and records give the same sample.';
comment on column dip_sample.share is 'The share of the week''s records drawn (configurable; at least one record when there are any).';
comment on column dip_sample.population is 'How many records there were to draw from.';
comment on column dip_sample.drawn_at is 'When it was drawn.';
comment on column dip_sample.drawn_by is 'Who drew it.';

create table dip_sample_item (
    sample_id   uuid         not null references dip_sample (id),
    report_id   uuid         not null references breach_report (id),
    finding     varchar(30),
    notes       text,
    reviewed_at timestamptz,
    reviewed_by varchar(100),
    primary key (sample_id, report_id)
);
comment on table dip_sample_item is 'A breach record drawn in a dip sample, and the reviewer''s finding.';
comment on column dip_sample_item.finding is 'GOOD_PRACTICE, SATISFACTORY, LEARNING_IDENTIFIED or INADEQUATE; null until reviewed.';
comment on column dip_sample_item.notes is 'What the reviewer found and the learning.';
comment on column dip_sample_item.reviewed_at is 'When it was reviewed.';
comment on column dip_sample_item.reviewed_by is 'Who reviewed it.';
