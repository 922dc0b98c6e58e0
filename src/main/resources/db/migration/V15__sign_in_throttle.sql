-- Password guessing is slowed per account and per address: failed sign-ins are counted here, in the database rather
-- than in one instance's memory, so every instance behind the load balancer refuses the same guesser.
create table sign_in_throttle (
    throttle_key      varchar(300) primary key,
    failures          integer      not null,
    window_started_at timestamptz  not null,
    locks             integer      not null default 0,
    locked_until      timestamptz,
    last_failure_at   timestamptz  not null
);
create index sign_in_throttle_locked_idx on sign_in_throttle (locked_until) where locked_until is not null;
comment on table sign_in_throttle is 'Failed sign-ins per account and per address, and the locks they caused; a row goes when the account signs in or an administrator unlocks it.';
comment on column sign_in_throttle.throttle_key is '''account:'' and the user name as typed (lower case; whether or not such an account exists, so a lock says nothing about existence), or ''address:'' and the client address.';
comment on column sign_in_throttle.failures is 'Failed sign-ins in the current window.';
comment on column sign_in_throttle.window_started_at is 'When the current counting window began; failures older than the window are forgotten.';
comment on column sign_in_throttle.locks is 'How many times in a row this key has been locked; each lock lasts twice as long as the one before, up to the maximum.';
comment on column sign_in_throttle.locked_until is 'No sign-in (even with the right password) is accepted for this key until then.';
comment on column sign_in_throttle.last_failure_at is 'The latest failed sign-in.';
