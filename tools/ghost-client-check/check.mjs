// Drives Ghost's official Content API client (@tryghost/content-api, pinned in package.json) through
// the calls Gatsby and Next.js Ghost starters make, against a running Kiosque. Exits 1 on any error or
// missing field. Environment: KIOSQUE_URL (no trailing slash) and KIOSQUE_ADMIN_TOKEN (an admin's bearer
// token), used to make the content and the key. Run by GhostClientIT (./mvnw verify); see docs/ghost.md.
import GhostContentAPI from '@tryghost/content-api';

const url = process.env.KIOSQUE_URL;
const token = process.env.KIOSQUE_ADMIN_TOKEN;
if (!url || !token) {
    console.error('KIOSQUE_URL and KIOSQUE_ADMIN_TOKEN are required');
    process.exit(2);
}
const run = Date.now().toString(36);
let failures = 0;

function check(condition, what) {
    if (!condition) {
        failures++;
        console.error(`FAIL ${what}`);
    } else {
        console.log(`ok   ${what}`);
    }
}

function has(object, fields, what) {
    const missing = fields.filter((field) => !(field in (object || {})));
    check(missing.length === 0, `${what} has ${fields.join(', ')}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`);
}

async function admin(path, body) {
    const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: {'Content-Type': 'application/json', Authorization: `Bearer ${token}`},
        body: JSON.stringify(body)
    });
    if (response.status !== 201) {
        throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    }
    return response.json();
}

// the content a starter shows: a section, an author, tagged articles with a cover, and the legal pages
const section = await admin('/api/v1/admin/sections', {name: `Le Magazine ${run}`});
const author = await admin('/api/v1/admin/authors', {name: `Anne Rédac ${run}`, role: 'Journaliste', bio: 'Anne couvre le digital.'});
const tagName = `Réseaux sociaux ${run}`;
const articles = [];
for (let i = 1; i <= 3; i++) {
    articles.push(await admin('/api/v1/admin/articles', {
        title: `Quitter X, épisode ${i} ${run}`,
        standfirst: 'Abandonner la plateforme X, c’est une vraie question.',
        body: `<p>Premier paragraphe ${i}.</p><p>Deuxième paragraphe.</p>`,
        coverImage: {url: 'https://cdn.kiosque.fr/images/quitter-x.jpg', alt: 'Le logo de X', credit: 'Photo : Kiosque'},
        section: section.slug,
        authors: [author.slug],
        tags: [tagName],
        status: 'PUBLISHED',
        featured: i === 1
    }));
}
await admin('/api/v1/admin/pages', {title: `Mentions légales ${run}`, body: '<p>Kiosque SAS.</p>', status: 'PUBLISHED'});
const created = await admin('/api/v1/admin/content-api-keys', {name: `Starter ${run}`, rights: 'FULL', requestsPerMinute: 1000});

const api = new GhostContentAPI({url, key: created.key, version: 'v5.0'});
const postFields = ['id', 'uuid', 'title', 'slug', 'html', 'plaintext', 'feature_image', 'feature_image_alt', 'featured',
    'published_at', 'updated_at', 'created_at', 'excerpt', 'custom_excerpt', 'reading_time', 'url', 'tags', 'authors',
    'primary_tag', 'primary_author', 'meta_title', 'meta_description', 'canonical_url'];

