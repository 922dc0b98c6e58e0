-- Issue 17: "what the respondent did" can be more than one thing. An incident holds one or more conducts, each with
-- its own means (contact by text, and going to the home in person), and the check judges each against the order's
-- terms. The single conduct and channel of every incident recorded so far become its one conduct, and its stored
-- check becomes the check of that conduct inside the new shape, so every existing report reads as before.

create table breach_incident_conduct (
    incident_id uuid        not null references breach_incident (id) on delete cascade,
    position    integer     not null check (position >= 1),
    conduct     varchar(20) not null,
    channel     varchar(20),
    primary key (incident_id, position),
    unique (incident_id, conduct)
);
comment on table breach_incident_conduct is 'What the respondent did in an incident: one row per kind of conduct reported (at least one per incident), each judged against the order on its own.';
comment on column breach_incident_conduct.incident_id is 'The incident (breach_incident.id).';
comment on column breach_incident_conduct.position is 'Position of the conduct in the incident as reported, from 1.';
comment on column breach_incident_conduct.conduct is 'VIOLENCE, THREAT, CONTACT, APPROACH, ENTRY, DAMAGE, PUBLICATION or HARASSMENT; each at most once per incident.';
comment on column breach_incident_conduct.channel is 'How this conduct reached the protected person: IN_PERSON, PHONE, TEXT, EMAIL, SOCIAL_MEDIA, LETTER or VIA_THIRD_PARTY; null when not a communication or not known.';

insert into breach_incident_conduct (incident_id, position, conduct, channel)
select id, 1, conduct, channel from breach_incident;

-- The stored check (one BreachAssessment) becomes the incident's check with one conduct: the overall outcome is that
-- conduct's outcome, which is what check_outcome already holds.
update breach_incident
   set check_result = jsonb_build_object('outcome', check_outcome,
                                         'conducts', jsonb_build_array(jsonb_build_object(
                                                 'conduct', conduct, 'channel', channel, 'check', check_result)))
 where not (check_result ? 'conducts');

alter table breach_incident drop column conduct;
alter table breach_incident drop column channel;

comment on column breach_incident.check_outcome is 'The incident''s verdict: the most serious of its conducts'' verdicts (LIKELY_BREACH, POSSIBLE_BREACH or NOT_COVERED).';
comment on column breach_incident.check_blockers is 'Comma-separated codes of the blockers found for any of the incident''s conducts.';
comment on column breach_incident.check_result is 'The full check as JSON: {outcome, conducts: [{conduct, channel, check}]}, each check with its blockers, terms, reasons, other offences and notes (see docs/breach-check.md).';
