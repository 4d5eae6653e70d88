-- Staff sessions (docs/security.md, "Sessions"): a login opens a session; its refresh tokens are
-- kept as SHA-256 hashes only, each spent once (spent_at) when the session is refreshed, so that a
-- spent token presented again is recognised (reuse detection). Access tokens carry the session id
-- (claim sid): ending a session refuses them at once.
create table staff_session (
    id                  uuid         primary key,
    account_id          bigint       not null references user_account (id) on delete cascade,
    device_label        varchar(120) not null,
    address             varchar(64)  not null,
    created_at          timestamptz  not null,
    last_used_at        timestamptz  not null,
    idle_expires_at     timestamptz  not null,
    absolute_expires_at timestamptz  not null,
    ended_at            timestamptz,
    end_reason          varchar(32)
);
create index staff_session_account_idx on staff_session (account_id, created_at) where ended_at is null;
create index staff_session_purge_idx on staff_session (absolute_expires_at);

create table refresh_token (
    token_hash bytea       primary key,
    session_id uuid        not null references staff_session (id) on delete cascade,
    created_at timestamptz not null,
    spent_at   timestamptz
);
create index refresh_token_session_idx on refresh_token (session_id);

-- Device tokens (OWASP "device cookie"): given at each successful login, kept hashed, per account.
-- A login presenting a valid one is limited by its own counter, not the account-wide one.
create table device_token (
    token_hash   bytea       primary key,
    account_id   bigint      not null references user_account (id) on delete cascade,
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);
create index device_token_account_idx on device_token (account_id, last_used_at);

-- Password resets by e-mail: single-use tokens, kept hashed, valid 30 minutes.
create table password_reset (
    token_hash bytea       primary key,
    account_id bigint      not null references user_account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_reset_account_idx on password_reset (account_id);
