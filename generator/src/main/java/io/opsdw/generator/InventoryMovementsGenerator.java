package io.opsdw.generator;

import io.opsdw.generator.Catalog.Item;
import io.opsdw.generator.Catalog.Line;
import io.opsdw.generator.Catalog.Site;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stock movements and counts (DOMAIN 1.5, 4): water-bar issues per day in proportion to the day's visits,
 * receipts three times a month, end-of-day waste of perishables, occasional expiry, breakage and loss,
 * and a month-end count line per stock point with its book quantity and a small variance.
 * Studios also move accessories (头饰, 首饰, 假发, 头纱, 手套) on the makeup rack.
 */
final class InventoryMovementsGenerator implements SourceGenerator {

    /** Issue lines per unit of (visits x issuesPerVisit); tuned for ~6 000 rows a month at scale 1. */
    private static final double LINES_PER_USE = 0.25;
    private static final int[] RECEIPT_DAYS = {1, 11, 21};

    /** Largest quantity on one receipt line: inventory_movements.yml caps quantity at 100 000. */
    private static final long MAX_RECEIPT_LINE = 50_000;

    /** One stock-holding point of one item at one site, with its running book quantity. */
    private static final class Stock {
        final Site site;
        final String location;
        final Item item;
        final double dailyUse;
        long book;

        Stock(Site site, String location, Item item, double dailyUse) {
            this.site = site;
            this.location = location;
            this.item = item;
            this.dailyUse = dailyUse;
        }
    }

    private int seq;
    private String prefix;

    @Override
    public Encoding encoding() {
        return Encoding.GBK;
    }

    @Override
    public Set<String> reads() {
        return Set.of("visitor_counts");
    }

    @Override
    public String source() {
        return "inventory_movements";
    }

    @Override
    public void generate(PeriodContext ctx, SourceOutput out) {
        Rng rng = ctx.rng("inventory_movements");
        prefix = String.format("CK%d%02d", ctx.period.getYear(), ctx.period.getMonthValue());
        seq = 0;
        List<Stock> stocks = stockPoints(ctx);
        stocks.forEach(s -> s.book = Math.round(s.dailyUse * 5 + 10));
        int days = ctx.period.lengthOfMonth();
        for (int d = 1; d <= days; d++) {
            LocalDate day = ctx.period.atDay(d);
            for (Stock s : stocks) {
                int visits = ctx.visitsBySiteAndDay.get(s.site.code())[d];
                if (isReceiptDay(d) && (!s.location.equals("studio_rack") || d == 1)) {
                    long qty = Math.max(10, Math.round(s.dailyUse * 10 / 10.0) * 10);
                    s.book += qty;
                    // a delivery bigger than one receipt line may hold (the contract's maximum) comes as several lines
                    for (long left = qty; left > 0; left -= MAX_RECEIPT_LINE) {
                        emit(ctx, rng, out, s, "receipt", Math.min(left, MAX_RECEIPT_LINE), null,
                                day.atTime(rng.between(9, 10), rng.nextInt(60)), "采购入库");
                    }
                }
                int lines = rng.count(visits * s.item.issuesPerVisit() * share(s.location) * LINES_PER_USE * ctx.scale);
                for (int i = 0; i < lines; i++) {
                    long qty = rng.between(1, 4);
                    s.book = Math.max(0, s.book - qty);
                    emit(ctx, rng, out, s, "issue", qty, null, rng.businessTime(day), null);
                }
                losses(ctx, rng, out, s, day);
            }
        }
        LocalDateTime countAt = ctx.period.atEndOfMonth().atTime(20, 30);
        for (Stock s : stocks) {
            double r = rng.nextDouble();
            long variance = r < 0.8 ? 0 : r < 0.97 ? -rng.between(1, 3) : 1;
            long counted = Math.max(0, s.book + variance);
            emit(ctx, rng, out, s, "count", counted, s.book, countAt.plusMinutes(rng.nextInt(25)),
                    variance == 0 ? null : "盘点差异，已上报驻场主管");
        }
    }

