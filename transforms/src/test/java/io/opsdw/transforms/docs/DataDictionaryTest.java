package io.opsdw.transforms.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

    /** Surefire runs in the module folder; the docs live one level up. */
    private static final Path COMMITTED = Path.of("..", "docs", "data-dictionary.md");

    @Test
    void committedDataDictionaryIsUpToDate() throws IOException {
        String expected = DataDictionary.render();
        if (System.getenv("OPSDW_UPDATE_DOCS") != null) {
            Files.writeString(COMMITTED, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/data-dictionary.md is stale: run io.opsdw.transforms.docs.DataDictionary "
                        + "(or this test with OPSDW_UPDATE_DOCS=1) and commit the result")
                .isEqualTo(expected);
    }

    @Test
    void describesEveryPublishedTable() {
        assertThat(DataDictionary.render()).contains("## dim_customer", "## fact_complaint", "## dq_results",
                "`callback_within_3d`", "SCD2");
    }
}
