package io.opsdw.generator;

import io.opsdw.generator.Catalog.Dept;
import io.opsdw.generator.Catalog.Item;
import io.opsdw.generator.Catalog.Line;
import io.opsdw.generator.Catalog.Site;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The master data as of one period, evolved month by month: customers join, upgrade (none -> member -> vip)
 * or lapse; a few items change unit cost or category. Snapshots are full, as the source systems export them.
 */
public final class MasterData {

    static final class Customer {
        final String id;
        final String name;
        final String phone;
        final String type;
        final Site site;
        final String referrerId;
        String membership;
        LocalDate memberSince;

        Customer(String id, String name, String phone, String type, Site site, String referrerId) {
            this.id = id;
            this.name = name;
            this.phone = phone;
            this.type = type;
            this.site = site;
            this.referrerId = referrerId;
        }

        boolean isMember() {
            return !membership.equals("none");
        }
    }

    record Employee(String id, String name, Dept dept, Site site, String role, LocalDate hiredOn) {
    }

    static final class ItemState {
        final Item item;
        String category;
        BigDecimal unitCost;

        ItemState(Item item) {
            this.item = item;
            this.category = item.category();
            this.unitCost = item.unitCost();
        }
    }

    private final long seed;
    private final double scale;
    private YearMonth period;
    private final List<Employee> employees = new ArrayList<>();
    private final List<Customer> customers = new ArrayList<>();
    private final Map<String, List<Customer>> customersBySite = new LinkedHashMap<>();
    private final List<ItemState> items = new ArrayList<>();
    private final Map<String, List<Employee>> staffIndex = new LinkedHashMap<>();
    private int nextCustomer = 1;

    private MasterData(long seed, double scale) {
        this.seed = seed;
        this.scale = scale;
    }

    public static MasterData initial(long seed, double scale, YearMonth firstPeriod) {
        MasterData data = new MasterData(seed, scale);
        data.period = firstPeriod;
        Rng rng = new Rng(seed, null, "master:initial");
        data.hireStaff(rng, firstPeriod);
        for (Site site : Catalog.SITES) {
            data.customersBySite.put(site.code(), new ArrayList<>());
            int base = baseCustomers(site, scale);
            for (int i = 0; i < base; i++) {
                data.addCustomer(rng, site, firstPeriod.minusMonths(1 + rng.nextInt(36)));
            }
        }
        Catalog.ITEMS.forEach(item -> data.items.add(new ItemState(item)));
        return data;
    }

    private static int baseCustomers(Site site, double scale) {
        return Math.max(30, (int) Math.round(120 * site.traffic() * scale));
    }

    /** Moves the snapshot one month on. */
    void advanceTo(YearMonth next) {
        Rng rng = new Rng(seed, next, "master:changes");
        for (Customer c : customers) {
            double r = rng.nextDouble();
            switch (c.membership) {
                case "none" -> {
                    if (r < 0.05) {
                        c.membership = "member";
                        c.memberSince = rng.dayIn(next);
                    }
                }
                case "member" -> {
                    if (r < 0.03) {
                        c.membership = "vip";
                    } else if (r < 0.045) {
                        c.membership = "none"; // card not renewed
                        c.memberSince = null;
                    }
                }
                default -> {
                    if (r < 0.01) {
                        c.membership = "member";
                    }
                }
            }
        }
        for (Site site : Catalog.SITES) {
            if (rng.chance(0.4)) {
                hire(rng, site, rng.pick(Catalog.departments(site.line()).stream().filter(d -> d.parent() != null).toList()),
                        rng.dayIn(next));
            }
        }
        for (Site site : Catalog.SITES) {
            int joiners = Math.max(1, (int) Math.round(baseCustomers(site, scale) * 0.06));
            for (int i = 0; i < joiners; i++) {
                addCustomer(rng, site, next);
            }
        }
        for (ItemState item : items) {
            if (rng.chance(0.12)) {
                double factor = 1 + (rng.chance(0.75) ? 1 : -1) * (0.03 + rng.nextDouble() * 0.12);
                item.unitCost = item.unitCost.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
            }
        }
        // Occasionally the back office re-classifies an item (towels become an asset, juice becomes food,
        // a worn accessory is booked as an asset); other categories are left alone.
        List<ItemState> reclassifiable = items.stream()
                .filter(i -> List.of("consumable", "drink", "accessory").contains(i.category)).toList();
        if (!reclassifiable.isEmpty() && rng.chance(0.35)) {
            ItemState item = rng.pick(reclassifiable);
            item.category = switch (item.category) {
                case "drink" -> "food";
                default -> "asset";
            };
        }
        period = next;
    }

