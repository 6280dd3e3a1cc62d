package io.opsdw.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export without master data: a missing sites master stops the ingest and says what to provide; sites (and
 * departments) declared in the mapping land as the period's master snapshot and the export's rows are checked
 * against them.
 */
class DeclaredMastersTest {

    static final YearMonth PERIOD = YearMonth.of(2018, 3);
    static final String EXPORT = "Complaint ID,Date received,Submitted via,Issue,Site\r\n"
            + "1,2018-03-01,Web,Late delivery,HQ\r\n"
            + "2,2018-03-02,Phone,Rude staff,HQ\r\n"
            + "3,2018-03-03,Phone,Wrong bill,ELSEWHERE\r\n";
    static final String MAPPING = """
            sources:
              complaints:
                file_patterns: ["agency*.csv"]
                headers: {Complaint ID: complaint_id, Date received: received_at, Submitted via: channel, Issue: content, Site: site_code}
                codes:
                  channel: {Web: email, Phone: phone}
                constants: {record_type: complaint, validity: pending, severity: normal}
            """;
    static final String MASTERS = """
            masters:
              sites:
                - {site_code: HQ, site_name: 总部, site_name_en: Head office, business_line: property, time_zone: America/New_York}
              departments:
                - {dept_code: SVC, dept_name: 客服部, dept_name_en: Customer service, business_line: property}
            """;

    @TempDir
    Path tmp;

    private IngestReport ingest(String mapping) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in").resolve(PERIOD.toString()));
        Files.writeString(in.resolve("agency_complaints.csv"), EXPORT);
        Path mappingFile = Files.writeString(tmp.resolve("agency.yml"), mapping);
        IngestJob job = new IngestJob(TestSpark.get(), new LakeLayout(tmp.resolve("lake")),
                IngestOptions.defaults().withRequireMasters(true));
        return job.run(new IngestRequest(PERIOD, tmp.resolve("in"), Optional.empty(), Optional.of(mappingFile), "declared"));
    }

    @Test
    void anExportWhoseSitesAreNowhereStopsTheIngestNamingWhatToProvide() {
        assertThatThrownBy(() -> ingest(MAPPING)).isInstanceOf(IngestException.class)
                .hasMessageContaining("complaints.site_code names sites, but there is no sites master data for 2018-03")
                .hasMessageContaining("sites_2018-03.csv with site_code, site_name, business_line")
                .hasMessageContaining("masters: sites:")
                .hasMessageNotContaining("\n");
        assertThat(Files.exists(tmp.resolve("lake/raw/complaints"))).as("nothing landed").isFalse();
    }

    @Test
    void sitesAndDepartmentsDeclaredInTheMappingLandAndTheRowsAreCheckedAgainstThem() throws Exception {
        IngestReport report = ingest(MAPPING + MASTERS);
        // the masters land first (in the contracts' order), then the complaints checked against them
        assertThat(report.sources()).extracting(SourceResult::source).containsExactlyInAnyOrder("sites", "departments", "complaints");
        assertThat(report.sources().get(2).source()).isEqualTo("complaints");
        SourceResult sites = report.sources().stream().filter(r -> r.source().equals("sites")).findFirst().orElseThrow();
        assertThat(sites.accepted()).isEqualTo(1);
        SourceResult complaints = report.sources().get(2);
        assertThat(complaints.accepted()).isEqualTo(2);
        assertThat(complaints.quarantinedByReason()).containsOnly(java.util.Map.entry("UNKNOWN_REFERENCE", 1L));

        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
        var manifest = ManifestIO.read(TestSpark.lakeFs(), lake.manifest("sites", PERIOD));
        assertThat(manifest.files()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("sites declared in agency.yml.csv"));
        List<Row> landed = TestSpark.get().read().parquet(lake.raw("sites", PERIOD).toString()).collectAsList();
        assertThat(landed).singleElement().satisfies(r -> {
            assertThat(r.<String>getAs("site_code")).isEqualTo("HQ");
            assertThat(r.<String>getAs("site_name_en")).isEqualTo("Head office");
            assertThat(r.<String>getAs("time_zone")).isEqualTo("America/New_York");
        });
    }

    @Test
    void anExportInTheFolderWinsOverTheDeclaration() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in").resolve(PERIOD.toString()));
        Files.writeString(in.resolve("sites_2018-03.csv"), "site_code,site_name,business_line\r\nHQ,总部,物业\r\nELSEWHERE,别处,物业\r\n");
        IngestReport report = ingest(MAPPING + MASTERS);
        assertThat(report.notices()).contains("sites declared in agency.yml not used: the input holds a sites export");
        assertThat(report.sources().stream().filter(s -> s.source().equals("complaints")).findFirst().orElseThrow().accepted())
                .isEqualTo(3);
    }

    @Test
    void aDeclarationNamingAnUnknownFieldOrANonMasterIsRefused() throws Exception {
        assertThatThrownBy(() -> ingest(MAPPING + "masters:\n  sites:\n    - {site_code: HQ, site_nam: x}\n"))
                .isInstanceOf(IngestException.class).hasMessageContaining("sites.masters names unknown field 'site_nam'");
        assertThatThrownBy(() -> ingest(MAPPING + "masters:\n  complaints:\n    - {complaint_id: x}\n"))
                .isInstanceOf(IngestException.class).hasMessageContaining("masters.complaints is not master data");
    }
}
