package io.opsdw.generator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reference data taken from DOMAIN.md (sections 0, 4.1, 6, 7): the sites and projects named in the seeds,
 * each business line's departments and posts, service items, water-bar / sample-room / studio items,
 * studio packages and shooting locations. Codes are stable so that months line up.
 */
final class Catalog {

    private Catalog() {
    }

    enum Line {
        STUDIO("studio", "YL"), SALES_CENTRE("sales_centre", "SL"), PROPERTY("property", "WY");

        final String code;
        /** Department-code prefix (pinyin initials of 影楼 / 售楼 / 物业). */
        final String deptPrefix;

        Line(String code, String deptPrefix) {
            this.code = code;
            this.deptPrefix = deptPrefix;
        }
    }

    record Site(String code, String name, Line line, String city, String company, double traffic) {
    }

    /** {@code weight}: relative share of complaints against the department. */
    record Dept(Line line, String code, String name, String parent, double complaintWeight, List<String> posts) {
    }

    record ServiceItem(Line line, String name, String deptName) {
    }

    record Item(String code, String name, String category, String unit, BigDecimal unitCost, boolean perishable,
                List<String> locations, double issuesPerVisit) {
    }

    record StudioPackage(String name, int price) {
    }

    static final List<Site> SITES = List.of(
            new Site("ST01", "星光婚纱摄影旗舰店", Line.STUDIO, "长沙", "星光影楼有限公司", 1.0),
            new Site("ST02", "星光婚纱摄影河西店", Line.STUDIO, "长沙", "星光影楼有限公司", 0.7),
            new Site("SC01", "盛世中央公馆售楼处", Line.SALES_CENTRE, "长沙", "盛世物业", 1.2),
            new Site("SC02", "奥林匹克花园营销中心", Line.SALES_CENTRE, "长沙", "盛世物业", 1.0),
            new Site("SC03", "大都会销售中心", Line.SALES_CENTRE, "长沙", "盛世物业", 0.8),
            new Site("PM01", "长房时代城物业服务中心", Line.PROPERTY, "长沙", "长房物业服务有限公司", 1.0),
            new Site("PM02", "天明物业大厦管理处", Line.PROPERTY, "长沙", "天明物业", 0.6));

    static final List<Dept> DEPARTMENTS = List.of(
            new Dept(Line.STUDIO, "YL00", "店长室", null, 0, List.of("经理")),
            new Dept(Line.STUDIO, "YL01", "化妆部", "YL00", 20, List.of("化妆师", "化妆助理")),
            new Dept(Line.STUDIO, "YL02", "摄影部", "YL00", 32, List.of("摄影师", "摄影助理")),
            new Dept(Line.STUDIO, "YL03", "数码部", "YL00", 26, List.of("修图师", "美工")),
            new Dept(Line.STUDIO, "YL04", "门市部", "YL00", 14, List.of("客户经理", "门市")),
            new Dept(Line.STUDIO, "YL05", "客服部", "YL00", 8, List.of("客服主管", "客服专员", "服务专员")),
            new Dept(Line.SALES_CENTRE, "SL00", "案场管理部", null, 0, List.of("案场经理", "驻场主管")),
            new Dept(Line.SALES_CENTRE, "SL01", "销售部", "SL00", 30, List.of("置业顾问", "销售内勤")),
            new Dept(Line.SALES_CENTRE, "SL02", "客户服务部", "SL00", 28,
                    List.of("客户服务主任", "客服领班", "水吧客服专员", "样板间客服专员", "礼宾客服专员", "客服前台")),
            new Dept(Line.SALES_CENTRE, "SL03", "安防部", "SL00", 16, List.of("安防部班长", "安防员", "车场操作岗")),
            new Dept(Line.SALES_CENTRE, "SL04", "工程部", "SL00", 14, List.of("工程主管", "维修工")),
            new Dept(Line.SALES_CENTRE, "SL05", "保洁部", "SL00", 12, List.of("保洁员")),
            new Dept(Line.PROPERTY, "WY00", "管理处", null, 0, List.of("管理处经理", "项目经理")),
            new Dept(Line.PROPERTY, "WY01", "工程部", "WY00", 40, List.of("工程主管", "维修工")),
            new Dept(Line.PROPERTY, "WY02", "安防部", "WY00", 20, List.of("安防部班长", "安防员")),
            new Dept(Line.PROPERTY, "WY03", "环境管理部", "WY00", 18, List.of("环境主管", "保洁员")),
            new Dept(Line.PROPERTY, "WY04", "客服部", "WY00", 16,
                    List.of("客服主管", "前台接待员", "大厅接待员", "信息管理员", "区域管理员")),
            new Dept(Line.PROPERTY, "WY05", "财务部", "WY00", 6, List.of("收费员", "会计")));

