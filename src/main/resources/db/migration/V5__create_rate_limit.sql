-- Fixed-window counters of the rate limiter (common/ratelimit), shared by every instance:
-- logins today, comments and CV uploads tomorrow. One row per bucket and key; the key (an
-- e-mail, a client address...) is kept only as a SHA-256 hash, so no personal data is stored
-- in clear. A hit is one upsert that returns the new count; expired rows are purged on a schedule.
create table rate_limit (
    bucket     varchar(64) not null,
    key_hash   varchar(64) not null,
    hits       integer     not null,
    expires_at timestamptz not null,
    primary key (bucket, key_hash)
);
create index rate_limit_expires_idx on rate_limit (expires_at);

-- Replaced by rate_limit (failures per e-mail only let anyone lock any account out).
drop table login_throttle;
