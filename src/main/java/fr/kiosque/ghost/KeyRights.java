package fr.kiosque.ghost;

/**
 * What a key's partner may republish through the Content API: everything ({@code FULL}), or the
 * standfirst and first paragraph with a link back ({@code EXCERPT}). A syndication profile, not
 * access control: the full text stays public on Kiosque's own API.
 */
public enum KeyRights {
    FULL, EXCERPT
}
