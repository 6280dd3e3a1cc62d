package io.opsdw.generator;

import io.opsdw.generator.Catalog.Dept;
import io.opsdw.generator.Catalog.Site;

/** Writes the full master snapshots of one period (never dirtied: faults are for operational rows). */
public final class MasterExports {

    private MasterExports() {
    }

    static void sites(SourceOutput out) {
        for (Site s : Catalog.SITES) {
            out.emit(out.newRow().set("site_code", s.code()).set("site_name", s.name())
                    .set("site_name_en", Catalog.ENGLISH_NAMES.get(s.code()))
                    .set("business_line", s.line().code).set("city", s.city()).set("company", s.company()));
        }
    }

    static void departments(SourceOutput out) {
        for (Dept d : Catalog.DEPARTMENTS) {
            out.emit(out.newRow().set("dept_code", d.code()).set("dept_name", d.name())
                    .set("dept_name_en", Catalog.ENGLISH_NAMES.get(d.code()))
                    .set("business_line", d.line().code).set("parent_code", d.parent()));
        }
    }

    static void employees(MasterData master, SourceOutput out) {
        for (var e : master.employees()) {
            out.emit(out.newRow().set("employee_id", e.id()).set("employee_name", e.name())
                    .set("dept_code", e.dept().code()).set("site_code", e.site().code())
                    .set("role", e.role()).set("hired_on", e.hiredOn()));
        }
    }

    public static void customers(MasterData master, SourceOutput out) {
        for (var c : master.customers()) {
            out.emit(out.newRow().set("customer_id", c.id).set("customer_name", c.name).set("phone", c.phone)
                    .set("customer_type", c.type).set("site_code", c.site.code())
                    .set("membership", c.membership).set("member_since", c.memberSince)
                    .set("referrer_id", c.referrerId));
        }
    }

    static void items(MasterData master, SourceOutput out) {
        for (var i : master.items()) {
            out.emit(out.newRow().set("item_code", i.item.code()).set("item_name", i.item.name())
                    .set("item_name_en", Catalog.ENGLISH_NAMES.get(i.item.code()))
                    .set("category", i.category).set("unit", i.item.unit()).set("unit_cost", i.unitCost)
                    .set("is_perishable", i.item.perishable()));
        }
    }
}
