-- bench/generate, comments: reader discussions in set-based SQL (no row-by-row inserts), run after
-- articles.sql. :comments comments in threads over the published articles (1,000,000 by default):
-- 40 % start a thread, 40 % answer a top-level comment, 20 % answer a reply; 90 % approved, the
-- rest pending, rejected or spam; first names, French sentences, some "@Prénom" mentions.
-- One article, :thread_slug (article-1234 by default), gets a thread of exactly 500 approved
-- comments (50 top-level, 300 replies, 150 replies to replies): the comments-500-thread
-- scenario of bench/run reads it.
\set ON_ERROR_STOP on
\if :{?comments}
\else
  \set comments 1000000
\endif
\if :{?thread_slug}
\else
  \set thread_slug article-1234
\endif
begin;
truncate comment restart identity;

-- A bulk load is faster without per-row work: the comment table's foreign keys (checked row by row)
-- and secondary indexes are dropped here and made again once the rows are in (one pass each),
-- from their own definitions, so this script follows the migrations.
create temporary table deferred_ddl (pos serial, undo text) on commit drop;
insert into deferred_ddl (undo)
select format('create index %I on comment %s', c.relname, substring(pg_get_indexdef(i.indexrelid) from ' USING .*$'))
from pg_index i join pg_class c on c.oid = i.indexrelid
where i.indrelid = 'comment'::regclass and not i.indisprimary
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
insert into deferred_ddl (undo)
select format('alter table comment add constraint %I %s', conname, pg_get_constraintdef(oid))
from pg_constraint where conrelid = 'comment'::regclass and contype = 'f';
do $$
declare r record;
begin
  for r in select conname from pg_constraint where conrelid = 'comment'::regclass and contype = 'f' loop
    execute format('alter table comment drop constraint %I', r.conname);
  end loop;
  for r in select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid
           where i.indrelid = 'comment'::regclass and not i.indisprimary
             and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid) loop
    execute format('drop index %I', r.relname);
  end loop;
end $$;

create temporary table first_names (n serial, name text, key text) on commit drop;
insert into first_names (name, key)
select name, lower(translate(name, 'ÉÈéèëêïîôöàâçÇ', 'EEeeeeiiooaacC'))
from unnest(array['Sandra', 'Hauri', 'Yves', 'Eva', 'Marc', 'Claire', 'Julien', 'Léa', 'Nicolas', 'Camille', 'Thomas',
                  'Chloé', 'Antoine', 'Manon', 'Hugo', 'Inès', 'Lucas', 'Sarah', 'Mathieu', 'Élodie', 'Karim', 'Sophie',
                  'Pierre', 'Amélie', 'Olivier', 'Nadia', 'François', 'Laura', 'Vincent', 'Hélène']) name;
select count(*) as nnames from first_names \gset

create temporary table sentences (n serial, s text) on commit drop;
insert into sentences (s) select unnest(array[
    'L’enjeu global est important, il faut travailler sur des solutions alternatives !',
    'Le rapport signal/bruit est certes à la baisse, mais il reste des contenus de qualité.',
    'Savoir s’adapter et se réinventer est un des prérequis de nos métiers.',
    'Les marques que nous accompagnons se posent la même question depuis des mois.',
    'Je ne suis pas d’accord : l’audience est encore là, et elle ne partira pas demain.',
    'Merci pour cet article, il met des mots sur ce que beaucoup pensent tout bas.',
    'Quitter une plateforme, c’est aussi perdre une communauté construite pendant des années.',
    'Le vrai sujet, c’est la mesure : que rapporte encore ce canal, concrètement ?',
    'Nous avons fait le choix de rester, en publiant moins mais mieux.',
    'La question éthique devrait passer avant les chiffres d’engagement.',
    'Les alternatives existent déjà, à nous d’investir ces territoires.',
    'Un article extrêmement neutre, comme toujours sur ce sujet…',
    'Quelqu’un a-t-il des chiffres sur la baisse de portée depuis un an ?',
    'Le documentaire dont vous parlez est très éclairant sur ces mécanismes.',
    'Dans notre agence, les clients demandent surtout de la prudence.',
    'Il faut juste bien connaître ses sources d’information.']);
select count(*) as nsentences from sentences \gset

create temporary table targets on commit drop as
select row_number() over (order by id) as n, id, published_at
from article where status = 'PUBLISHED' and slug <> :'thread_slug';
select count(*) as ntargets from targets \gset

select (:comments - 500) * 4 / 10 as nroots, (:comments - 500) * 4 / 10 as nreplies,
       (:comments - 500) - 2 * ((:comments - 500) * 4 / 10) as ndeep \gset

-- top-level comments, spread over the published articles
insert into comment (article_id, author_name, author_key, author_email, body, status, ip_hash, created_at, updated_at)
select t.id, f.name, f.key, 'lecteur-' || (g % 50000) || '@example.org',
       s1.s || case when g % 3 = 0 then ' ' || s2.s else '' end,
       case when g % 100 < 90 then 'APPROVED' when g % 100 < 95 then 'PENDING' when g % 100 < 98 then 'REJECTED' else 'SPAM' end,
       md5('ip' || (g % 80000)) || md5('ip2' || (g % 80000)),
       t.published_at + make_interval(secs => 60 + g % 86400), t.published_at + make_interval(secs => 60 + g % 86400)