    static final List<ServiceItem> SERVICE_ITEMS = List.of(
            new ServiceItem(Line.STUDIO, "化妆", "化妆部"),
            new ServiceItem(Line.STUDIO, "礼服挑选", "门市部"),
            new ServiceItem(Line.STUDIO, "拍摄", "摄影部"),
            new ServiceItem(Line.STUDIO, "外景拍摄", "摄影部"),
            new ServiceItem(Line.STUDIO, "修图", "数码部"),
            new ServiceItem(Line.STUDIO, "选片", "数码部"),
            new ServiceItem(Line.STUDIO, "取件", "门市部"),
            new ServiceItem(Line.STUDIO, "门市接待", "门市部"),
            new ServiceItem(Line.SALES_CENTRE, "水吧", "客户服务部"),
            new ServiceItem(Line.SALES_CENTRE, "样板间讲解", "客户服务部"),
            new ServiceItem(Line.SALES_CENTRE, "置业咨询", "销售部"),
            new ServiceItem(Line.SALES_CENTRE, "会务接待", "客户服务部"),
            new ServiceItem(Line.SALES_CENTRE, "停车引导", "安防部"),
            new ServiceItem(Line.SALES_CENTRE, "环境卫生", "保洁部"),
            new ServiceItem(Line.PROPERTY, "报修", "工程部"),
            new ServiceItem(Line.PROPERTY, "保洁", "环境管理部"),
            new ServiceItem(Line.PROPERTY, "安防巡逻", "安防部"),
            new ServiceItem(Line.PROPERTY, "管理费缴纳", "财务部"),
            new ServiceItem(Line.PROPERTY, "装修审批", "客服部"),
            new ServiceItem(Line.PROPERTY, "前台接待", "客服部"));

    private static final List<String> BAR = List.of("water_bar");
    private static final List<String> BARS = List.of("water_bar", "vip_bar", "meeting_room");
    private static final List<String> RACK = List.of("studio_rack");

    /** Items of DOMAIN 4.1; issuesPerVisit drives daily consumption lines. */
    static final List<Item> ITEMS = List.of(
            item("IT001", "茶叶", "drink", "包", "12.00", false, BARS, 0.30),
            item("IT002", "红茶", "drink", "包", "8.50", false, BARS, 0.10),
            item("IT003", "速溶咖啡", "drink", "包", "3.20", false, BARS, 0.25),
            item("IT004", "果汁饮料", "drink", "瓶", "4.50", true, BARS, 0.20),
            item("IT005", "矿泉水", "drink", "瓶", "1.80", false, List.of("water_bar", "vip_bar", "meeting_room", "sample_room"), 0.60),
            item("IT006", "奶精", "consumable", "包", "0.60", false, BAR, 0.08),
            item("IT007", "糖包", "consumable", "包", "0.20", false, BAR, 0.10),
            item("IT008", "果盘", "food", "份", "25.00", true, List.of("water_bar", "vip_bar", "meeting_room"), 0.06),
            item("IT009", "糖果", "food", "袋", "15.00", false, BARS, 0.05),
            item("IT010", "糕点", "food", "份", "18.00", true, List.of("vip_bar", "water_bar"), 0.05),
            item("IT011", "一次性纸杯", "consumable", "个", "0.15", false, BAR, 0.80),
            item("IT012", "毛巾", "consumable", "条", "6.00", false, BARS, 0.05),
            item("IT013", "香巾", "consumable", "条", "1.20", false, List.of("meeting_room", "vip_bar"), 0.10),
            item("IT014", "纸巾", "consumable", "包", "2.50", false, BARS, 0.15),
            item("IT015", "鞋套", "consumable", "双", "0.30", false, List.of("sample_room"), 0.90),
            item("IT016", "烟灰缸", "asset", "个", "15.00", false, List.of("meeting_room"), 0.0),
            item("IT017", "雨伞", "asset", "把", "35.00", false, List.of("store_room"), 0.01),
            item("IT101", "头饰", "accessory", "件", "45.00", false, RACK, 0.15),
            item("IT102", "首饰", "accessory", "套", "80.00", false, RACK, 0.12),
            item("IT103", "假发", "accessory", "顶", "120.00", false, RACK, 0.05),
            item("IT104", "头纱", "accessory", "条", "60.00", false, RACK, 0.10),
            item("IT105", "手套", "accessory", "双", "25.00", false, RACK, 0.10),
            item("IT106", "口红", "makeup", "支", "68.00", false, RACK, 0.04),
            item("IT107", "睫毛胶水", "makeup", "瓶", "22.00", false, RACK, 0.05));

