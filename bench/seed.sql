-- Benchmark data: 10 sections, 200 authors, 500 tags, 20,000 published articles with 2 authors,
-- 3 tags and 3 editor-chosen related articles each. Run on an empty, migrated database.
insert into section (slug, name) select 'rubrique-' || n, 'Rubrique ' || n from generate_series(1, 10) n;
insert into author (slug, name, role, bio)
select 'auteur-' || n, 'Auteur ' || n, 'Journaliste', 'Biographie de l''auteur ' || n from generate_series(1, 200) n;
insert into tag (slug, name) select 'mot-' || n, 'Mot ' || n from generate_series(1, 500) n;
insert into article (slug, title, standfirst, body, pull_quotes, section_id, status, published_at, reading_time_minutes)
select 'article-' || n, 'Article de référence n° ' || n,
       'Un chapô de banc d’essai pour l’article ' || n || '.',
       repeat('<p>Un paragraphe de texte pour donner au corps une taille réaliste, comme un article du magazine.</p>', 40),
       array['Une citation mise en avant.'],
       (select id from section where slug = 'rubrique-' || (1 + n % 10)),
       'PUBLISHED', now() - make_interval(mins => n), 3
from generate_series(1, 20000) n;
insert into article_author (article_id, position, author_id)
select a.id, p, (select id from author where slug = 'auteur-' || (1 + (a.id * 7 + p) % 200))
from article a, generate_series(0, 1) p;
insert into article_tag (article_id, tag_id)
select a.id, t.id from article a cross join generate_series(0, 2) p
join tag t on t.slug = 'mot-' || (1 + (a.id * (p + 3) + p * 97) % 500)
on conflict do nothing;
insert into article_related (article_id, position, related_id)
select a.id, p, 1 + (a.id + p + 1) % 20000 from article a, generate_series(0, 2) p;
-- vacuum so that counts can use index-only scans, as they would on a settled database
vacuum analyze article, article_author, article_tag, article_related, section, tag, author;
