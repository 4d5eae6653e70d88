-- An editor-set "featured" flag (Ghost's featured posts: docs/ghost.md).
alter table article add column featured boolean not null default false;
