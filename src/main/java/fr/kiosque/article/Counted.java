package fr.kiosque.article;

/** An entity with the number of articles the public sees in it. */
record Counted<T>(T entity, long articleCount) {
}
