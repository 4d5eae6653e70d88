-- Token signing keys, when none is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION /
-- SMALLRYE_JWT_SIGN_KEY_LOCATION): generated once, at the first start, and shared by every
-- instance, so that tokens survive restarts and work on any instance. A key signs from
-- signs_from on; every key listed here verifies tokens (see docs/operations.md, rotation).
create table jwt_key (
    kid         varchar(64) primary key,
    public_key  text        not null,
    private_key text        not null,
    created_at  timestamptz not null,
    signs_from  timestamptz not null
);

-- Tokens carry the credential version of their account; changing the password, the e-mail or
-- the roles, or disabling the account, bumps it and so revokes the tokens issued before.
alter table user_account add column credential_version integer not null default 0;
