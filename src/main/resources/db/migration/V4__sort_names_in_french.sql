-- Titles and names sort in French order ("avion", "Éthique", "Étude", "Zèbre"), whatever the
-- database's default collation. ICU collations need no OS locale, so this works everywhere.
create collation if not exists french (provider = icu, locale = 'fr-FR');
alter table article alter column title type varchar(300) collate french;
alter table section alter column name type varchar(120) collate french;
alter table tag alter column name type varchar(120) collate french;
alter table author alter column name type varchar(120) collate french;
