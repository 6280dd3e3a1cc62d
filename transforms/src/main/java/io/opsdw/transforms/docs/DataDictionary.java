package io.opsdw.transforms.docs;

import io.opsdw.transforms.model.ColumnDoc;
import io.opsdw.transforms.model.ModelCatalog;
import io.opsdw.transforms.model.ModelDef;
import io.opsdw.transforms.model.TestDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders docs/data-dictionary.md from the model YAML, the same source as the DuckDB column comments, so the two
 * never disagree. Run {@code main} after changing a model; a test fails while the committed file is stale.
 */
public final class DataDictionary {

    private DataDictionary() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/data-dictionary.md");
        Files.writeString(out, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    public static String render() {
        List<ModelDef> published = ModelCatalog.models().stream().filter(m -> m.materialization().published()).toList();
        StringBuilder md = new StringBuilder();
        md.append("# Data dictionary\n\n")
                .append("Generated from `transforms/src/main/resources/models/*/_models.yml` by\n")
                .append("`io.opsdw.transforms.docs.DataDictionary` (do not edit by hand; the same text becomes the\n")
                .append("DuckDB table and column comments). Conventions: docs/star-schema.md. The analyst views and every\n")
                .append("KPI (numerator and base): [views.md](views.md).\n\n")
                .append("- **dimension**: rebuilt whole from every period's snapshots on each run; surrogate keys are\n")
                .append("  `xxhash64` of the natural key (plus `valid_from` for SCD2 versions), never 0; key 0 is the\n")
                .append("  unknown member.\n")
                .append("- **fact**: partitioned by `period`; a run rewrites only its own period from that period's raw data.\n")
                .append("- **system**: written by the transform runner itself.\n")
                .append("- **warehouse**: written by the publisher into the DuckDB file only (no mart): the run ledger, this\n")
                .append("  file's own run, the quarantine and the ingest manifests.\n\n");
        md.append("| table | kind | grain |\n|---|---|---|\n");
        for (ModelDef m : published) {
            md.append("| [`").append(m.name()).append("`](#").append(m.name()).append(") | ")
                    .append(m.materialization().code()).append(" | ").append(cell(m.grain())).append(" |\n");
        }
        for (ModelDef m : published) {
            md.append("\n## ").append(m.name()).append("\n\n")
                    .append(m.description().strip()).append("\n\n")
                    .append("- Kind: ").append(m.materialization().code()).append("\n")
                    .append("- Grain: ").append(m.grain()).append("\n");
            if (!m.key().isEmpty()) {
                md.append("- Natural key: ").append(m.key().stream().map(k -> "`" + k + "`")
                        .collect(Collectors.joining(", "))).append("\n");
            }
            md.append("\n| column | description |\n|---|---|\n");
            for (ColumnDoc c : m.columns()) {
                md.append("| `").append(c.name()).append("` | ").append(cell(c.description())).append(" |\n");
            }
            if (!m.tests().isEmpty()) {
                md.append("\nData-quality checks:\n\n| check | severity |\n|---|---|\n");
                for (TestDef t : m.tests()) {
                    md.append("| ").append(cell(t.checkName()))
                            .append(t.failingIf() == null ? "" : " — fails when `" + cell(t.failingIf()) + "`")
                            .append(" | ").append(t.severity().code()).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("|", "\\|").replace("\n", " ");
    }
}
