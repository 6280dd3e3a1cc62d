package io.opsdw.warehouse.completeness;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.reports.DataGaps;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.completeness.CompletenessReport.Gap;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** The completeness of a month for a running task, and its gaps as the reports' "partial data" banner shows them. */
@Component
public class MonthCompleteness {

    private volatile ContractRegistry contracts;

    public CompletenessReport check(TaskContext context, YearMonth period) {
        Expectations expected = Expectations.of(context.settings().completeness(), contracts());
        java.util.Set<String> bySite = contracts().all().stream().filter(c -> !c.isMaster() && c.field("site_code").isPresent())
                .map(SourceContract::source).collect(java.util.stream.Collectors.toSet());
        return new CompletenessCheck(context.spark().get(), context.lake(), LakeFs.of(context.spark().get()), bySite).check(period, expected);
    }

    public DataGaps dataGaps(List<Gap> gaps) {
        return new DataGaps(gaps.stream().map(g -> {
            SourceContract c = contracts().get(g.source());
            return new DataGaps.Gap(g.site(), c.title().getOrDefault("zh-CN", g.source()), c.title().getOrDefault("en", g.source()));
        }).toList());
    }

    private ContractRegistry contracts() {
        if (contracts == null) {
            contracts = ContractRegistry.load();
        }
        return contracts;
    }
}
