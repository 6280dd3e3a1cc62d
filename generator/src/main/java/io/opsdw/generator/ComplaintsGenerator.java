package io.opsdw.generator;

import io.opsdw.generator.Catalog.Dept;
import io.opsdw.generator.Catalog.Site;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Complaint register (DOMAIN 1.1, 2): most complaints are resolved the same day, some the next day with a
 * same-day notice to the customer, some are still open at export; callbacks mostly within 3 days.
 * Boundary cases are deliberate: resolved at 23:59 on the day, callback exactly 3 days after resolution.
 */
final class ComplaintsGenerator implements SourceGenerator {
    /** Share of known complainants who are one of a site's REGULARS (the first customers of its list). */
    private static final double REGULAR_SHARE = 0.12;
    private static final int REGULARS = 4;

    static final double ROWS_AT_SCALE_ONE = 300;

    private static final List<String> CHANNELS =
            List.of("phone", "walk_in", "letter", "sms", "email", "parent_company", "media", "callback");
    private static final double[] CHANNEL_WEIGHTS = {45, 34, 3, 4, 3, 4, 2, 5};
    /** A complaint system's own categories (some registers have them): category -> subcategories. */
    private static final List<List<String>> CATEGORIES = List.of(
            List.of("服务态度", "接待冷淡", "言语不当"),
            List.of("产品质量", "成品瑕疵", "交付延误"),
            List.of("价格收费", "收费不明", "退款"),
            List.of("环境设施", "卫生", "设备故障"));

    @Override
    public Encoding encoding() {
        return Encoding.UTF8_BOM;
    }

    @Override
    public String source() {
        return "complaints";
    }

    @Override
    public void generate(PeriodContext ctx, SourceOutput out) {
        Rng rng = ctx.rng("complaints");
        int n = ctx.volume(ROWS_AT_SCALE_ONE);
        String prefix = String.format("TS%d%02d", ctx.period.getYear(), ctx.period.getMonthValue());
        // its own stream: the fields some registers add leave every other generated value as it was
        Rng system = ctx.rng("complaints-system-fields");
        for (int seq = 1; seq <= n; seq++) {
            Site site = Sites.pick(rng, Catalog.SITES);
            List<Dept> depts = Catalog.departments(site.line()).stream().filter(d -> d.complaintWeight() > 0).toList();
            Dept dept = rng.weighted(depts, depts.stream().mapToDouble(Dept::complaintWeight).toArray());
            LocalDate day = rng.dayIn(ctx.period);
            LocalDateTime received = rng.businessTime(day);
            String recordType = rng.weighted(List.of("complaint", "suggestion", "opinion"), new double[] {85, 10, 5});
            String cause = rng.weighted(List.of("quality", "service", "other"), new double[] {44, 50, 6});
            String validity = rng.weighted(List.of("valid", "invalid", "pending"), new double[] {80, 13, 7});
            int involved = rng.chance(0.85) ? 1 : rng.between(2, 3);

            Row row = out.newRow()
                    .set("complaint_id", prefix + String.format("%05d", seq))
                    .set("site_code", site.code())
                    .set("received_at", received)
                    .set("channel", rng.weighted(CHANNELS, CHANNEL_WEIGHTS))
                    .set("record_type", recordType)
                    .set("content", ComplaintTexts.content(rng, dept.name(), recordType))
                    .set("cause_type", recordType.equals("complaint") || rng.chance(0.3) ? cause : null)
                    .set("responsible_dept_code", dept.code())
                    .set("validity", validity)
                    .set("severity", rng.chance(0.05) ? "major" : "normal")
                    .set("departments_involved", involved)
                    .set("service_item", serviceItem(rng, site, dept));
            MasterData.Customer customer = setCustomer(rng, ctx, site, row);
            var responsible = ctx.master.anyOf(rng, site, dept.name());
            row.set("responsible_employee_id", responsible == null || rng.chance(0.2) ? null : responsible.id());
            var handler = ctx.master.anyOf(rng, site, MasterData.csDept(site.line()));
            row.set("handler_employee_id", handler == null ? null : handler.id());
            LocalDateTime callback = milestones(rng, ctx, received, involved, validity, cause, row);
            if (system.chance(0.5)) {
                systemFields(system, received, row);
            }
            out.emit(row);
            if (callback != null && customer != null) { // anonymous complainants have no callback record
                ctx.complaints.add(new PeriodContext.ComplaintRef((String) row.get("complaint_id"), site,
                        customer, callback, (String) row.get("service_item"), dept.name()));
            }
        }
    }

