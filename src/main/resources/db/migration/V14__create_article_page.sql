-- Rendered public article pages (article/ArticlePages): the second tier behind the in-memory
-- response cache, shared by every instance. A miss of the long tail (crawlers, old links) reads
-- one row instead of rendering the page in seven statements. A row is used only while what it
-- was rendered from is unchanged: the article's version and comment count, the versions of the
-- "à lire aussi" articles it shows (checked at read time, so an unpublished one is never shown),
-- the taxonomy epoch (bumped by any change of a section, tag or author) and the renderer's
-- fingerprint (the shape of the answer, so that a release with another shape renders again).
create table article_page (
    article_id       bigint      primary key references article (id) on delete cascade,
    renderer         varchar(64) not null,
    epoch            bigint      not null,
    article_version  bigint      not null,
    comment_count    integer     not null,
    related_ids      bigint[]    not null,
    related_versions bigint[]    not null,
    etag             varchar(64) not null,
    body_gzip        bytea       not null,
    rendered_at      timestamptz not null
);
-- a gzipped page (3-6 KB) stays in the table's own row, not in TOAST's chunks (one read instead of
-- three), and gzip is not compressed again
alter table article_page alter column body_gzip set storage main;
alter table article_page set (toast_tuple_target = 8160);

-- One row: bumped by every change of a section, tag or author (every page may show their names).
create table article_page_epoch (
    id    integer primary key default 1 check (id = 1),
    epoch bigint  not null
);
insert into article_page_epoch (id, epoch) values (1, 0);

-- "À lire aussi" when the editor chose none: the newest articles sharing a tag are found in the
-- index alone (the plan read article_tag's heap for every tag of the article: 3 ms → 0.7 ms).
create index article_tag_tag_article_idx on article_tag (tag_id, article_id);
