-- Consecutive edits of an article by one editor within kiosque.articles.revisions.merge-within
-- (an admin frontend saving every few seconds) extend that editor's latest UPDATED revision
-- instead of each adding a whole copy of the article (docs/previews.md, "Revisions"). The
-- revision keeps created_at (its first edit) and notes its last one here; null for a revision of
-- one change. Nullable, so adding it rewrites no row.
alter table article_revision add column last_changed_at timestamptz;