try {
    // gatsby-source-ghost / Next.js starters: every post with tags and authors, html and plaintext
    const posts = await api.posts.browse({limit: 'all', include: 'tags,authors', formats: ['html', 'plaintext']});
    check(Array.isArray(posts) && posts.length >= 3, `posts.browse(limit all) lists the posts (${posts.length})`);
    has(posts.meta && posts.meta.pagination, ['page', 'limit', 'pages', 'total', 'next', 'prev'], 'posts meta.pagination');
    const mine = posts.filter((p) => p.primary_tag && p.primary_tag.slug === section.slug);
    check(mine.length === 3, 'the three new posts are there with their section as primary_tag');
    for (const post of mine) {
        has(post, postFields, `post ${post.slug}`);
        has(post.primary_author, ['id', 'name', 'slug', 'profile_image', 'bio', 'url'], `post ${post.slug} primary_author`);
        check(post.tags.some((t) => t.name === tagName), `post ${post.slug} carries its tag`);
        check(post.feature_image === 'https://cdn.kiosque.fr/images/quitter-x.jpg', `post ${post.slug} feature_image`);
        check(typeof post.html === 'string' && post.html.includes('Premier paragraphe'), `post ${post.slug} html`);
        check(typeof post.plaintext === 'string' && !post.plaintext.includes('<p>'), `post ${post.slug} plaintext`);
    }

    // a post page: by slug
    const one = await api.posts.read({slug: articles[0].slug}, {include: 'tags,authors', formats: ['html']});
    check(one && one.slug === articles[0].slug && one.featured === true, 'posts.read by slug (featured)');
    has(one, ['id', 'title', 'html', 'url', 'tags', 'authors'], 'post read by slug');
    const byId = await api.posts.read({id: one.id});
    check(byId && byId.id === one.id, 'posts.read by id');

    // tag pages: tags with their counts, a tag filter, pagination
    const tags = await api.tags.browse({limit: 'all', include: 'count.posts'});
    const tag = tags.find((t) => t.name === tagName);
    check(tag && tag.count && tag.count.posts === 3, 'tags.browse with count.posts counts the tag\'s posts');
    has(tag, ['id', 'name', 'slug', 'description', 'feature_image', 'url', 'count'], 'tag');
    const sectionTag = await api.tags.read({slug: section.slug}, {include: 'count.posts'});
    check(sectionTag && sectionTag.count.posts === 3, 'tags.read by slug (the section)');
    const tagged = await api.posts.browse({filter: `tag:${tag.slug}`, include: 'tags,authors', limit: 2});
    check(tagged.length === 2 && tagged.meta.pagination.total === 3 && tagged.meta.pagination.next === 2,
        'posts.browse filter tag: pages of 2 (next page 2)');
    const second = await api.posts.browse({filter: `tag:${tag.slug}`, limit: 2, page: 2});
    check(second.length === 1 && second.meta.pagination.prev === 1 && second.meta.pagination.next === null, 'page 2 of the tag');
    const featured = await api.posts.browse({filter: `tag:${tag.slug}+featured:true`});
    check(featured.length === 1 && featured[0].slug === articles[0].slug, 'filter tag + featured:true');

    // authors
    const authors = await api.authors.browse({limit: 'all', include: 'count.posts'});
    const anne = authors.find((a) => a.slug === author.slug);
    check(anne && anne.count.posts === 3, 'authors.browse with count.posts');
    has(anne, ['id', 'name', 'slug', 'profile_image', 'cover_image', 'bio', 'website', 'url'], 'author');
    const anneRead = await api.authors.read({slug: author.slug});
    check(anneRead && anneRead.name === author.name, 'authors.read by slug');

    // settings
    const settings = await api.settings.browse();
    has(settings, ['title', 'description', 'lang', 'url', 'navigation', 'secondary_navigation', 'logo', 'icon', 'timezone'], 'settings');
    check(settings.lang === 'fr', 'settings.lang is fr');
    check(settings.navigation.some((n) => n.label === section.name), 'settings.navigation holds the sections');

    // pages
    const pages = await api.pages.browse({limit: 'all'});
    const legal = pages.find((p) => p.title === `Mentions légales ${run}`);
    check(legal !== undefined, 'pages.browse lists the legal page');
    has(legal, ['id', 'title', 'slug', 'html', 'url', 'published_at'], 'page');
    const legalRead = await api.pages.read({slug: legal.slug});
    check(legalRead && legalRead.html.includes('Kiosque SAS'), 'pages.read by slug');

    // older clients build /ghost/api/v3/content/
    const v3 = new GhostContentAPI({url, key: created.key, version: 'v3'});
    const v3posts = await v3.posts.browse({limit: 1});
    check(v3posts.length === 1, 'a v3 client reads posts');

    // errors come back as Ghost's errors
    try {
        await new GhostContentAPI({url, key: '0123456789abcdef0123456789', version: 'v5.0'}).posts.browse();
        check(false, 'an unknown key is refused');
    } catch (e) {
        check(e.name === 'UnauthorizedError', `an unknown key is refused as UnauthorizedError (${e.name}: ${e.message})`);
    }
    try {
        await api.posts.browse({filter: 'title:~x'});
        check(false, 'an unsupported filter is refused');
    } catch (e) {
        check(e.name === 'BadRequestError', `an unsupported filter is refused as BadRequestError (${e.name})`);
    }
} catch (e) {
    failures++;
    console.error(`FAIL the client threw: ${e.name}: ${e.message}`);
}

if (failures > 0) {
    console.error(`${failures} check(s) failed`);
    process.exit(1);
}
console.log('Ghost client check passed');
