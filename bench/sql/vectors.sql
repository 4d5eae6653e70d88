-- bench/generate, search vectors: the articles that articles.sql loaded with their trigger off get
-- their full-text vector (V11's article_search_vector), one half of them per session (:part 0 or 1)
-- so that both cores work.
\set ON_ERROR_STOP on
update article a set search_vector = article_search_vector(a.id, a.title, a.standfirst, a.body)
where a.id % 2 = :part and a.search_vector is null;
