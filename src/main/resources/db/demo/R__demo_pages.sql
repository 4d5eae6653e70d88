-- Demo data (dev mode only): the standing pages every French site has, the legal ones first.
insert into standing_page (slug, title, standfirst, body, status, published_at, meta_description)
values
    ('mentions-legales', 'Mentions légales', 'Éditeur, directeur de la publication et hébergeur du site.',
     '<h2>Éditeur</h2><p>Kiosque, société par actions simplifiée au capital de 10 000 €, 12 rue des Journaux, 75002 Paris. RCS Paris 000 000 000.</p>'
     || '<h2>Directrice de la publication</h2><p>Anne Rédac.</p>'
     || '<h2>Hébergement</h2><p>Le site est hébergé dans l''Union européenne par son hébergeur, dont les coordonnées sont disponibles sur demande.</p>',
     'PUBLISHED', now() - interval '30 days', 'Mentions légales du magazine Kiosque'),
    ('politique-de-confidentialite', 'Politique de confidentialité', 'Quelles données nous gardons, pourquoi, combien de temps, et vos droits.',
     '<p>Kiosque ne garde que ce qu''il faut pour publier vos commentaires et traiter vos candidatures.</p>'
     || '<h2>Vos droits</h2><p>Vous pouvez demander l''accès, la rectification ou l''effacement de vos données en écrivant à dpo@kiosque.fr.</p>',
     'PUBLISHED', now() - interval '30 days', 'Politique de confidentialité du magazine Kiosque'),
    ('qui-sommes-nous', 'Qui sommes-nous', 'Le magazine de la communication, du marketing et du digital.',
     '<p>Kiosque est écrit par une rédaction indépendante de journalistes spécialisés.</p>',
     'PUBLISHED', now() - interval '30 days', 'La rédaction de Kiosque'),
    ('contact', 'Contact', 'Écrire à la rédaction.',
     '<p>Pour joindre la rédaction : redaction@kiosque.fr.</p>',
     'PUBLISHED', now() - interval '30 days', 'Contacter la rédaction de Kiosque')
on conflict (slug) do nothing;
