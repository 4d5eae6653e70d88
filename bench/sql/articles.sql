-- bench/generate, articles: a realistic magazine in set-based SQL (no row-by-row inserts).
-- 12 sections, 2,000 authors, 3,000 tags, :articles articles over five years (95 % published,
-- the rest drafts, scheduled and archived), 1-3 authors and 2-5 tags each, French bodies of
-- 600 to 1,800 words built from a pool of paragraphs, a pull quote, a cover image on most,
-- and "à lire aussi" chosen by the editor on one article in ten.
\set ON_ERROR_STOP on
begin;
truncate article_related, article_tag, article_author, article, tag, author, section restart identity cascade;
-- The search vector (V11) is kept by triggers, one computation per written row: on a bulk load that
-- would compute each article's vector once per tag too. Off during the load; bench/generate then
-- computes the vectors (sql/vectors.sql) in two sessions, beside the comments and the listings.
alter table article disable trigger article_search_vector_trg;
alter table article_tag disable trigger article_tag_search_vector_trg;

create temporary table words (n serial, w text) on commit drop;
insert into words (w) select unnest(string_to_array(
 'communication marketing digital réseaux sociaux plateforme stratégie marque audience contenu éditorial '
 'influence campagne publicité annonceurs agence client données mesure engagement abonnés algorithme '
 'visibilité réputation crise transparence confiance rédaction journaliste communicant marketeur '
 'entreprise institution collectivité public citoyen débat information désinformation modération '
 'liberté expression responsabilité éthique valeurs collaborateurs salariés recrutement talents emploi '
 'salaire carrière métier compétences formation alternance stage freelance télétravail management '
 'projet budget objectif indicateur performance retour investissement notoriété image discours '
 'storytelling vidéo podcast newsletter site application mobile référencement recherche moteur '
 'utilisateur expérience parcours conversion fidélisation communauté échange dialogue conversation '
 'tendance innovation intelligence artificielle outil automatisation analyse tableau rapport étude '
 'sondage enquête chiffre pourcentage croissance baisse année mois semaine aujourd''hui demain hier '
 'toujours souvent parfois jamais vraiment simplement clairement surtout notamment également pourtant '
 'cependant ainsi donc alors enfin quitter rester choisir décider publier partager commenter réagir '
 'écrire lire regarder écouter comprendre expliquer convaincre informer alerter protéger défendre '
 'grand petit nouveau ancien important difficile simple rapide lent fort faible juste vrai faux '
 'premier dernier seul autre même chaque plusieurs certains nombreux quelques tous toutes', ' '));

select count(*) as nwords from words \gset

