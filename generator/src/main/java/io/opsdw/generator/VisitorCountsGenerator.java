package io.opsdw.generator;

import io.opsdw.generator.Catalog.Line;
import io.opsdw.generator.Catalog.Site;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily call and visit counts (DOMAIN 1.3 R20, 5): every site and every day of the month. Friday to
 * Sunday are busier, and sales centres staff the front desk with 3 then (2 Monday-Thursday).
 * The grain is fixed (site x day), so --scale does not change this source's row count.
 */
final class VisitorCountsGenerator implements SourceGenerator {

    @Override
    public Encoding encoding() {
        return Encoding.UTF8;
    }

    @Override
    public String source() {
        return "visitor_counts";
    }

    @Override
    public void generate(PeriodContext ctx, SourceOutput out) {
        Rng rng = ctx.rng("visitor_counts");
        Rng purpose = ctx.rng("visitor_counts.purpose"); // its own stream: the counts above stay as they were
        int days = ctx.period.lengthOfMonth();
        for (Site site : Catalog.SITES) {
            int[] visits = new int[days + 1];
            for (int d = 1; d <= days; d++) {
                LocalDate day = ctx.period.atDay(d);
                boolean peak = isPeakDay(day);
                double base = switch (site.line()) {
                    case SALES_CENTRE -> peak ? 58 : 24;
                    case STUDIO -> peak ? 34 : 14;
                    case PROPERTY -> peak ? 26 : 18;
                };
                int v = rng.count(base * site.traffic());
                int calls = rng.count((site.line() == Line.PROPERTY ? 35 : 28) * site.traffic() * (peak ? 1.3 : 1.0));
                visits[d] = v;
                Row row = out.newRow()
                        .set("site_code", site.code())
                        .set("visit_date", day)
                        .set("calls", calls)
                        .set("visits", v)
                        .set("first_time_visits", (int) Math.round(v * (0.3 + 0.2 * rng.nextDouble())))
                        .set("sample_room_visits", site.line() == Line.SALES_CENTRE
                                ? (int) Math.round(v * (0.4 + 0.3 * rng.nextDouble())) : null)
                        .set("vip_visitors", site.line() == Line.SALES_CENTRE && rng.chance(peak ? 0.3 : 0.1)
                                ? rng.between(5, 40) : 0)
                        .set("staff_on_duty", staffOnDuty(site.line(), peak));
                if (site.line() == Line.STUDIO) {
                    purposes(purpose, v, row);
                }
                out.emit(row);
            }
            ctx.visitsBySiteAndDay.put(site.code(), visits);
        }
    }

    /**
     * Studio storefront visits by purpose (拍照 / 看样 / 取件, the rest other business) and what became of the shoot
     * enquiries [000:142-159]: about half book; the others leave with a reason (price, comparing, schedule, other).
     */
    private static void purposes(Rng rng, int visits, Row row) {
        int shoot = (int) Math.round(visits * (0.35 + 0.15 * rng.nextDouble()));
        int proofs = (int) Math.round((visits - shoot) * (0.45 + 0.15 * rng.nextDouble()));
        int pickups = (int) Math.round((visits - shoot - proofs) * (0.6 + 0.3 * rng.nextDouble()));
        int booked = (int) Math.round(shoot * (0.4 + 0.25 * rng.nextDouble()));
        int[] lost = new int[4];
        for (int i = booked; i < shoot; i++) {
            lost[rng.weighted(List.of(0, 1, 2, 3), new double[] {40, 30, 20, 10})]++;
        }
        row.set("shoot_enquiry_visits", shoot).set("proof_viewing_visits", proofs).set("pickup_visits", pickups)
                .set("bookings", booked).set("lost_price", lost[0]).set("lost_comparing", lost[1])
                .set("lost_schedule", lost[2]).set("lost_other", lost[3]);
    }

    static boolean isPeakDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static int staffOnDuty(Line line, boolean peak) {
        return switch (line) {
            case SALES_CENTRE, STUDIO -> peak ? 3 : 2;
            case PROPERTY -> 2;
        };
    }
}
