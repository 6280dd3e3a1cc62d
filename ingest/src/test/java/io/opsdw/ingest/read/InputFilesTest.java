package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @Test
    void periodFolderOrParentAndOnlyFilesInside(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path oct = Files.createDirectories(out.resolve("2026-10"));
        Files.writeString(oct.resolve("complaints_2026-10.csv"), "x");
        Files.writeString(oct.resolve("complaints_2026-10_part2.csv"), "x");
        Files.writeString(oct.resolve("_faults.json"), "{}");
        Files.writeString(oct.resolve(".hidden.csv"), "x");
        Path secret = Files.writeString(tmp.resolve("secret.csv"), "x");
        Files.createSymbolicLink(oct.resolve("orders_2026-10.csv"), secret);

        assertThat(InputFiles.periodDir(out, YearMonth.of(2026, 10))).isEqualTo(oct);
        assertThat(InputFiles.periodDir(oct, YearMonth.of(2026, 10))).isEqualTo(oct);
        List<Path> files = InputFiles.list(oct);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("complaints_2026-10.csv", "complaints_2026-10_part2.csv");
        assertThat(InputFiles.matches(files.get(1), List.of("complaints*"))).isTrue();
        assertThat(InputFiles.matches(files.get(1), List.of("orders*"))).isFalse();
        assertThat(InputFiles.matches(Path.of("客訴登記表_2026-10.csv"), List.of("客訴*.csv"))).isTrue();
    }
}
