-- A copy of shared/bench/pg-article-anchor.sql (the issue "Read path, off the cache"), so that bench/run needs nothing outside the repository.
-- PostgreSQL anchor for the long tail: one statement that builds a whole article's JSON (section, authors,
-- tags) by a random slug of the bench database. Run: pgbench -n -M prepared -c 32 -j 2 -T 20 -f THIS_FILE kiosque_bench
\set n random(1, 100000)
select json_build_object('slug', a.slug, 'title', a.title, 'standfirst', a.standfirst, 'body', a.body,
  'pullQuotes', a.pull_quotes, 'publishedAt', a.published_at, 'readingTime', a.reading_time_minutes,
  'commentCount', a.comment_count,
  'section', (select json_build_object('slug', s.slug, 'name', s.name) from section s where s.id = a.section_id),
  'authors', (select coalesce(json_agg(json_build_object('slug', au.slug, 'name', au.name, 'bio', au.bio) order by aa.position), '[]') from article_author aa join author au on au.id = aa.author_id where aa.article_id = a.id),
  'tags', (select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name)), '[]') from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id))::text
from article a where a.slug = 'article-' || :n and a.status = 'PUBLISHED';
