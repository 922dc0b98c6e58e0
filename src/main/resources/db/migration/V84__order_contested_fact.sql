-- V84: a fact in an order whose accuracy the person contests and that cannot be settled (DPA 2018 s.46(4)): its
-- processing is restricted, and every view of the order (its page, its API view, a subject access export) says the
-- fact is contested until a rectification settles it. Owned by the orders module.

create table order_contested_fact (
    id            uuid          primary key,
    order_id      uuid          not null references protective_order (id),
    party_role    varchar(30)   not null,
    person_name   varchar(300)  not null,
    fact          varchar(20)   not null,
    held_value    varchar(500)  not null,
    reason        varchar(2000) not null,
    contested_at  timestamptz   not null,
    contested_by  varchar(200)  not null,
    settled_at    timestamptz
);
create index order_contested_fact_order_idx on order_contested_fact (order_id) where settled_at is null;
comment on table order_contested_fact is 'A fact of an order whose accuracy is contested and cannot be settled (s.46(4)): every view of it says so.';
comment on column order_contested_fact.party_role is 'The party''s part: APPLICANT, RESPONDENT, PROTECTED_PERSON or CHILD.';
comment on column order_contested_fact.person_name is 'The party''s name as recorded.';
comment on column order_contested_fact.fact is 'NAME, DATE_OF_BIRTH or ADDRESS.';
comment on column order_contested_fact.held_value is 'The value contested, as recorded.';
comment on column order_contested_fact.reason is 'Why it is contested and could not be settled.';
comment on column order_contested_fact.contested_at is 'When it was marked.';
comment on column order_contested_fact.contested_by is 'Who marked it (the supervisor who decided).';
comment on column order_contested_fact.settled_at is 'When a rectification settled it; null while contested.';
