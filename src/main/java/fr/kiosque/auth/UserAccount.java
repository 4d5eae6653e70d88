package fr.kiosque.auth;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.kiosque.common.persistence.Timestamps;

/** A staff account: who may log in to the staff API, and with which roles. */
@Entity
@Table(name = "user_account")
public class UserAccount extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;

    /** bcrypt (Modular Crypt Format); never leaves this package. */
    @Column(name = "password_hash")
    String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles = new ArrayList<>();

    public boolean enabled = true;

    /**
     * Carried by tokens (claim {@code cv}); bumped when the password, e-mail or roles change or the
     * account is disabled, which revokes the tokens issued before.
     */
    @Column(name = "credential_version")
    int credentialVersion;
}
