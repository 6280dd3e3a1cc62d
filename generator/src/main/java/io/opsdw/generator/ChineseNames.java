package io.opsdw.generator;

/** Plausible Chinese personal names and mainland mobile numbers. Characters are all GBK-encodable. */
final class ChineseNames {

    // Common surnames, roughly by frequency (the first ones repeat so they come up more often).
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周王李张刘陈徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万覃武钱戴严莫孔向汤";
    private static final String GIVEN =
            "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝丽阳妮宝贝初程梵罡恒鸿桦骅剑娇纪宽苛灵玛媚琪晴容睿烁堂唯威韦雯苇萱阅彦宇雨洋忠宗曼紫逸贤蝶菡绿蓝儿翠烟";

    private ChineseNames() {
    }

    static String person(Rng rng) {
        StringBuilder name = new StringBuilder(3);
        name.append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
        name.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        if (rng.chance(0.7)) {
            name.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** 11 digits, 1[3-9]x xxxx xxxx. */
    static String mobile(Rng rng) {
        StringBuilder phone = new StringBuilder(11).append('1').append((char) ('3' + rng.nextInt(7)));
        for (int i = 0; i < 9; i++) {
            phone.append((char) ('0' + rng.nextInt(10)));
        }
        return phone.toString();
    }
}
