package io.opsdw.ingest.land;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import java.time.YearMonth;
import java.util.Collection;

/**
 * Before anything lands: an operational export whose required field names a master (every complaint has a site) needs
 * that master somewhere, in this run or in the lake for any period. Without it the rows would land and the transform
 * would fail every one of them (site_known); the ingest stops instead and says what to provide.
 */
public final class MasterPresence {

    private MasterPresence() {
    }

    public static void require(Collection<SourceContract> landing, ContractRegistry contracts, LakeLayout lake, LakeFs fs,
                               YearMonth period) {
        for (SourceContract c : landing) {
            if (c.isMaster()) {
                continue;
            }
            for (FieldSpec f : c.fields()) {
                if (!f.required() || f.references() == null) {
                    continue;
                }
                String master = f.references();
                boolean inRun = landing.stream().anyMatch(s -> s.source().equals(master));
                if (!inRun && MasterKeys.periods(lake, fs, master).isEmpty()) {
                    SourceContract m = contracts.get(master);
                    throw new IngestException(c.source() + "." + f.name() + " names " + master + ", but there is no " + master
                            + " master data for " + (period == null ? "any period" : period + " or any other period") + ": add a "
                            + master + " export (e.g. " + master + "_" + (period == null ? "YYYY-MM" : period) + ".csv with " + String.join(", ", m.fields().stream().filter(FieldSpec::required).map(FieldSpec::name).toList())
                            + "; docs/sources.md) to the input folder, or declare them in the mapping file (masters: "
                            + master + ":, docs/mappings.md)");
                }
            }
        }
    }
}
