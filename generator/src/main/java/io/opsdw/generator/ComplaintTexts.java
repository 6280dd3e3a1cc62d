package io.opsdw.generator;

import java.util.List;
import java.util.Map;

/**
 * What complainants say, per responsible department. Some texts carry ASCII commas, double quotes and
 * line breaks, as typed into the register: they are legitimate and must survive the CSV round trip.
 */
final class ComplaintTexts {

    private static final Map<String, List<String>> BY_DEPT = Map.ofEntries(
            Map.entry("化妆部", List.of(
                    "化妆师迟到二十分钟，妆面不服帖，拍到一半就脱妆。",
                    "新娘妆太浓, 和沟通表上说的\"自然清透\"不一样，要求重新化妆。",
                    "化妆助理态度冷淡，假睫毛胶水弄到眼睛里，很不舒服。")),
            Map.entry("摄影部", List.of(
                    "摄影师拍摄时不耐烦，外景只拍了两个点，和套系约定不符。",
                    "客户反映样片颜色偏暗, 人物脸部失焦，要求补拍。",
                    "外景拍摄时间被临时改动，客户请假白跑一趟。\n要求给个说法。",
                    "拍摄服装只换了三套，套系写的是\"五套服装\"。")),
            Map.entry("数码部", List.of(
                    "修图过度，脸都变形了，客户说\"不像本人\"。",
                    "选片时发现少了二十张底片, 怀疑数码部弄丢了。",
                    "相册尺寸做错, 小样上确认的是12寸，成品是10寸。\n客户要求照价赔偿。",
                    "精修片延期一周还没上传，客户多次来电催促。")),
            Map.entry("门市部", List.of(
                    "门市承诺的赠送相框没有兑现，找不到经手人。",
                    "礼服挑选时工作人员推销加选，客户觉得被强迫消费。",
                    "取件时发现相册有划痕, 门市说\"出厂就这样\"。")),
            Map.entry("客服部", List.of(
                    "回访电话打在客户午休时间，客户很反感。",
                    "前台接待不及时，排队等了半小时没人理。",
                    "报修后三天没人上门，打电话客服只说\"已登记\"。",
                    "管理处电话无人接听，信息传递单一直没有关闭。")),
            Map.entry("客户服务部", List.of(
                    "水吧饮品是凉的，果盘不新鲜，客户当场不满。",
                    "样板间没有鞋套，工作人员让客户直接进。",
                    "VIP室预约被占用, 客户等了四十分钟。",
                    "会务接待茶水上得太慢，香巾不够。")),
            Map.entry("销售部", List.of(
                    "置业顾问承诺的优惠签约时不认，客户要求\"按当时说的办\"。",
                    "销售人员介绍户型面积与合同不一致。",
                    "签约资料准备不全，客户跑了三趟。\n客户要求当天给出解决时间。")),
            Map.entry("安防部", List.of(
                    "保安不让业主车辆进入，态度粗暴。",
                    "夜间巡逻不到位，单元门禁损坏无人处理。",
                    "停车场引导混乱, 客户车辆被刮。")),
            Map.entry("工程部", List.of(
                    "卫生间漏水，报修两次仍未修好。",
                    "电梯经常停运, 业主被困十分钟。\n要求物业给出整改方案。",
                    "样板间空调不制冷，客户参观时很热。",
                    "楼道灯坏了一周没人修，老人晚上摔倒。")),
            Map.entry("保洁部", List.of(
                    "洽谈区桌面有水渍，烟灰缸没清理。",
                    "卫生间异味大，保洁不及时。")),
            Map.entry("环境管理部", List.of(
                    "垃圾清运不及时，小区门口有异味。",
                    "绿化带修剪噪音太大, 周末早上七点就开始。",
                    "楼道保洁敷衍，地面有积水。")),
            Map.entry("财务部", List.of(
                    "管理费收据金额与缴费通知不一致。",
                    "多收了两个月的停车费, 要求退还。")));

    private static final Map<String, List<String>> RESOLUTIONS = Map.of(
            "quality", List.of("免费重拍/重做", "照价赔偿并致歉", "更换成品，加急处理", "安排工程人员当日维修"),
            "service", List.of("当面致歉，对责任人进行处罚", "赠送精修照片并致歉", "调整排班，加强培训", "电话致歉并说明原因"),
            "other", List.of("向客户解释说明", "记录建议，转相关部门"));

    private ComplaintTexts() {
    }

    static String content(Rng rng, String deptName, String recordType) {
        if (recordType.equals("suggestion")) {
            return rng.pick("建议周末增加前台人手。", "建议水吧增加无糖饮品。", "建议选片室增加座位, 等候时间太长。",
                    "建议电话回访避开午休时间。");
        }
        if (recordType.equals("opinion")) {
            return rng.pick("对停车收费标准有意见。", "认为套系价格偏高。", "对样板间开放时间有意见。");
        }
        return rng.pick(BY_DEPT.getOrDefault(deptName, List.of("服务不到位，客户不满意。")));
    }

    static String resolution(Rng rng, String causeType) {
        return rng.pick(RESOLUTIONS.getOrDefault(causeType, RESOLUTIONS.get("other")));
    }
}
