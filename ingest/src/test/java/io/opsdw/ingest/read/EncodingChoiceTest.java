package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which charset a file neither declared, marked nor UTF-8 is read in, when its headers say nothing (ASCII). */
class EncodingChoiceTest {

    private static final SourceContract CUSTOMERS = ContractRegistry.load().get("customers");

    @TempDir
    Path dir;

    private ProbedFile choose(String text, String charset) throws Exception {
        Path f = dir.resolve("customers_2026-10.csv");
        Files.write(f, text.getBytes(Charset.forName(charset)));
        ProbedFile probed = FileProbe.probe(new InputFile(f, f.getFileName().toString()), Optional.empty(), Optional.empty());
        return EncodingChoice.weigh(probed, CUSTOMERS, SourceMapping.none());
    }

    @Test
    void aGbkFileOfNamesWithEnglishHeadersIsReadAsGbk() throws Exception {
        // no code or header word to go by: the names read as Chinese only in GB18030 (璐, 琪 and 婧 are rare, level 2)
        ProbedFile p = choose("customer_id,customer_name\nK1,王璐\nK2,李思琪\nK3,张婧\nK4,陈建国\n", "GBK");
        assertThat(p.charset()).isEqualTo("GB18030");
    }

    @Test
    void aBig5FileWithEnglishHeadersIsReadAsBig5() throws Exception {
        ProbedFile p = choose("customer_id,customer_name\nK1,陳大文\nK2,黃美玲\nK3,張國強\n", "Big5");
        assertThat(p.charset()).isEqualTo("Big5-HKSCS");
    }

    @Test
    void westernTextThatHappensToDecodeAsGb18030IsRefusedNotLandedAsNonsense() throws Exception {
        // every accented letter is followed by an ASCII letter: as GB18030 each pair is a valid, rare character
        String text = "customer_id,customer_name\nK1,Müller\nK2,Björk\nK3,Jürgen\nK4,Gößmann\n";
        assertThat(FileProbe.decodesCleanly(write(text), Charset.forName("GB18030"))).as("the premise").isTrue();
        assertThatThrownBy(() -> choose(text, "windows-1252")).isInstanceOf(IngestException.class)
                .hasMessageContaining("cannot tell its encoding").hasMessageContaining("windows-1252");
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("premise.csv");
        Files.write(f, text.getBytes(Charset.forName("windows-1252")));
        return f;
    }
}
