package fr.kiosque.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ScriptSafeJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theCharactersThatEndOrChangeAScriptElementBecomeJsonEscapes() {
        assertThat(ScriptSafeJson.escape("{\"title\":\"x</script><script>alert(1)</script>\"}"))
                .isEqualTo("{\"title\":\"x\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"}");
        assertThat(ScriptSafeJson.escape("{\"a\":\"Dupont & Fils <!-- \u2028 \u2029\"}"))
                .isEqualTo("{\"a\":\"Dupont \\u0026 Fils \\u003c!-- \\u2028 \\u2029\"}");
    }

    @Test
    void textWithoutThemIsReturnedAsItIs() {
        String json = "{\"title\":\"Chef de projet digital (H/F)\",\"n\":[1,2.5,true,null]}";
        assertThat(ScriptSafeJson.escape(json)).isSameAs(json);
        assertThat(ScriptSafeJson.escape("")).isEmpty();
    }

    @Test
    void aJsonParserReadsTheEscapedTextBackAsTheSameValue() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "JobPosting");
        value.put("title", "x</script><script>alert(1)</script>");
        value.put("description", "<p>Salaire &lt; 40 k€ &amp; avantages</p> \\<\\> \u2028");
        value.put("nested", Map.of("list", List.of("<", ">", "&", "\\u003c"), "n", 45000, "d", 12.5));
        String script = ScriptSafeJson.write(mapper, value);

        assertThat(script).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(mapper.readTree(script)).isEqualTo(mapper.valueToTree(value));
        assertThat(mapper.readValue(script, Map.class)).isEqualTo(mapper.readValue(mapper.writeValueAsString(value), Map.class));
    }
}
