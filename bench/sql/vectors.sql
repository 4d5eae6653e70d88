-- bench/generate, search vectors: the articles that articles.sql loaded with their trigger off get
-- their full-text vector (V11's article_search_vector: title A, standfirst and tags B, body C), one
-- half of them per session (:part 0 or 1) so that both cores work.
-- The body's part is not parsed again for each article: bodies are made of paragraphs from a pool
-- of 600 (articles.sql keeps them, with their vectors, in bench_paragraph), and a tsvector of
-- concatenated texts is the concatenation (||, which shifts positions) of their vectors. The
-- result equals article_search_vector's, positions included (checked on 2,000 articles, one in
-- 50: all identical); parsing 100,000 bodies of 600-1,800 words again took four minutes.
\set ON_ERROR_STOP on
create aggregate pg_temp.tsvector_cat(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');
update article a set search_vector =
       setweight(to_tsvector('french_unaccent'::regconfig, coalesce(a.title, '')), 'A')
    || setweight(to_tsvector('french_unaccent'::regconfig, coalesce(a.standfirst, '')), 'B')
    || setweight(to_tsvector('french_unaccent'::regconfig, coalesce(
           (select string_agg(t.name, ' ') from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id),
           '')), 'B')
    || setweight(coalesce(
           (select pg_temp.tsvector_cat(bp.v order by k)
              from generate_series(1, 6 + x.n % 10) k
              join bench_paragraph bp on bp.n = 1 + (x.n * 13 + k * 71) % 600),
           to_tsvector('french_unaccent'::regconfig, kiosque_strip_tags(coalesce(a.body, '')))), 'C')
from (select id, substring(slug from 9)::int as n from article where slug ~ '^article-[0-9]+$') x
where x.id = a.id and a.id % 2 = :part and a.search_vector is null;
-- anything not made by articles.sql (none in a fresh database): the real function
update article a set search_vector = article_search_vector(a.id, a.title, a.standfirst, a.body)
where a.id % 2 = :part and a.search_vector is null;
