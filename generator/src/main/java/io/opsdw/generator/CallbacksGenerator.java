package io.opsdw.generator;

import io.opsdw.generator.Catalog.ServiceItem;
import io.opsdw.generator.Catalog.Site;
import io.opsdw.generator.MasterData.Customer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Callback records (DOMAIN 1.2, 3): mostly phone calls to member customers within 3 days of the service,
 * a share later; not every member is reached, so coverage stays under 100 %. Results roughly
 * 80 % 满意, 15 % 一般, 4 % 不满意, plus unanswered calls. Complaints that got a callback get a
 * post-complaint record at the same moment.
 */
final class CallbacksGenerator implements SourceGenerator {

    static final double ROWS_AT_SCALE_ONE = 2000;

    private static final List<String> TYPES = List.of("routine", "member", "festival", "promotion", "renewal");
    private static final double[] TYPE_WEIGHTS = {66, 18, 7, 5, 4};
    private static final List<String> RESULTS = List.of("satisfied", "neutral", "dissatisfied", "unreachable");
    private static final double[] RESULT_WEIGHTS = {77, 14.5, 4, 4.5};

    private static final Map<String, List<String>> ASPECTS = Map.of(
            "化妆", List.of("妆面不够自然", "化妆等候时间长"),
            "拍摄", List.of("摄影师引导不够", "拍摄节奏太赶"),
            "选片", List.of("选片推销太多", "选片室太拥挤"),
            "修图", List.of("修图过度", "精修片交付慢"),
            "水吧", List.of("饮品温度不合适", "果盘不新鲜"),
            "报修", List.of("维修人员上门晚", "维修后没清理现场"),
            "保洁", List.of("楼道清洁不及时", "垃圾清运晚"));
    private static final List<String> GENERIC_ASPECTS = List.of("服务态度一般", "等候时间长", "沟通不及时", "收费解释不清");
    private static final List<String> SUGGESTIONS = List.of(
            "希望多推出优惠活动", "建议增加停车位", "希望周末延长营业时间", "建议增加无糖饮品", "服务很好，继续保持",
            "希望提前短信提醒", "建议样片能线上查看");

    @Override
    public Encoding encoding() {
        return Encoding.GBK;
    }

    @Override
    public Set<String> reads() {
        return Set.of("complaints");
    }

    @Override
    public String source() {
        return "callbacks";
    }

    @Override
    public void generate(PeriodContext ctx, SourceOutput out) {
        Rng rng = ctx.rng("callbacks");
        String prefix = String.format("HF%d%02d", ctx.period.getYear(), ctx.period.getMonthValue());
        int seq = 1;
        for (PeriodContext.ComplaintRef complaint : ctx.complaints) {
            Row row = out.newRow()
                    .set("callback_id", prefix + String.format("%06d", seq++))
                    .set("callback_type", "post_complaint")
                    .set("related_complaint_id", complaint.id());
            fill(rng, ctx, row, complaint.site(), complaint.customer(), serviceItem(complaint), complaint.callbackAt(),
                    complaint.callbackAt().toLocalDate().minusDays(rng.between(1, 5)));
            out.emit(row);
        }
        int routine = ctx.volume(ROWS_AT_SCALE_ONE);
        for (int i = 0; i < routine; i++) {
            Site site = Sites.pick(rng, Catalog.SITES);
            List<Customer> customers = ctx.master.customersOf(site);
            // Members are called first (100 % rule); non-members only now and then.
            Customer customer = rng.pick(customers);
            for (int attempt = 0; attempt < 3 && !customer.isMember(); attempt++) {
                customer = rng.pick(customers);
            }
            LocalDate callDay = rng.dayIn(ctx.period);
            LocalDate serviceDate = callDay.minusDays(delayDays(rng));
            ServiceItem item = rng.pick(Catalog.serviceItems(site.line()));
            Row row = out.newRow()
                    .set("callback_id", prefix + String.format("%06d", seq++))
                    .set("callback_type", rng.weighted(TYPES, TYPE_WEIGHTS));
            fill(rng, ctx, row, site, customer, item, callDay.atTime(rng.between(10, 11), rng.nextInt(60), rng.nextInt(60))
                    .plusHours(rng.chance(0.5) ? 0 : rng.between(4, 8)), serviceDate);
            out.emit(row);
        }
    }

    /** Days between service and callback: 0-3 mostly, exactly 3 sometimes, later for a share. */
    private static int delayDays(Rng rng) {
        double r = rng.nextDouble();
        return r < 0.7 ? rng.between(0, 2) : r < 0.85 ? 3 : rng.between(4, 10);
    }

    private static ServiceItem serviceItem(PeriodContext.ComplaintRef complaint) {
        var items = Catalog.serviceItems(complaint.site().line());
        return items.stream().filter(s -> s.name().equals(complaint.serviceItem())).findFirst()
                .orElseGet(() -> items.stream().filter(s -> s.deptName().equals(complaint.deptName())).findFirst()
                        .orElse(items.get(0)));
    }

    private static void fill(Rng rng, PeriodContext ctx, Row row, Site site, Customer customer, ServiceItem item,
                             LocalDateTime callbackAt, LocalDate serviceDate) {
        String channel = rng.weighted(List.of("phone", "sms", "email"), new double[] {90, 7, 3});
        String result = rng.weighted(RESULTS, RESULT_WEIGHTS);
        if (!channel.equals("phone") && result.equals("unreachable")) {
            result = "satisfied"; // an SMS or e-mail reply is an answer by definition
        }
        var provider = ctx.master.anyOf(rng, site, item.deptName());
        var caller = ctx.master.anyOf(rng, site, MasterData.csDept(site.line()));
        row.set("site_code", site.code())
                .set("customer_id", customer.id)
                .set("customer_name", customer.name)
                .set("is_member", customer.isMember())
                .set("service_item", item.name())
                .set("provider_dept_code", Catalog.department(site.line(), item.deptName()).code())
                .set("provider_employee_id", provider == null ? null : provider.id())
                .set("service_date", serviceDate)
                .set("callback_at", callbackAt)
                .set("channel", channel)
                .set("caller_employee_id", caller == null ? null : caller.id())
                .set("result", result);
        switch (result) {
            case "neutral", "dissatisfied" -> row.set("dissatisfied_aspect",
                    rng.pick(ASPECTS.getOrDefault(item.name(), GENERIC_ASPECTS)));
            case "satisfied" -> row.set("suggestion", rng.chance(0.35) ? rng.pick(SUGGESTIONS) : null);
            default -> {
            }
        }
    }
}
