package fr.kiosque.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import fr.kiosque.common.error.Problem;

/**
 * Every error response an operation declares is documented as {@code application/problem+json}
 * with the {@code Problem} schema, so resources only state which statuses they return and why.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            String code = entry.getKey();
            APIResponse response = entry.getValue();
            boolean error = code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
            if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
            if ("304".equals(code) || "204".equals(code)) {
                response.setContent(null);
            }
        }
        return operation;
    }
}
