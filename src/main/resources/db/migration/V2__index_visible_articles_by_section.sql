-- Counting a section's published articles (GET /api/v1/sections) reads only this index.
create index article_section_visible_idx on article (section_id, published_at)
    where status in ('PUBLISHED', 'SCHEDULED');
