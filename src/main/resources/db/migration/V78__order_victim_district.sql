-- V78: each order's victim district kept on a narrow table, so the register list and the reports can filter a large
-- force by district through an index (docs/benchmarks.md, "Register list and reports"). Until now the district was
-- the view reporting_order_district (V66), a DISTINCT ON over every victim briefing task unioned with the point of
-- contact's choices: PostgreSQL has to compute it for every order of every force before it can pick one district's,
-- which took 1.7 s for a count and 42 s for one district's breaches at 200,000 orders.
--
-- The district is safeguarding's (its briefing tasks and the point of contact's choice), so the table is kept from
-- safeguarding's two tables by statement triggers on them: whatever writes them (a new version re-briefing the
-- victim's district when the address changes, a choice made or replaced, a transfer to another force clearing the
-- district and the choice, disposal by retention deleting them) recomputes the affected orders' district in the same
-- transaction, with the same rule the view had. No code path can forget it, and the row goes when its sources go.

create table order_victim_district (
    order_id    uuid primary key,
    district_id uuid not null references district (id) on delete cascade
);
create index order_victim_district_district_idx on order_victim_district (district_id, order_id);
comment on table order_victim_district is 'Each order''s victim district: the district of its latest victim briefing that has one, else the district the point of contact chose. Kept by triggers on safeguarding_task and order_district_choice (V78); read by reporting through reporting_order_district.';
comment on column order_victim_district.order_id is 'The order (protective_order; not a foreign key, the orders module owns that table).';

-- The rule, for a set of orders: the view's rule of V66, order by order.
create function order_victim_district_refresh(orders uuid[]) returns void language plpgsql as $$
begin
    with kept as (
        select o.id as order_id,
               coalesce((select t.district_id from safeguarding_task t
                         where t.order_id = o.id and t.kind = 'DISSEMINATION' and t.district_id is not null
                           and t.dedupe_key like '%:victim:%'
                         order by t.order_version desc, t.created_at desc limit 1),
                        (select c.district_id from order_district_choice c where c.order_id = o.id)) as district_id
        from (select distinct unnest(orders) as id) o
    ), gone as (
        delete from order_victim_district d using kept k
        where d.order_id = k.order_id and k.district_id is null
    )
    insert into order_victim_district (order_id, district_id)
    select order_id, district_id from kept where district_id is not null
    on conflict (order_id) do update set district_id = excluded.district_id
        where order_victim_district.district_id is distinct from excluded.district_id;
end
$$;
comment on function order_victim_district_refresh(uuid[]) is 'Recomputes order_victim_district for the orders given (V78).';

-- Statement triggers with transition tables: one call per statement, whatever the number of rows (a transfer or a
-- bulk load touches many).
create function order_victim_district_from_tasks() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform order_victim_district_refresh(array(select order_id from new_rows where kind = 'DISSEMINATION'));
    elsif tg_op = 'DELETE' then
        perform order_victim_district_refresh(array(select order_id from old_rows where kind = 'DISSEMINATION'));
    else
        perform order_victim_district_refresh(array(
            select order_id from new_rows where kind = 'DISSEMINATION'
            union select order_id from old_rows where kind = 'DISSEMINATION'));
    end if;
    return null;
end
$$;
create function order_victim_district_from_choices() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform order_victim_district_refresh(array(select order_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform order_victim_district_refresh(array(select order_id from old_rows));
    else
        perform order_victim_district_refresh(array(select order_id from new_rows union select order_id from old_rows));
    end if;
    return null;
end
$$;
create trigger order_victim_district_task_insert after insert on safeguarding_task
    referencing new table as new_rows for each statement execute function order_victim_district_from_tasks();
create trigger order_victim_district_task_update after update on safeguarding_task
    referencing old table as old_rows new table as new_rows for each statement
    execute function order_victim_district_from_tasks();
create trigger order_victim_district_task_delete after delete on safeguarding_task
    referencing old table as old_rows for each statement execute function order_victim_district_from_tasks();
create trigger order_victim_district_choice_insert after insert on order_district_choice
    referencing new table as new_rows for each statement execute function order_victim_district_from_choices();
create trigger order_victim_district_choice_update after update on order_district_choice
    referencing old table as old_rows new table as new_rows for each statement
    execute function order_victim_district_from_choices();
create trigger order_victim_district_choice_delete after delete on order_district_choice
    referencing old table as old_rows for each statement execute function order_victim_district_from_choices();

-- Every order that has a district today, from the view (the same rule).
insert into order_victim_district (order_id, district_id)
select order_id, district_id from reporting_order_district;

-- The view keeps its name and columns: reporting's queries and tests read it as before.
create or replace view reporting_order_district as
select d.order_id, d.district_id from order_victim_district d;
comment on view reporting_order_district is 'Each order''s victim district (the latest victim briefing''s, else the point of contact''s choice), kept in order_victim_district (V78). Read-only.';
