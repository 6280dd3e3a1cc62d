package io.opsdw.generator;

import io.opsdw.generator.Catalog.Line;
import io.opsdw.generator.Catalog.Site;
import io.opsdw.generator.Catalog.StudioPackage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Studio ERP orders (DOMAIN 1.4, 6): package and shooting location, amount / paid / payment status that
 * agree (paid <= amount), stage times in order (gown selection, shoot, selection, pickup) and empty when
 * they lie after the export; about 10 % rush orders with shorter post-production.
 */
final class OrdersGenerator implements SourceGenerator {

    static final double ROWS_AT_SCALE_ONE = 1200;

    @Override
    public Encoding encoding() {
        return Encoding.UTF8_BOM;
    }

    @Override
    public String source() {
        return "orders";
    }

    @Override
    public void generate(PeriodContext ctx, SourceOutput out) {
        Rng rng = ctx.rng("orders");
        List<Site> studios = Sites.of(Line.STUDIO);
        String prefix = String.format("DD%d%02d", ctx.period.getYear(), ctx.period.getMonthValue());
        int n = ctx.volume(ROWS_AT_SCALE_ONE);
        for (int seq = 1; seq <= n; seq++) {
            Site site = Sites.pick(rng, studios);
            var customer = rng.pick(ctx.master.customersOf(site));
            StudioPackage pkg = rng.weighted(Catalog.PACKAGES, new double[] {30, 22, 12, 8, 10, 8, 7, 3});
            boolean rush = rng.chance(0.1);
            LocalDateTime ordered = rng.businessTime(rng.dayIn(ctx.period));
            // Discounts off the list price are the norm at the storefront.
            BigDecimal amount = BigDecimal.valueOf(pkg.price() * (0.8 + 0.2 * rng.nextDouble()))
                    .setScale(0, RoundingMode.HALF_UP).setScale(2);
            BigDecimal paid;
            String status;
            double r = rng.nextDouble();
            if (r < 0.55) {
                paid = amount;
                status = "paid";
            } else if (r < 0.9) {
                paid = BigDecimal.valueOf(rng.pick(500, 1000, 1500, 2000)).min(amount.subtract(BigDecimal.ONE)).setScale(2);
                status = "partial";
            } else {
                paid = BigDecimal.ZERO.setScale(2);
                status = "unpaid";
            }
            LocalDateTime gown = ctx.known(rng.businessTime(ordered.toLocalDate().plusDays(rng.between(1, 14))));
            LocalDateTime shot = next(ctx, gown, rng, rng.between(0, 7));
            LocalDateTime selected = next(ctx, shot, rng, rush ? rng.between(2, 4) : rng.between(6, 12));
            LocalDateTime picked = next(ctx, selected, rng, rush ? rng.between(3, 6) : rng.between(12, 25));
            out.emit(out.newRow()
                    .set("order_id", prefix + String.format("%06d", seq))
                    .set("site_code", site.code())
                    .set("customer_id", customer.id)
                    .set("customer_name", customer.name)
                    .set("customer_phone", customer.phone)
                    .set("ordered_at", ordered)
                    .set("package", pkg.name())
                    .set("shoot_location", pkg.name().contains("旅拍") ? "三亚海景" : rng.pick(Catalog.SHOOT_LOCATIONS))
                    .set("amount", amount)
                    .set("paid", paid)
                    .set("payment_status", status)
                    .set("gown_selected_at", gown)
                    .set("shot_at", shot)
                    .set("selected_at", selected)
                    .set("picked_up_at", picked)
                    .set("is_rush", rush)
                    .set("addon_amount", selected == null ? null
                            : rng.chance(0.4) ? BigDecimal.ZERO.setScale(2) : rng.money(200, 3000))
                    .set("photos_selected", selected == null ? null : rng.between(20, 80)));
        }
    }

    /** The next stage, {@code days} after the previous one; never before it, empty when not reached by the export. */
    private static LocalDateTime next(PeriodContext ctx, LocalDateTime previous, Rng rng, int days) {
        if (previous == null) {
            return null;
        }
        LocalDateTime candidate = rng.businessTime(previous.toLocalDate().plusDays(days));
        return ctx.known(candidate.isAfter(previous) ? candidate : previous.plusHours(1));
    }
}
