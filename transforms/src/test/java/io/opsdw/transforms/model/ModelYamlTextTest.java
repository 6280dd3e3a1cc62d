package io.opsdw.transforms.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Model YAML whose text YAML would cut short or read as something else is refused, naming the file, line and column. */
class ModelYamlTextTest {

    private static String model(String column, String extra) {
        return "models:\n"
                + "  - name: fact_x\n"
                + "    materialized: fact\n"
                + "    description: A fact.\n"
                + extra
                + "    grain: one row\n"
                + "    columns:\n"
                + "      - " + column + "\n";
    }

    @Test
    void anUnquotedCommaInAFlowEntryIsRefused() {
        assertThatThrownBy(() -> ModelYamlText.check(model("{name: is_shrinkage, description: Waste, expired, breakage or loss.}", ""), "f.yml"))
                .hasMessageContaining("f.yml line 7")
                .hasMessageContaining("the description of fact_x.is_shrinkage stops at \"Waste\"")
                .hasMessageContaining(", expired, breakage or loss.}")
                .hasMessageContaining("double quotes");
    }

    @Test
    void aCommentThatCutsAPlainDescriptionIsRefused() {
        assertThatThrownBy(() -> ModelYamlText.check(model("{name: a, description: \"ok\"}", "    key: [a]\n")
                .replace("description: A fact.", "description: Cost per item #2 of the list"), "f.yml"))
                .hasMessageContaining("the description of fact_x stops at \"Cost per item\"")
                .hasMessageContaining("line 4");
    }

    @Test
    void aStrayKeyInAColumnEntryIsRefused() {
        assertThatThrownBy(() -> ModelYamlText.check(model("{name: a, description: \"x\", unit: yuan}", ""), "f.yml"))
                .hasMessageContaining("column fact_x.a has a key 'unit' besides name and description");
    }

    @Test
    void aDescriptionThatIsNotTextIsRefused() {
        assertThatThrownBy(() -> ModelYamlText.check(model("{name: a, description: yes}", ""), "f.yml"))
                .hasMessageContaining("fact_x.a is read as a bool (yes)");
        assertThatThrownBy(() -> ModelYamlText.check(model("{name: a, description: 12}", ""), "f.yml"))
                .hasMessageContaining("read as a int (12)");
        assertThatThrownBy(() -> ModelYamlText.check(model("{name: a, description: }", ""), "f.yml"))
                .hasMessageContaining("read as a null (empty)");
        assertThatThrownBy(() -> ModelYamlText.check(model("{name: a, description: {x: y}}", ""), "f.yml"))
                .hasMessageContaining("read as a mapping");
    }

    @Test
    void quotedBlockAndWholeLinePlainTextIsAccepted() {
        String yaml = model("{name: a, description: \"Waste, expired, breakage or loss; yuan # not a comment.\"}", "")
                + "      - {name: b, description: 'It''s 100 %, yuan.'}\n"
                + "      - {name: c, description: Plain text to the end of the line.}\n"
                + "  - name: dim_y\n"
                + "    materialized: dimension\n"
                + "    description: >-\n"
                + "      Folded, with commas, # and colons: all kept.\n"
                + "    grain: one y, per day\n"
                + "    columns:\n"
                + "      - {name: d, description: \"x\"}\n";
        assertThatCode(() -> ModelYamlText.check(yaml, "f.yml")).doesNotThrowAnyException();
    }

    @Test
    void theProjectsOwnModelsPass() {
        assertThatCode(ModelCatalog::models).doesNotThrowAnyException();
    }
}
