package fr.kiosque.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts {@link ContractValidationFilter} in front of every {@code @QuarkusTest}'s REST Assured
 * requests (registered in {@code META-INF/services}), so no test class has to ask for it.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractValidationFilter.install();
    }
}
