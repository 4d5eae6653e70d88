-- French full-text search over articles, job listings and career sheets (issue 10).
-- Never edit a migration once it has landed: add a new V<n>__ file instead.
--
-- The vectors are kept current by the database itself on every write: generated columns where
-- the text lives in the row, triggers where it does not (an article's tags). The queries parse
-- what readers type with websearch_to_tsquery('french_unaccent', …) and match with @@ on the
-- GIN indexes below.

-- unaccent is a trusted extension: the database owner may create it (PostgreSQL 13 and newer).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- French stemming with accents folded first: "metiers" and "métiers" give the same lexeme.
create text search configuration french_unaccent (copy = french);
alter text search configuration french_unaccent
    alter mapping for hword, hword_part, word with unaccent, french_stem;

-- HTML bodies as plain text (the sanitizer leaves tags, never scripts or comments).
create or replace function kiosque_strip_tags(value text) returns text
    language sql immutable strict parallel safe
as $$
select regexp_replace(value, '<[^>]*>', ' ', 'g')
$$;

-- ---- articles: title (A) > standfirst and tags (B) > body (C) ------------------------------
alter table article add column search_vector tsvector;

create or replace function article_search_vector(p_id bigint, p_title text, p_standfirst text, p_body text)
    returns tsvector language sql stable
as $$
select setweight(to_tsvector('french_unaccent'::regconfig, coalesce(p_title, '')), 'A')
    || setweight(to_tsvector('french_unaccent'::regconfig, coalesce(p_standfirst, '')), 'B')
    || setweight(to_tsvector('french_unaccent'::regconfig, coalesce(
           (select string_agg(t.name, ' ') from article_tag at join tag t on t.id = at.tag_id where at.article_id = p_id),
           '')), 'B')
    || setweight(to_tsvector('french_unaccent'::regconfig, kiosque_strip_tags(coalesce(p_body, ''))), 'C')
$$;

create or replace function article_search_vector_trg() returns trigger language plpgsql
as $$
begin
    new.search_vector := article_search_vector(new.id, new.title, new.standfirst, new.body);
    return new;
end
$$;
create trigger article_search_vector_trg before insert or update of title, standfirst, body on article
    for each row execute function article_search_vector_trg();

create or replace function article_tag_search_vector_trg() returns trigger language plpgsql
as $$
begin
    update article a set search_vector = article_search_vector(a.id, a.title, a.standfirst, a.body)
     where a.id = coalesce(new.article_id, old.article_id);
    return null;
end
$$;
create trigger article_tag_search_vector_trg after insert or delete on article_tag
    for each row execute function article_tag_search_vector_trg();

create or replace function tag_search_vector_trg() returns trigger language plpgsql
as $$
begin
    update article a set search_vector = article_search_vector(a.id, a.title, a.standfirst, a.body)
     where a.id in (select at.article_id from article_tag at where at.tag_id = new.id);
    return null;
end
$$;
create trigger tag_search_vector_trg after update of name on tag
    for each row when (old.name is distinct from new.name) execute function tag_search_vector_trg();

update article a set search_vector = article_search_vector(a.id, a.title, a.standfirst, a.body);
create index article_search_idx on article using gin (search_vector);

-- ---- job listings: title (A) > company (B) > description (C) --------------------------------
alter table job_listing add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent'::regconfig, title), 'A')
    || setweight(to_tsvector('french_unaccent'::regconfig, company_name), 'B')
    || setweight(to_tsvector('french_unaccent'::regconfig, kiosque_strip_tags(description)), 'C')) stored;
create index job_listing_fts_idx on job_listing using gin (search_vector);

-- ---- career sheets: title (A) > summary (B) > education and career path (C) ----------------
alter table job_profile add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent'::regconfig, title), 'A')
    || setweight(to_tsvector('french_unaccent'::regconfig, summary), 'B')
    || setweight(to_tsvector('french_unaccent'::regconfig,
           coalesce(education, '') || ' ' || coalesce(career_path, '')), 'C')) stored;
create index job_profile_fts_idx on job_profile using gin (search_vector);

-- ---- suggestions: the words of titles, for "did you mean" by trigram similarity -------------
-- Grows on every write of a title; a word no longer used costs nothing but a row (a suggestion
-- is only offered when it finds results).
create table search_word (
    word varchar(60) primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

create or replace function search_word_trg() returns trigger language plpgsql
as $$
begin
    insert into search_word (word)
    select distinct w from regexp_split_to_table(lower(new.title), '[^[:alpha:]]+') w
     where length(w) between 4 and 60
    on conflict do nothing;
    return null;
end
$$;
create trigger article_search_word_trg after insert or update of title on article
    for each row execute function search_word_trg();
create trigger job_listing_search_word_trg after insert or update of title on job_listing
    for each row execute function search_word_trg();
create trigger job_profile_search_word_trg after insert or update of title on job_profile
    for each row execute function search_word_trg();

insert into search_word (word)
select distinct w from (
    select title from article union all select title from job_listing union all select title from job_profile) t,
    regexp_split_to_table(lower(t.title), '[^[:alpha:]]+') w
 where length(w) between 4 and 60
on conflict do nothing;

-- For HQL filters (the article list's q): a one-line SQL function that PostgreSQL inlines, so
-- "kiosque_fts(a.search_vector, :q) = true" uses article_search_idx.
create or replace function kiosque_fts(vector tsvector, query text) returns boolean
    language sql immutable parallel safe
as $$
select vector @@ websearch_to_tsquery('french_unaccent'::regconfig, query)
$$;