    private void hireStaff(Rng rng, YearMonth firstPeriod) {
        for (Site site : Catalog.SITES) {
            for (Dept dept : Catalog.departments(site.line())) {
                int headcount = dept.parent() == null ? 1 : 2 + rng.nextInt(3);
                for (int i = 0; i < headcount; i++) {
                    hire(rng, site, dept, firstPeriod.atDay(1).minusDays(30 + rng.nextInt(2000)));
                }
            }
        }
    }

    private void hire(Rng rng, Site site, Dept dept, LocalDate hiredOn) {
        long atSite = employees.stream().filter(e -> e.site() == site).count();
        boolean head = staff(site, dept.name()).isEmpty();
        String role = head ? dept.posts().get(0) : rng.pick(dept.posts());
        employees.add(new Employee(site.code() + "E" + String.format("%03d", atSite + 1),
                ChineseNames.person(rng), dept, site, role, hiredOn));
        staffIndex.clear(); // rebuilt on the next lookup
    }

    private void addCustomer(Rng rng, Site site, YearMonth joined) {
        String type;
        String membership;
        double r = rng.nextDouble();
        switch (site.line()) {
            case STUDIO -> {
                type = r < 0.92 ? "studio_customer" : "vip";
                membership = r < 0.5 ? "none" : r < 0.9 ? "member" : "vip";
            }
            case SALES_CENTRE -> {
                type = r < 0.8 ? "prospect" : r < 0.9 ? "visitor" : "vip";
                membership = r < 0.75 ? "none" : r < 0.93 ? "member" : "vip";
            }
            default -> {
                type = r < 0.9 ? "owner" : "vip";
                membership = r < 0.4 ? "none" : r < 0.9 ? "member" : "vip";
            }
        }
        List<Customer> siteCustomers = customersBySite.get(site.code());
        String referrer = !siteCustomers.isEmpty() && rng.chance(0.15) ? rng.pick(siteCustomers).id : null;
        Customer c = new Customer(String.format("C%06d", nextCustomer++), ChineseNames.person(rng),
                ChineseNames.mobile(rng), type, site, referrer);
        c.membership = membership;
        c.memberSince = membership.equals("none") ? null : rng.dayIn(joined);
        customers.add(c);
        siteCustomers.add(c);
    }

    YearMonth period() {
        return period;
    }

    List<Customer> customers() {
        return customers;
    }

    List<Customer> customersOf(Site site) {
        return customersBySite.get(site.code());
    }

    List<Employee> employees() {
        return employees;
    }

    List<ItemState> items() {
        return items;
    }

    List<Employee> staff(Site site, String deptName) {
        // Called for nearly every generated row; staff never changes after hiring, so index it once.
        if (staffIndex.isEmpty()) {
            employees.forEach(e -> staffIndex.computeIfAbsent(e.site().code() + "/" + e.dept().name(),
                    k -> new ArrayList<>()).add(e));
        }
        return staffIndex.getOrDefault(site.code() + "/" + deptName, List.of());
    }

    Employee anyOf(Rng rng, Site site, String deptName) {
        List<Employee> staff = staff(site, deptName);
        return staff.isEmpty() ? null : rng.pick(staff);
    }

    /** The CS department that registers complaints and makes callbacks at a site. */
    static String csDept(Line line) {
        return line == Line.SALES_CENTRE ? "客户服务部" : "客服部";
    }
}