from generate_series(1, :nroots) g
join targets t on t.n = 1 + (g::bigint * 7919) % :ntargets
join first_names f on f.n = 1 + g % :nnames
join sentences s1 on s1.n = 1 + g % :nsentences
join sentences s2 on s2.n = 1 + (g * 7) % :nsentences;

create temporary table roots on commit drop as
select row_number() over (order by id) as n, id, article_id, created_at, author_name from comment;
select count(*) as nroots_made from roots \gset

-- answers to top-level comments; one in four names the author it answers
insert into comment (article_id, parent_id, root_id, author_name, author_key, author_email, body, status, ip_hash,
                     created_at, updated_at)
select r.article_id, r.id, r.id, f.name, f.key, 'lecteur-' || ((g + 17) % 50000) || '@example.org',
       case when g % 4 = 0 then '@' || r.author_name || ' : ' else '' end || s1.s,
       case when g % 100 < 92 then 'APPROVED' when g % 100 < 97 then 'PENDING' else 'REJECTED' end,
       md5('ip' || ((g + 17) % 80000)) || md5('ip2' || ((g + 17) % 80000)),
       r.created_at + make_interval(secs => 30 + g % 20000), r.created_at + make_interval(secs => 30 + g % 20000)
from generate_series(1, :nreplies) g
join roots r on r.n = 1 + (g::bigint * 104729) % :nroots_made
join first_names f on f.n = 1 + (g * 11) % :nnames
join sentences s1 on s1.n = 1 + (g * 5) % :nsentences;

create temporary table replies on commit drop as
select row_number() over (order by id) as n, id, article_id, root_id, created_at, author_name
from comment where parent_id is not null;
select count(*) as nreplies_made from replies \gset

-- answers to answers
insert into comment (article_id, parent_id, root_id, author_name, author_key, author_email, body, status, ip_hash,
                     created_at, updated_at)
select p.article_id, p.id, p.root_id, f.name, f.key, 'lecteur-' || ((g + 31) % 50000) || '@example.org',
       '@' || p.author_name || ' : ' || s1.s,
       case when g % 100 < 92 then 'APPROVED' else 'PENDING' end,
       md5('ip' || ((g + 31) % 80000)) || md5('ip2' || ((g + 31) % 80000)),
       p.created_at + make_interval(secs => 30 + g % 20000), p.created_at + make_interval(secs => 30 + g % 20000)
from generate_series(1, :ndeep) g
join replies p on p.n = 1 + (g::bigint * 15485863) % :nreplies_made
join first_names f on f.n = 1 + (g * 13) % :nnames
join sentences s1 on s1.n = 1 + (g * 3) % :nsentences;

-- the 500-comment thread: 50 top-level comments, 300 answers to them, 150 answers to answers, all approved
insert into comment (article_id, author_name, author_key, author_email, body, status, created_at, updated_at)
select a.id, f.name, f.key, 'fil-' || g || '@example.org', s.s, 'APPROVED',
       a.published_at + make_interval(mins => g), a.published_at + make_interval(mins => g)
from article a, generate_series(1, 50) g
join first_names f on f.n = 1 + g % :nnames
join sentences s on s.n = 1 + g % :nsentences
where a.slug = :'thread_slug';

insert into comment (article_id, parent_id, root_id, author_name, author_key, author_email, body, status, created_at, updated_at)
select r.article_id, r.id, r.id, f.name, f.key, 'fil-r' || g || '@example.org',
       case when g % 3 = 0 then '@' || r.author_name || ' : ' else '' end || s.s, 'APPROVED',
       r.created_at + make_interval(mins => 60 + g), r.created_at + make_interval(mins => 60 + g)
from generate_series(1, 300) g
join (select row_number() over (order by c.id) as n, c.* from comment c join article a on a.id = c.article_id
      where a.slug = :'thread_slug' and c.parent_id is null) r on r.n = 1 + g % 50
join first_names f on f.n = 1 + (g * 7) % :nnames
join sentences s on s.n = 1 + (g * 5) % :nsentences;

insert into comment (article_id, parent_id, root_id, author_name, author_key, author_email, body, status, created_at, updated_at)
select p.article_id, p.id, p.root_id, f.name, f.key, 'fil-rr' || g || '@example.org', '@' || p.author_name || ' : ' || s.s,
       'APPROVED', p.created_at + make_interval(mins => 60 + g), p.created_at + make_interval(mins => 60 + g)
from generate_series(1, 150) g
join (select row_number() over (order by c.id) as n, c.* from comment c join article a on a.id = c.article_id
      where a.slug = :'thread_slug' and c.parent_id is not null) p on p.n = 1 + (g * 7) % 300
join first_names f on f.n = 1 + (g * 3) % :nnames
join sentences s on s.n = 1 + (g * 11) % :nsentences;

-- replies come minutes to hours after their parent: on the newest articles that would be in the
-- future, which a public thread would show
update comment set created_at = least(created_at, now()), updated_at = least(updated_at, now())
where created_at > now() or updated_at > now();

-- the indexes, then the foreign keys (each validated in one pass)
do $$
declare r record;
begin
  for r in select undo from deferred_ddl order by pos loop
    execute r.undo;
  end loop;
end $$;
commit;
-- article.comment_count is set by sql/comment-counts.sql, once the article rows are no longer being
-- written by sql/vectors.sql (bench/generate runs them side by side).
