package fr.kiosque.common.json;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Jackson's stream read constraints for every JSON body Kiosque reads: a request that goes past
 * them is refused (400) as soon as the parser meets the excess, before anything is built from it.
 * The body as a whole is bounded first by {@code quarkus.http.limits.max-body-size}. Refused too
 * (400): a property given twice in one object, anything after the JSON document, a string that is
 * not valid Unicode or holds a NUL ({@link StrictStrings}).
 */
@Singleton
class JsonLimits implements ObjectMapperCustomizer {

    @Inject JsonConfig config;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(config.maxNestingDepth())
                .maxStringLength(config.maxStringLength())
                .maxNumberLength(config.maxNumberLength())
                .maxNameLength(config.maxNameLength())
                .build());
        // {"status": "DRAFT", "status": "PUBLISHED"}: which one counts is no client's guess to make
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // {"title": "a"} {"title": "b"}: one document per body, nothing after it
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("kiosque-strict-strings").addDeserializer(String.class, new StrictStrings()));
    }
}