    private List<Stock> stockPoints(PeriodContext ctx) {
        List<Stock> stocks = new ArrayList<>();
        for (Site site : Catalog.SITES) {
            double visitsPerDay = java.util.Arrays.stream(ctx.visitsBySiteAndDay.get(site.code())).average().orElse(0);
            for (String location : Catalog.locations(site.line())) {
                for (Item item : Catalog.ITEMS) {
                    if (item.locations().contains(location)) {
                        double use = visitsPerDay * item.issuesPerVisit() * share(location) * ctx.scale * 2.5 * LINES_PER_USE;
                        stocks.add(new Stock(site, location, item, Math.max(use, 0.5)));
                    }
                }
            }
        }
        return stocks;
    }

    /** Share of a site's visitors served at a stock point. */
    private static double share(String location) {
        return switch (location) {
            case "water_bar" -> 1.0;
            case "sample_room" -> 0.6;
            case "studio_rack" -> 0.8;
            case "vip_bar" -> 0.2;
            case "meeting_room" -> 0.15;
            default -> 0.05;
        };
    }

    private static boolean isReceiptDay(int day) {
        for (int d : RECEIPT_DAYS) {
            if (d == day) {
                return true;
            }
        }
        return false;
    }

    private void losses(PeriodContext ctx, Rng rng, SourceOutput out, Stock s, LocalDate day) {
        LocalDateTime evening = day.atTime(20, rng.nextInt(30));
        if (s.item.perishable() && rng.chance(0.3)) {
            emitLoss(ctx, rng, out, s, "waste", rng.between(1, 2), evening, "当日未用完，按规定倒掉");
        } else if (s.item.perishable() && rng.chance(0.02)) {
            emitLoss(ctx, rng, out, s, "expired", rng.between(1, 3), evening, "检查冰箱发现过期");
        } else if (s.location.equals("studio_rack") && rng.chance(0.02)) {
            emitLoss(ctx, rng, out, s, rng.chance(0.5) ? "loss" : "breakage", 1, evening, "饰品盘点发现缺失或损坏");
        } else if (s.item.code().equals("IT011") && rng.chance(0.04)) {
            emitLoss(ctx, rng, out, s, "breakage", rng.between(1, 5), evening, "纸杯受潮破损");
        } else if (s.location.equals("sample_room") && rng.chance(0.01)) {
            emitLoss(ctx, rng, out, s, "loss", 1, evening, "样板间巡视发现遗失");
        }
    }

    private void emitLoss(PeriodContext ctx, Rng rng, SourceOutput out, Stock s, String type, long qty,
                          LocalDateTime at, String note) {
        s.book = Math.max(0, s.book - qty);
        emit(ctx, rng, out, s, type, qty, null, at, note);
    }

    private void emit(PeriodContext ctx, Rng rng, SourceOutput out, Stock s, String type, long qty, Long book,
                      LocalDateTime at, String note) {
        var handler = ctx.master.anyOf(rng, s.site, handlerDept(s));
        out.emit(out.newRow()
                .set("movement_id", prefix + String.format("%07d", ++seq))
                .set("site_code", s.site.code())
                .set("location", s.location)
                .set("item_code", s.item.code())
                .set("movement_type", type)
                .set("quantity", BigDecimal.valueOf(qty))
                .set("book_quantity", book == null ? null : BigDecimal.valueOf(book))
                .set("unit", s.item.unit())
                .set("moved_at", at)
                .set("employee_id", handler == null ? null : handler.id())
                .set("occasion", type.equals("issue") ? occasion(rng, s.location) : null)
                .set("note", note));
    }

    private static String handlerDept(Stock s) {
        if (s.location.equals("studio_rack")) {
            return "化妆部";
        }
        return s.site.line() == Line.SALES_CENTRE ? "客户服务部" : "客服部";
    }

    private static String occasion(Rng rng, String location) {
        return switch (location) {
            case "vip_bar" -> "vip";
            case "meeting_room" -> "meeting";
            case "studio_rack", "store_room" -> "internal";
            default -> rng.chance(0.93) ? "walk_in" : "internal";
        };
    }
}
