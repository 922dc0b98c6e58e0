-- V11: the daily risk meeting: when it was held, who chaired it, the period it covered, and the actions agreed on
-- each agenda item with their owners.

create table risk_meeting (
    id          uuid primary key,
    force_id    uuid         not null references force (id),
    held_at     timestamptz  not null,
    chair       varchar(200) not null,
    covers_from timestamptz  not null,
    covers_to   timestamptz  not null,
    recorded_by varchar(200) not null,
    notes       varchar(4000),
    constraint risk_meeting_period_ck check (covers_from <= covers_to)
);
create index risk_meeting_force_held_idx on risk_meeting (force_id, held_at desc);
comment on table risk_meeting is 'A daily risk meeting of a force: breaches since the last meeting, high-risk victims, repeat victims, outstanding arrests.';
comment on column risk_meeting.force_id is 'The force whose meeting it was; only its users can read it.';
comment on column risk_meeting.held_at is 'When the meeting was held (recorded); the next meeting''s agenda starts here.';
comment on column risk_meeting.chair is 'Who chaired it (name and rank or role).';
comment on column risk_meeting.covers_from is 'Start of the period its agenda covered (the previous meeting, or 24 hours before).';
comment on column risk_meeting.covers_to is 'End of the period its agenda covered.';
comment on column risk_meeting.recorded_by is 'The user who recorded the meeting.';
comment on column risk_meeting.notes is 'Anything else the meeting recorded.';

create table risk_meeting_action (
    id             uuid primary key,
    meeting_id     uuid          not null references risk_meeting (id),
    position       integer       not null,
    section        varchar(40)   not null,
    item_reference varchar(200)  not null,
    item_summary   varchar(1000),
    action_text    varchar(2000) not null,
    owner          varchar(200)  not null,
    due            date,
    done_at        timestamptz,
    done_by        varchar(200),
    lock_version   bigint        not null default 0
);
create index risk_meeting_action_meeting_idx on risk_meeting_action (meeting_id, position);
comment on table risk_meeting_action is 'An action the risk meeting agreed on one agenda item, with its owner.';
comment on column risk_meeting_action.meeting_id is 'The meeting that agreed it.';
comment on column risk_meeting_action.position is 'Order on the meeting record (agenda order).';
comment on column risk_meeting_action.section is 'The agenda section of the item: BREACHES_SINCE_LAST_MEETING, HIGH_RISK, REPEAT_VICTIMS, OUTSTANDING_ARRESTS, or OTHER.';
comment on column risk_meeting_action.item_reference is 'What the item was about as the meeting referred to it (a breach reference, a case number).';
comment on column risk_meeting_action.item_summary is 'The item''s agenda line when the action was agreed.';
comment on column risk_meeting_action.action_text is 'What is to be done.';
comment on column risk_meeting_action.owner is 'Who is to do it.';
comment on column risk_meeting_action.due is 'When it is due (UK date), if set.';
comment on column risk_meeting_action.done_at is 'When it was marked done; null while outstanding.';
comment on column risk_meeting_action.done_by is 'Who marked it done.';
comment on column risk_meeting_action.lock_version is 'Optimistic lock.';
