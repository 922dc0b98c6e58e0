-- Issue 11: the orders module owns every change to an order, and one enum (orders.ChangeKind) names its kind.
-- Notifications stored what they would do under intake's own names; they now store the register's. The intake API
-- still shows and accepts the old names (intake.internal.ChangeKindNames), so no client sees a difference.
update notification set offered_change = 'MADE' where offered_change = 'NEW_ORDER';
update notification set offered_change = 'SERVICE' where offered_change = 'SERVICE_CONFIRMATION';

comment on column notification.offered_change is 'What it would do to the register (orders.ChangeKind): MADE (a new order), or VARIATION, EXTENSION, DISCHARGE or SERVICE of the order already held for the same court, case and type.';
