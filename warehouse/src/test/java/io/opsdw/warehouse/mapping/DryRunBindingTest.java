package io.opsdw.warehouse.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.warehouse.cli.DwCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dw ingest --dry-run --mapping checks the mapping against the files: it prints how each file's header binds to the
 * contract and the first rows it would accept or reject with the reason, and writes nothing to the lake.
 */
class DryRunBindingTest {

    static final String EXPORT = "Complaint ID,Date received,Submitted via,Issue,Unused column\r\n"
            + "1,2019-05-01,Web,Late delivery,x\r\n"
            + "2,2019-05-02,Kiosk,Broken kiosk,x\r\n"
            + "3,2019-05-32,Phone,Wrong bill,x\r\n";
    static final String MAPPING = """
            sources:
              complaints:
                file_patterns: ["agency*.csv"]
                headers: {Complaint ID: complaint_id, Date received: received_at, Submitted via: channel, Issue: content}
                codes:
                  channel: {Web: email, Phone: phone}
                constants: {site_code: HQ, record_type: complaint, validity: pending, severity: normal}
            masters:
              sites:
                - {site_code: HQ, site_name: 总部, business_line: property}
            """;

    @TempDir
    Path tmp;

    @Test
    void theDryRunPrintsTheBindingAndTheFirstRowsVerdictsAndLandsNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/2019-05"));
        Files.writeString(in.resolve("agency_complaints.csv"), EXPORT, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(tmp.resolve("agency.yml"), MAPPING, StandardCharsets.UTF_8);
        Path home = tmp.resolve("home");

        DwCli.Result r = DwCli.run("ingest", "--period", "2019-05", "--input", tmp.resolve("in").toString(),
                "--mapping", mapping.toString(), "--home", home.toString(), "--dry-run");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains(
                "complaints <- agency_complaints.csv",
                "  complaint_id* <- column 1 'Complaint ID'",
                "  received_at* <- column 2 'Date received'",
                "  site_code* <- constant 'HQ'",
                "  not read: Unused column",
                "  line 2: accept complaint_id=1, site_code=HQ, received_at=2019-05-01T00:00, channel=email",
                "  line 3: reject UNKNOWN_CODE (channel: 'Kiosk' is not one of",
                "  line 4: reject BAD_DATE (received_at: '2019-05-32'",
                "sites <- sites declared in agency.yml.csv");
        assertThat(r.out()).contains("dry run: would run ingest for 2019-05");
        assertThat(home.resolve("lake/raw")).as("nothing landed").doesNotExist();
        assertThat(home.resolve("lake/manifests")).doesNotExist();
    }

    @Test
    void aMappingThatDoesNotBindIsAFailedDryRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/2019-05"));
        Files.writeString(in.resolve("agency_complaints.csv"), "Complaint ID,Issue\r\n1,x\r\n", StandardCharsets.UTF_8);
        Path mapping = Files.writeString(tmp.resolve("agency.yml"), MAPPING, StandardCharsets.UTF_8);
        DwCli.Result r = DwCli.run("ingest", "--period", "2019-05", "--input", tmp.resolve("in").toString(),
                "--mapping", mapping.toString(), "--home", tmp.resolve("home").toString(), "--dry-run");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("error: complaints: ").contains("received_at");
    }
}
