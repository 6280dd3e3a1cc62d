package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `dw --help` and `dw <task> --help` describe every task and every option. */
class HelpTest {

    private static final List<String> TASKS = List.of("demo", "generate", "ingest", "transform", "publish", "report", "run",
            "backfill", "schedule", "status", "history", "sources", "query", "bench");

    @Test
    void theTopLevelHelpListsEveryTaskAndTheExitCodes() {
        DwCli.Result help = DwCli.run("--help");
        assertThat(help.exit()).isZero();
        for (String task : TASKS) {
            assertThat(help.out()).containsPattern("(?m)^  " + task + "\\s+\\S");
        }
        assertThat(help.out()).contains("99 nothing to do", "75 another dw run holds", "65 month incomplete", "74 I/O failure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "generate", "ingest", "transform", "publish", "report", "run", "backfill", "schedule", "status", "history", "sources", "query", "bench"})
    void everyOptionOfEveryTaskIsDescribed(String task) {
        DwCli.Result help = DwCli.run(task, "--help");
        assertThat(help.exit()).isZero();
        List<String> lines = help.out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("^\\s{2,6}(-\\w, )?--[\\w-]+.*")) {
                String rest = line.replaceFirst("^\\s*(-\\w, )?--[\\w-]+(=\\S+)?", "").strip();
                boolean describedBelow = i + 1 < lines.size() && lines.get(i + 1).matches("^\\s{10,}[^\\s-].*");
                assertThat(!rest.isEmpty() || describedBelow).as("%s: option without description: %s", task, line).isTrue();
            }
        }
        assertThat(help.out()).contains("--help");
        // a description with a bare '%' is printed raw behind a warning on every --help
        assertThat(help.err()).as(task + " --help").doesNotContain("picocli WARN");
    }

    @Test
    void aMistypedOptionIsAUsageErrorThatPointsAtTheRightHelp() {
        DwCli.Result top = DwCli.run("--hme", "/tmp/x");
        assertThat(top.exit()).isEqualTo(2);
        assertThat(top.err()).contains("Unknown option").contains("(see: dw --help)").doesNotContain("dw dw");

        DwCli.Result sub = DwCli.run("ingest", "--period", "2026-10", "--sorce", "x");
        assertThat(sub.exit()).isEqualTo(2);
        assertThat(sub.err()).contains("(see: dw ingest --help)");
    }
}
