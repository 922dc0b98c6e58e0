-- V13: nothing a sender said is lost. A repeated delivery (same source and reference) with different content used
-- to be answered with the first notification's id and dropped. It is now stored as a notification of its own, a
-- changed resend of the first, with what differs field by field, in the point of contact's queue. An identical
-- repeat is still recognised, so the comparison needs the content as delivered, which the point of contact's
-- corrections to "data" must not overwrite.

alter table notification add column delivered jsonb;
alter table notification add column correction_of uuid references notification (id);
alter table notification add column differences jsonb;
-- Before V13 only the possibly-corrected data was kept: it is the best record of what was delivered.
update notification set delivered = data;
alter table notification alter column delivered set not null;
alter table notification add constraint notification_correction_ck
    check ((correction_of is null) = (differences is null));

-- One original per sender's reference; its changed resends share the reference.
drop index notification_delivery_uk;
create unique index notification_delivery_uk on notification (force_id, source, external_reference)
    where external_reference is not null and correction_of is null;
create index notification_correction_idx on notification (correction_of) where correction_of is not null;

comment on column notification.delivered is 'The order as the sender delivered it, never corrected (rows stored before V13: the data as it then stood); an identical repeat is recognised against it.';
comment on column notification.correction_of is 'For a changed resend: the first notification the sender delivered with the same source and reference.';
comment on column notification.differences is 'For a changed resend: what differs from the sender''s previous delivery of that reference, as a list of {field, was, now}.';