    /**
     * What a complaint system adds to a register: a status consistent with the dates, its own category and
     * subcategory, and a due date (mostly 1-3 days, sometimes the same day) that the SLA is then judged against.
     */
    private static void systemFields(Rng rng, LocalDateTime received, Row row) {
        String status = row.get("closed_at") != null ? "closed" : row.get("resolved_at") != null ? "resolved"
                : row.get("customer_notified_at") != null ? "in_progress" : "open";
        List<String> category = rng.pick(CATEGORIES);
        row.set("status", status)
                .set("category", category.get(0))
                .set("subcategory", category.get(rng.between(1, category.size() - 1)));
        if (rng.chance(0.7)) {
            row.set("due_at", rng.chance(0.3) ? received.toLocalDate().atTime(23, 59, 0)
                    : received.toLocalDate().plusDays(rng.between(1, 3)).atTime(18, 0));
        }
    }

    private static String serviceItem(Rng rng, Site site, Dept dept) {
        var items = Catalog.serviceItems(site.line()).stream().filter(s -> s.deptName().equals(dept.name())).toList();
        return items.isEmpty() || rng.chance(0.15) ? null : rng.pick(items).name();
    }

    /**
     * A known customer most of the time; walk-ins leave only a name and maybe a phone. Some known complainants are
     * the site's few regulars, so the demo has repeat complainants (DOMAIN 10.3 1e); that choice draws on its own
     * stream so the rest of the month's complaints stay as they were.
     */
    private static MasterData.Customer setCustomer(Rng rng, PeriodContext ctx, Site site, Row row) {
        if (rng.chance(0.7)) {
            var customers = ctx.master.customersOf(site);
            var c = rng.pick(customers);
            Rng regulars = ctx.rng("complaints.regulars." + row.get("complaint_id"));
            if (regulars.chance(REGULAR_SHARE)) {
                c = customers.get(regulars.nextInt(Math.min(REGULARS, customers.size())));
            }
            row.set("customer_id", c.id).set("customer_name", c.name).set("customer_phone", c.phone);
            return c;
        }
        row.set("customer_name", ChineseNames.person(rng)).set("customer_phone", rng.chance(0.8) ? ChineseNames.mobile(rng) : null);
        return null;
    }

    /** Sets the handling timeline; returns the callback time if one was made. */
    private static LocalDateTime milestones(Rng rng, PeriodContext ctx, LocalDateTime received, int involved,
                                            String validity, String cause, Row row) {
        LocalDate day = received.toLocalDate();
        LocalDateTime endOfDay = day.atTime(23, 59, 0);
        double r = rng.nextDouble();
        LocalDateTime resolved;
        LocalDateTime notified;
        if (validity.equals("pending") || r < 0.12) {
            // Still open at export: at most a same-day notice with the agreed resolution time.
            row.set("customer_notified_at", rng.chance(0.6) ? min(received.plusMinutes(rng.between(10, 240)), endOfDay) : null);
            return null;
        } else if (r < 0.15) {
            resolved = endOfDay; // boundary: resolved at 23:59 on the day it was received
            notified = endOfDay;
        } else if (r < 0.80 - (involved > 1 ? 0.25 : 0)) {
            resolved = min(received.plusMinutes(rng.between(20, 360)), endOfDay);
            notified = resolved;
        } else {
            // Not solvable the same day: tell the customer today, resolve 1-3 days later.
            notified = min(received.plusMinutes(rng.between(15, 300)), endOfDay);
            resolved = day.plusDays(rng.between(1, 3)).atTime(LocalTime.of(rng.between(9, 19), rng.nextInt(60)));
        }
        resolved = ctx.known(resolved);
        row.set("customer_notified_at", notified);
        if (resolved == null) {
            return null;
        }
        row.set("resolved_at", resolved)
                .set("resolution", ComplaintTexts.resolution(rng, cause));
        if (validity.equals("valid") && rng.chance(0.15)) {
            row.set("compensation_amount", rng.chance(0.5) ? rng.money(50, 500) : rng.money(500, 3000));
        }
        LocalDateTime signed = rng.chance(0.9) ? ctx.known(resolved.plusMinutes(rng.between(0, 90))) : null;
        row.set("customer_signed_at", signed);
        double c = rng.nextDouble();
        LocalDateTime callback;
        if (c < 0.08) {
            callback = resolved.plusDays(3); // boundary: exactly 3 days later
        } else if (c < 0.78) {
            callback = rng.businessTime(resolved.toLocalDate().plusDays(rng.between(1, 2)));
        } else if (c < 0.9) {
            callback = rng.businessTime(resolved.toLocalDate().plusDays(rng.between(4, 8)));
        } else {
            callback = null; // no callback made
        }
        callback = ctx.known(callback);
        row.set("callback_at", callback);
        if (signed != null && callback != null) {
            row.set("closed_at", ctx.known(max(signed, callback).plusMinutes(rng.between(5, 240))));
        }
        return callback;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
