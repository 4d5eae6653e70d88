-- The slugs an article no longer has (docs/api-guide.md, "Articles"): when its slug changes, the
-- former one answers 301 to the current one while the article is public, so that the links search
-- engines, social networks and partner sites hold keep working. A slug taken again by an article
-- stops redirecting; an article's former slugs go with it.
create table article_former_slug (
    slug       varchar(160) primary key,
    article_id bigint       not null references article (id) on delete cascade,
    retired_at timestamptz  not null
);
create index article_former_slug_article_idx on article_former_slug (article_id);
