package fr.kiosque.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A keyword ("Réseaux sociaux"), addressed by its folded slug ({@code reseaux-sociaux}). */
@Entity
@Table(name = "tag")
public class Tag extends Term {
}
