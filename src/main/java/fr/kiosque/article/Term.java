package fr.kiosque.article;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import fr.kiosque.common.persistence.Timestamps;

/** What sections, tags and authors have in common: an id, a slug that addresses it, a name. */
@MappedSuperclass
public abstract class Term extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String name;
}
