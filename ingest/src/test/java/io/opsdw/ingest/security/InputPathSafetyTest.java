package io.opsdw.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input paths cannot escape the configured input folder: links out of it, ../ sources and mapping patterns are refused. */
class InputPathSafetyTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    private IngestJob job() {
        return new IngestJob(TestSpark.get(), new LakeLayout(tmp.resolve("home")));
    }

    @Test
    void aSymlinkInsideTheInputFolderPointingOutsideIsRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("secrets"));
        Path target = Files.writeString(outside.resolve("customers_private.csv"), "客户编号,客户类型,会员等级\nK1,业主,会员\n");
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        Files.createSymbolicLink(dir.resolve("customers_2026-10.csv"), target);
        assertThatThrownBy(() -> job().run(new IngestRequest(OCT, tmp.resolve("in"), Optional.empty(), Optional.empty(), "t")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("customers_2026-10.csv")
                .hasMessageContaining("outside the input folder");
        assertThat(tmp.resolve("home/lake/raw/customers")).doesNotExist();
    }

    @Test
    void aSymlinkedFolderOutsideIsRefusedToo() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere/2026-10"));
        Files.writeString(outside.resolve("customers_2026-10.csv"), "客户编号,客户类型,会员等级\nK1,业主,会员\n");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createSymbolicLink(in.resolve("2026-10"), outside);
        assertThatThrownBy(() -> job().run(new IngestRequest(OCT, in, Optional.empty(), Optional.empty(), "t")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("outside the input folder");
    }

    @Test
    void aSourceNameWithDotDotIsRefused() throws Exception {
        Files.createDirectories(tmp.resolve("in/2026-10"));
        assertThatThrownBy(() -> job().run(new IngestRequest(OCT, tmp.resolve("in"), Optional.of("../x"), Optional.empty(), "t")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("unknown source '../x'");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void aMappingWhosePatternsNameOtherFoldersIsRefused() throws Exception {
        Files.createDirectories(tmp.resolve("in/2026-10"));
        Path mapping = Files.writeString(tmp.resolve("m.yml"), "sources:\n  complaints:\n    file_patterns: [\"../../etc/*\"]\n");
        assertThatThrownBy(() -> job().run(new IngestRequest(OCT, tmp.resolve("in"), Optional.empty(), Optional.of(mapping), "t")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("file_patterns")
                .hasMessageContaining("../../etc/*");
    }
}
