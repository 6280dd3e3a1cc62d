package io.opsdw.generator;

import io.opsdw.generator.Catalog.Dept;
import io.opsdw.generator.Catalog.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Improvement countermeasures (整改措施, DOMAIN 10.3 1f): with the month's complaint statistics, due by the 25th
 * [001:88], each site writes what two or three of its most complained-about departments will change, with an owner
 * from the department and a due date one to four weeks on. Some have no owner or no due date, as on paper.
 */
final class CountermeasuresGenerator implements SourceGenerator {

    private static final List<String> QUALITY = List.of(
            "成片交付前增加一次质检，由主管抽查不少于10%%的照片。",
            "%s对上月返工的订单逐一复盘，整理常见问题并组织一次内部培训。",
            "更换老化设备，月底前完成%s全部器材检查。",
            "修图标准重新整理成册，新员工上岗前考核通过方可独立修图。");
    private static final List<String> SERVICE = List.of(
            "%s全员重新学习投诉处理制度，当日未能解决的须当日告知顾客处理时间。",
            "接待高峰时段增派一名人员，顾客等候超过10分钟须主动致歉并说明原因。",
            "%s每周例会通报本周投诉，责任人当场说明整改情况。",
            "处理完毕后3日内完成回访，回访结果记入回访记录表。",
            "加强礼仪培训，由主管每日巡查并记录。");

    private int seq;

    @Override
    public Encoding encoding() {
        return Encoding.UTF8;
    }

    @Override
    public String source() {
        return "countermeasures";
    }

    @Override
    public void generate(PeriodContext ctx, SourceOutput out) {
        Rng rng = ctx.rng("countermeasures");
        String prefix = String.format("ZG%d%02d", ctx.period.getYear(), ctx.period.getMonthValue());
        LocalDate recorded = ctx.period.atDay(Math.min(25, ctx.period.lengthOfMonth()));
        for (Site site : Catalog.SITES) {
            List<Dept> depts = new ArrayList<>(Catalog.departments(site.line()).stream()
                    .filter(d -> d.complaintWeight() > 0).toList());
            int n = Math.min(depts.size(), rng.between(2, 3));
            for (int i = 0; i < n; i++) {
                Dept dept = rng.weighted(depts, depts.stream().mapToDouble(Dept::complaintWeight).toArray());
                depts.remove(dept);
                boolean quality = rng.chance(0.45);
                String text = String.format(rng.pick(quality ? QUALITY : SERVICE), dept.name());
                var owner = rng.chance(0.9) ? ctx.master.anyOf(rng, site, dept.name()) : null;
                out.emit(out.newRow()
                        .set("countermeasure_id", prefix + String.format("%04d", ++seq))
                        .set("site_code", site.code())
                        .set("recorded_on", recorded.minusDays(rng.between(0, 3)))
                        .set("responsible_dept_code", dept.code())
                        .set("cause_type", quality ? "quality" : "service")
                        .set("countermeasure", text)
                        .set("owner_employee_id", owner == null ? null : owner.id())
                        .set("due_date", rng.chance(0.85) ? recorded.plusDays(rng.between(7, 28)) : null));
            }
        }
    }
}
