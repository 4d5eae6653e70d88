-- CV submissions ("Je dépose mon CV"): the candidate's submission, its file in encrypted chunks,
-- and the audit log of staff access to candidate data. See docs/cv.md.

create table cv_submission (
    id                   uuid primary key,
    first_name           text not null,
    last_name            text not null,
    email                text not null,
    -- lower-cased e-mail: the key of the candidate's rights (export, erasure)
    email_key            text not null,
    phone                text,
    desired_profile      text,
    job_slug             text,
    job_title            text,
    location             text not null,
    message              text,
    consent_version      text not null,
    consented_at         timestamptz not null,
    status               text not null default 'NEW'
                         check (status in ('NEW', 'REVIEWED', 'SHORTLISTED', 'REJECTED', 'ARCHIVED')),
    note                 text,
    -- the file: sanitized original name, the type detected from its content, its size, its chunks
    file_name            text not null,
    content_type         text not null,
    file_size            bigint not null check (file_size > 0),
    chunk_count          integer not null check (chunk_count > 0),
    key_id               text not null,
    -- SHA-256 of the candidate's deletion token; the token itself is never stored in clear
    deletion_token_hash  bytea not null,
    -- Idempotency-Key: SHA-256 of the key, SHA-256 of the request, and the deletion token encrypted
    -- (under key_id) so that a retry gets the first answer; all three cleared after a day
    idempotency_key_hash bytea unique,
    request_fingerprint  bytea,
    replay_token         bytea,
    received_at          timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null default 0,
    check (desired_profile is not null or job_slug is not null)
);

create index cv_submission_received on cv_submission (received_at desc, id);
create index cv_submission_email on cv_submission (email_key);
create index cv_submission_status on cv_submission (status, received_at desc);
create index cv_submission_job on cv_submission (job_slug) where job_slug is not null;
create index cv_submission_profile on cv_submission (desired_profile) where desired_profile is not null;
create index cv_submission_idempotency on cv_submission (received_at) where idempotency_key_hash is not null;

-- The file, 64 KiB of plaintext per row, each encrypted with AES-256-GCM under the key key_id
-- (never stored in the database); the associated data binds (submission, seq, last) to the row.
create table cv_file_chunk (
    submission_id uuid not null references cv_submission (id) on delete cascade,
    seq           integer not null check (seq >= 0),
    key_id        text not null,
    nonce         bytea not null,
    ciphertext    bytea not null,
    primary key (submission_id, seq)
);
-- ciphertext does not compress: store it out of line without trying
alter table cv_file_chunk alter column ciphertext set storage external;

-- Who read, downloaded, changed, exported or erased candidate data, and when. No candidate data
-- here but the submission id, so the log outlives an erasure without keeping what was erased.
create table cv_audit (
    id            bigint generated always as identity primary key,
    at            timestamptz not null,
    actor         text not null,
    action        text not null,
    submission_id uuid,
    detail        text
);

create index cv_audit_at on cv_audit (at desc, id desc);
create index cv_audit_submission on cv_audit (submission_id) where submission_id is not null;
