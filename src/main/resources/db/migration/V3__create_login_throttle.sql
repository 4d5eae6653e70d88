-- Failed logins per e-mail, to refuse password guessing (429). The e-mail is kept only as a
-- SHA-256 hash: this table holds no personal data in clear. Shared by every instance.
create table login_throttle (
    key_hash     varchar(64) primary key,
    failures     integer     not null,
    window_start timestamptz not null
);
create index login_throttle_window_idx on login_throttle (window_start);
