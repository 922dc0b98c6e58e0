-- V94: indexes for the question every instance's control-room lookup asks four times a second, "which orders have a
-- version recorded, or moved force, since I last looked?" (orders.OrderChanges.recordedSince, run by
-- lookup.internal.LookupReadModel.refresh). Neither order_version.recorded_at nor protective_order.moved_at was
-- indexed, so each refresh read both tables whole: at a large force's 200,000 orders, a parallel scan of 200,000
-- versions and 200,000 orders, 110 to 400 ms on both cores of the database, four times a second, on every instance,
-- whether anything had changed or not (docs/benchmarks.md, "The lookup's refresh at a large force's size"). With them
-- each refresh reads only the rows newer than it last saw.

create index order_version_recorded_idx on order_version (recorded_at);

-- few orders ever move force, so only those that have are indexed
create index protective_order_moved_idx on protective_order (moved_at) where moved_at is not null;
