package fr.kiosque.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of the magazine ("Le Magazine", "Les fiches métiers"…). */
@Entity
@Table(name = "section")
public class Section extends Term {

    public String description;
}
