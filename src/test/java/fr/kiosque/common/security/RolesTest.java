package fr.kiosque.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void theCountAnnotationsUseIsTheNumberOfRoles() {
        assertThat(Roles.ALL).hasSize(Roles.COUNT);
    }
}
