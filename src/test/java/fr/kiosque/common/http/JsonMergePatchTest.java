package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonMergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The test cases of RFC 7396, appendix A: original | patch | result. */
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a":"b"}                 | {"a":"c"}                     | {"a":"c"}
            {"a":"b"}                 | {"b":"c"}                     | {"a":"b","b":"c"}
            {"a":"b"}                 | {"a":null}                    | {}
            {"a":"b","b":"c"}         | {"a":null}                    | {"b":"c"}
            {"a":["b"]}               | {"a":"c"}                     | {"a":"c"}
            {"a":"c"}                 | {"a":["b"]}                   | {"a":["b"]}
            {"a":{"b":"c"}}           | {"a":{"b":"d","c":null}}      | {"a":{"b":"d"}}
            {"a":[{"b":"c"}]}         | {"a":[1]}                     | {"a":[1]}
            ["a","b"]                 | ["c","d"]                     | ["c","d"]
            {"a":"b"}                 | ["c"]                         | ["c"]
            {"a":"foo"}               | null                          | null
            {"a":"foo"}               | "bar"                         | "bar"
            {"e":null}                | {"a":1}                       | {"e":null,"a":1}
            [1,2]                     | {"a":"b","c":null}            | {"a":"b"}
            {}                        | {"a":{"bb":{"ccc":null}}}     | {"a":{"bb":{}}}
            """)
    void rfc7396Examples(String original, String patch, String result) {
        assertThat(JsonMergePatch.apply(json(original), json(patch))).isEqualTo(json(result));
    }

    @Test
    void leavesTheOriginalUntouched() {
        JsonNode original = json("{\"title\":\"Avant\",\"cover\":{\"url\":\"https://a\",\"alt\":\"A\"},\"tags\":[\"x\"]}");
        JsonNode copy = original.deepCopy();

        JsonNode merged = JsonMergePatch.apply(original,
                json("{\"title\":\"Après\",\"cover\":{\"alt\":null},\"tags\":[\"y\"]}"));

        assertThat(merged).isEqualTo(json("{\"title\":\"Après\",\"cover\":{\"url\":\"https://a\"},\"tags\":[\"y\"]}"));
        assertThat(original).isEqualTo(copy);
    }

    @Test
    void anEmptyPatchChangesNothing() {
        JsonNode original = json("{\"a\":1,\"b\":{\"c\":[1,2]}}");
        assertThat(JsonMergePatch.apply(original, json("{}"))).isEqualTo(original);
    }

    @Test
    void aMissingTargetIsAnEmptyObject() {
        assertThat(JsonMergePatch.apply(null, json("{\"a\":1,\"b\":null}"))).isEqualTo(json("{\"a\":1}"));
    }
}
