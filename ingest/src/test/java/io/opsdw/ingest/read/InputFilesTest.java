package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        assertThat(InputFiles.periodDir(out, YearMonth.of(2026, 10))).isEqualTo(oct);
        assertThat(InputFiles.periodDir(oct, YearMonth.of(2026, 10))).isEqualTo(oct);
        List<InputFile> files = InputFiles.list(oct);
        assertThat(files).extracting(InputFile::name).containsExactly("complaints_2026-10.csv", "complaints_2026-10_part2.csv");
        assertThat(InputFiles.matches(files.get(1).fileName(), List.of("complaints*"))).isTrue();
        assertThat(InputFiles.matches(files.get(1).fileName(), List.of("orders*"))).isFalse();
        assertThat(InputFiles.matches("客訴登記表_2026-10.csv", List.of("客訴*.csv"))).isTrue();

        // an input folder must not become a way to read other files: a link leading outside is refused, clearly
        Path secret = Files.writeString(tmp.resolve("secret.csv"), "x");
        Files.createSymbolicLink(oct.resolve("orders_2026-10.csv"), secret);
        assertThatThrownBy(() -> InputFiles.list(oct))
                .hasMessageContaining("orders_2026-10.csv").hasMessageContaining("outside the input folder");
    }

    @Test
    void subfoldersAreReadExceptOtherPeriodsAndHiddenOnes(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("complaints_2026-10.csv"), "x");
        Files.writeString(Files.createDirectories(tmp.resolve("补录/第二批")).resolve("complaints_b.csv"), "x");
        Files.writeString(Files.createDirectories(tmp.resolve("2026-09")).resolve("complaints_2026-09.csv"), "x");
        Files.writeString(Files.createDirectories(tmp.resolve("_old")).resolve("complaints.csv"), "x");
        Files.writeString(Files.createDirectories(tmp.resolve(".git")).resolve("x.csv"), "x");

        List<InputFile> files = InputFiles.list(tmp);
        assertThat(files).extracting(InputFile::name).containsExactly("complaints_2026-10.csv", "补录/第二批/complaints_b.csv");
        assertThat(files.get(1).fileName()).isEqualTo("complaints_b.csv");
        assertThat(InputFiles.ignored(files.get(1), List.of("补录/**"))).isTrue();
        assertThat(InputFiles.ignored(files.get(1), List.of("*.txt"))).isFalse();
        assertThat(InputFiles.ignored(files.get(0), List.of("*.CSV"))).isTrue();
    }

    @Test
    void aLinkedFolderLeadingOutsideIsRefused(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("complaints.csv"), "x");
        Files.createSymbolicLink(in.resolve("补录"), elsewhere);
        assertThatThrownBy(() -> InputFiles.list(in)).hasMessageContaining("outside the input folder");
    }
}