    static final List<StudioPackage> PACKAGES = List.of(
            new StudioPackage("经典婚纱套系", 2999),
            new StudioPackage("韩式唯美套系", 3999),
            new StudioPackage("欧式宫廷套系", 5999),
            new StudioPackage("海景旅拍套系", 8999),
            new StudioPackage("古装写真套系", 1999),
            new StudioPackage("儿童成长套系", 1299),
            new StudioPackage("全家福套系", 1599),
            new StudioPackage("至尊VIP套系", 12999));

    /**
     * English names of the sites, departments and items above, by code (the master exports' optional
     * {@code *_name_en} columns, so English reports print English). One item has none, as a customer's export
     * may: English reports print its Chinese name.
     */
    static final Map<String, String> ENGLISH_NAMES = Map.ofEntries(
            Map.entry("ST01", "Starlight Bridal Photo, flagship"), Map.entry("ST02", "Starlight Bridal Photo, Hexi"),
            Map.entry("SC01", "Shengshi Central Mansion sales centre"), Map.entry("SC02", "Olympic Garden sales centre"),
            Map.entry("SC03", "Metropolis sales centre"), Map.entry("PM01", "Changfang Times City property office"),
            Map.entry("PM02", "Tianming Tower management office"),
            Map.entry("YL00", "Store manager"), Map.entry("YL01", "Makeup"), Map.entry("YL02", "Photography"),
            Map.entry("YL03", "Digital retouching"), Map.entry("YL04", "Front shop"), Map.entry("YL05", "Customer service"),
            Map.entry("SL00", "Sales-site management"), Map.entry("SL01", "Sales"), Map.entry("SL02", "Customer service"),
            Map.entry("SL03", "Security"), Map.entry("SL04", "Engineering"), Map.entry("SL05", "Cleaning"),
            Map.entry("WY00", "Management office"), Map.entry("WY01", "Engineering"), Map.entry("WY02", "Security"),
            Map.entry("WY03", "Environment"), Map.entry("WY04", "Customer service"), Map.entry("WY05", "Finance"),
            Map.entry("IT001", "Tea leaves"), Map.entry("IT002", "Black tea"), Map.entry("IT003", "Instant coffee"),
            Map.entry("IT004", "Fruit juice"), Map.entry("IT005", "Mineral water"), Map.entry("IT006", "Creamer"),
            Map.entry("IT007", "Sugar sachets"), Map.entry("IT008", "Fruit plate"), Map.entry("IT009", "Sweets"),
            Map.entry("IT010", "Pastries"), Map.entry("IT011", "Paper cups"), Map.entry("IT012", "Towels"),
            Map.entry("IT013", "Hot towels"), Map.entry("IT014", "Tissues"), Map.entry("IT015", "Shoe covers"),
            Map.entry("IT016", "Ashtray"), Map.entry("IT017", "Umbrella"), Map.entry("IT101", "Headwear"),
            Map.entry("IT102", "Jewellery"), Map.entry("IT103", "Wig"), Map.entry("IT104", "Veil"),
            Map.entry("IT105", "Gloves"), Map.entry("IT106", "Lipstick"));

    static final List<String> SHOOT_LOCATIONS = List.of(
            "影棚内景", "橘子洲头", "岳麓山", "湘江风光带", "梅溪湖公园", "三亚海景", "凤凰古城", "教堂外景");

    private static Item item(String code, String name, String category, String unit, String cost, boolean perishable,
                             List<String> locations, double issuesPerVisit) {
        return new Item(code, name, category, unit, new BigDecimal(cost), perishable, locations, issuesPerVisit);
    }

    static List<Dept> departments(Line line) {
        return DEPARTMENTS.stream().filter(d -> d.line() == line).toList();
    }

    static Dept department(Line line, String name) {
        return DEPARTMENTS.stream().filter(d -> d.line() == line && d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(line + " has no department " + name));
    }

    static List<ServiceItem> serviceItems(Line line) {
        return SERVICE_ITEMS.stream().filter(s -> s.line() == line).toList();
    }

    /** Where a site holds stock: studios have a rack and a small bar, sales centres the full set. */
    static List<String> locations(Line line) {
        return switch (line) {
            case STUDIO -> List.of("water_bar", "studio_rack");
            case SALES_CENTRE -> List.of("water_bar", "vip_bar", "meeting_room", "sample_room", "store_room");
            case PROPERTY -> List.of("water_bar", "meeting_room", "store_room");
        };
    }
}