-- kept after this script (with each paragraph's search vector) for sql/vectors.sql; bench/generate drops it
drop table if exists bench_paragraph;
create table bench_paragraph (n int primary key, p text, v tsvector);
create temporary view paragraphs as select n, p from bench_paragraph;
insert into bench_paragraph (n, p)
select g, '<p>' || initcap(string_agg(w, ' ' order by k)) || '.</p>'
from generate_series(1, 600) g
cross join lateral (select k, (select w from words where n = 1 + ((g * 7919 + k * 104729 + k * k) % :nwords)) w
                    from generate_series(1, 60 + g % 90) k) x
group by g;
update bench_paragraph set v = to_tsvector('french_unaccent'::regconfig, kiosque_strip_tags(p));

insert into section (slug, name, description)
select s.slug, s.name, case when s.n % 3 = 0 then null else 'Tout sur ' || lower(s.name) || '.' end
from (values (1, 'le-magazine', 'Le Magazine'), (2, 'reseaux-sociaux', 'Réseaux sociaux'), (3, 'marques', 'Marques'),
             (4, 'medias', 'Médias'), (5, 'carrieres', 'Carrières'), (6, 'salaires', 'Salaires'),
             (7, 'agences', 'Agences'), (8, 'communication-publique', 'Communication publique'),
             (9, 'data', 'Data'), (10, 'ia', 'Intelligence artificielle'), (11, 'tribunes', 'Tribunes'),
             (12, 'portraits', 'Portraits')) s(n, slug, name);

insert into author (slug, name, role, bio, avatar_url)
select 'auteur-' || n, initcap((select w from words where words.n = 1 + (g.n * 31) % :nwords)) || ' ' || 'Auteur ' || n,
       case when n % 4 = 0 then null else (array['Journaliste', 'Rédactrice en chef', 'Consultant', 'Directrice de la communication'])[1 + n % 4] end,
       case when n % 5 = 0 then null else 'Écrit sur la communication et le marketing depuis ' || (2000 + n % 25) || '.' end,
       case when n % 2 = 0 then null else 'https://cdn.kiosque.fr/auteurs/' || n || '.jpg' end
from generate_series(1, 2000) g(n);

insert into tag (slug, name)
select 'mot-' || i, initcap((select w from words where words.n = 1 + i % :nwords)) || ' ' || i
from generate_series(1, 3000) i;

insert into article (slug, title, standfirst, body, pull_quotes, cover_image_url, cover_image_alt, cover_image_credit,
                     section_id, status, published_at, reading_time_minutes, comments_open, created_at, updated_at)
select 'article-' || n,
       initcap(p1.w) || ' : ' || p2.w || ' et ' || p3.w || ', le dilemme n° ' || n,
       'Abandonner ' || p2.w || ', c''est une vraie question pour chacun : ' || p3.w || ' ou ' || p1.w || ' ?',
       (select string_agg(p, '' order by k) from (select k, (select p from paragraphs where paragraphs.n = 1 + (a.n * 13 + k * 71) % 600) p
                                                  from generate_series(1, 6 + a.n % 10) k) b),
       array['Car on n''utilise pas ' || p1.w || ' pour rigoler, c''est bien plus que ça.'],
       case when n % 10 = 0 then null else 'https://cdn.kiosque.fr/images/article-' || n || '.jpg' end,
       case when n % 10 = 0 then null else 'Illustration : ' || p2.w end,
       case when n % 10 = 0 or n % 3 = 0 then null else 'Photo : Kiosque' end,
       1 + n % 12,
       case when n % 100 = 1 then 'DRAFT' when n % 100 = 2 then 'SCHEDULED' when n % 100 = 3 then 'ARCHIVED' else 'PUBLISHED' end,
       case when n % 100 = 1 then null
            when n % 100 = 2 then now() + make_interval(hours => 1 + n % 500)
            else now() - make_interval(mins => (n * 26)) end,
       3 + n % 8, n % 7 <> 0,
       now() - make_interval(mins => (n * 26) + 60), now() - make_interval(mins => (n * 26))
from generate_series(1, :articles) a(n)
cross join lateral (select w from words where words.n = 1 + (a.n * 3) % :nwords) p1
cross join lateral (select w from words where words.n = 1 + (a.n * 7 + 11) % :nwords) p2
cross join lateral (select w from words where words.n = 1 + (a.n * 11 + 29) % :nwords) p3;

insert into article_author (article_id, position, author_id)
select a.id, p, 1 + (a.id * 7 + p * 389) % 2000
from article a cross join generate_series(0, 2) p
where p < 1 + a.id % 3;

insert into article_tag (article_id, tag_id)
select a.id, 1 + ((a.id * (p + 3) + p * 997) % 3000)
from article a cross join generate_series(0, 4) p
where p < 2 + a.id % 4
on conflict do nothing;

insert into article_related (article_id, position, related_id)
select a.id, p, 1 + (a.id + p * 17 + 1) % (select max(id) from article)
from article a cross join generate_series(0, 2) p
where a.id % 10 = 0;

alter table article enable trigger article_search_vector_trg;
alter table article_tag enable trigger article_tag_search_vector_trg;
commit;

-- Statistics before anything reads these tables back: in a database just created they have none
-- (autovacuum has not come by yet), and the planner, taking 100,000 articles for a few rows, made
-- the vectors and the comments that follow about three times slower (generate: 303 s on a fresh
-- database against 117 s on a second fill of the same one).
analyze section, author, tag, article, article_author, article_tag, article_related, bench_paragraph;
