-- V35: districts that mean something. Each district (neighbourhood policing area) of a force covers postcode
-- districts (outward codes, "LS6") or sectors ("LS6 2"); an order's victim district is found from the protected
-- person's postcode and the district is briefed on the order. A neighbourhood officer belongs to one district; the
-- district's team and its supervisor are e-mailed when a briefing arrives and when it is overdue.

alter table district add column team_email varchar(200);
alter table district add column supervisor_email varchar(200);
comment on column district.team_email is 'Where a new briefing for the district is announced (the team''s shared mailbox); null: none is sent.';
comment on column district.supervisor_email is 'Where an unacknowledged briefing is escalated (the district''s inspector or duty sergeant); null: none is sent.';

create table district_coverage (
    force_id    uuid         not null references force (id),
    area        varchar(8)   not null,
    district_id uuid         not null references district (id) on delete cascade,
    primary key (force_id, area),
    constraint district_coverage_area_ck check (area ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9])?$')
);
create index district_coverage_district_idx on district_coverage (district_id);
comment on table district_coverage is 'The postcode areas a district covers; one district per area in a force. A sector beats its outward code.';
comment on column district_coverage.area is 'A postcode district (outward code, e.g. LS6) or sector (outward code, space, digit, e.g. LS6 2), upper case.';

create table district_officer (
    username    varchar(100) primary key,
    district_id uuid         not null references district (id) on delete cascade
);
comment on table district_officer is 'The district a neighbourhood officer or inspector works in: the briefings they see and acknowledge.';
comment on column district_officer.username is 'The user''s sign-in name (user_account.username, or the identity provider''s).';
