// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoNames.h"

namespace qundesk::demo::names {

namespace {
// Splits a space-separated pool (written compactly below) once.
QStringList split(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
QStringList lines(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

const QStringList& chineseSurnames() {
    static const QStringList pool =
        split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 韩 冯 "
              "邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 "
              "陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 "
              "贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 上官 司马");
    return pool;
}

const QStringList& chineseGivenNames() {
    static const QStringList pool =
        split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 婷 雪 佳 "
              "欣怡 梓涵 子轩 浩然 雨桐 思琪 一诺 紫萱 嘉怡 俊杰 晓燕 丽娟 海燕 建华 志强 国庆 "
              "文静 雅琪 诗涵 梦瑶 晨曦 若曦 佳琪 婉婷 晓东 宇航 子墨 天佑 梓萱 可馨 雨涵 欣妍 "
              "慧敏 春梅 秋菊 玉兰 美玲 凤英 红梅 小红 小芳 丹丹 莉莉 倩倩 晶晶 璐 琳 颖 萍 "
              "鹏 斌 辉 健 峰 宁 凯 晨 阳 蕾 悦 瑶 璇 菲 岚 薇 昊 睿 哲 博文 思远 一鸣 嘉豪");
    return pool;
}

const QStringList& wechatNicknames() {
    static const QStringList pool =
        split("小太阳 阳光明媚 快乐每一天 岁月静好 花开半夏 追梦人 淡然 简单生活 向日葵 "
              "安然若素 静待花开 听风 微笑向暖 一路向北 糖果妈妈 豆豆妈 朵朵妈咪 乐乐宝贝 "
              "小确幸 清风徐来 知足常乐 平安是福 心若向阳 海阔天空 蓝色天空 木子 Amy Coco "
              "Lily Candy Sunny 兔子不吃草 喵小姐 奶茶控 吃货一枚 减肥中 早睡早起 咸鱼翻身 "
              "北方的狼 江南烟雨 桃花朵朵 山水之间 一叶知秋 慢时光 樱桃小丸子 柠檬不萌 "
              "橙子 芒果布丁 云朵 星星点灯 月亮船 晴天 Grace 小鹿乱撞 鱼儿 大白 二宝妈 "
              "三月 暖暖 甜甜圈 幸运草 四叶草 美美哒 宝妈小王 茶小二");
    return pool;
}

const QStringList& englishFirstNames() {
    static const QStringList pool =
        split("Emma Olivia Ava Sophia Isabella Mia Charlotte Amelia Harper Evelyn Abigail Emily "
              "Ella Chloe Grace Lily Hannah Zoe Nora Lucy Sarah Anna Maya Leah Ruby Alice Clara "
              "Liam Noah Oliver Elijah James William Benjamin Lucas Henry Alexander Daniel Michael "
              "Ethan Jacob Logan Jack Samuel David Joseph Owen Ryan Nathan Leo Adam Omar Ali Raj "
              "Priya Wei Ming Mei Jun Hiroshi Yuki Carlos Sofia Diego Lucia Marco Giulia Ahmed "
              "Fatima Ivan Olga Tom Kate Ben Sam Max Nina");
    return pool;
}

const QStringList& englishLastNames() {
    static const QStringList pool =
        split("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Lee "
              "Wilson Anderson Taylor Thomas Moore Jackson Martin White Harris Clark Lewis Walker "
              "Hall Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Chen "
              "Wong Tan Lim Ng Kumar Singh Patel Khan Nguyen Tanaka Sato Rossi Silva Santos Costa "
              "Müller Schmidt Dubois Novak Ivanova O'Brien Murphy Kelly");
    return pool;
}

const QStringList& chineseCities() {
    static const QStringList pool =
        split("上海 上海 上海 北京 北京 杭州 杭州 广州 深圳 深圳 成都 南京 苏州 武汉 重庆 西安 "
              "长沙 天津 宁波 厦门 青岛 郑州 合肥 福州 昆明 无锡 佛山 东莞 济南 大连 沈阳 "
              "哈尔滨 南昌 贵阳 南宁 温州 绍兴 嘉兴 常州 台州");
    return pool;
}

const QStringList& overseasCities() {
    static const QStringList pool =
        split("Singapore Singapore Kuala_Lumpur Sydney Melbourne Vancouver Toronto London "
              "Los_Angeles San_Francisco New_York Auckland Tokyo Dubai Bangkok Hong_Kong "
              "Jakarta Manila Berlin Paris");
    return pool;
}

const QStringList& chineseMessages() {
    static const QStringList pool = lines(R"(大家早上好！
早安☀️
收到，谢谢群主
好的
哈哈哈哈
👍👍👍
请问这个什么时候发货？
已下单，坐等收货
有没有优惠券呀
这款还有货吗
我家宝宝很喜欢这个
求链接
群主辛苦了
今天的直播几点开始？
晚上好～
刚收到，包装很好
质量不错，会回购的
物流有点慢
有人用过这个吗？
能便宜点吗
拼单的来
签到
+1
同问
好物分享一下，最近在用这个
谢谢分享，学到了
宝宝最近睡眠不好，大家有什么办法吗
孩子几个月可以吃辅食？
周末有人一起遛娃吗
这个活动怎么参加？
已转发朋友圈
抢到了！开心
没抢到😭
下次什么时候补货
618有什么活动
满减怎么算的
客服在吗
我也想要
好看！
太实用了
已经推荐给闺蜜了
晚安各位
今天天气真好
有没有上海的宝妈
这个价格可以
红包收到，谢谢老板
试用装什么时候寄出？
图片里这款是什么颜色
买了三次了，一直很满意
新人报到，请多关照
欢迎新朋友
大家有什么问题可以直接问我
今晚8点群内抽奖，别错过
链接已发，大家自取
[图片]
[表情]
[语音]
请问会员有什么权益？
积分怎么兑换)");
    return pool;
}

const QStringList& englishMessages() {
    static const QStringList pool = lines(R"(Good morning everyone!
Hi all 👋
Thanks for sharing!
Just ordered, can't wait
Is this still in stock?
Any discount codes this week?
When does shipping to Canada start?
Love this blend 🍵
Anyone tried the oolong yet?
Received my package today, well packed
Great quality, will reorder
How long does delivery take to Sydney?
lol
+1
Same question here
Thanks!
Welcome to the group!
What's the best tea for sleep?
The jasmine one is amazing
Can I pay with PayPal?
Does it ship to the UK?
Got it, thanks
Good night!
Happy Friday everyone
Live session tonight?
What time is the tasting event?
Just shared this with my sister
Price is fair
Is there a bundle deal?
My second order, still happy
Anyone in Singapore here?
Great tips, thank you
[photo]
[sticker]
How do I use the coupon?
Shipping was fast this time
Could you restock the gift box?
Where can I track my order?)");
    return pool;
}

const QStringList& operatorsChinese() {
    static const QStringList pool = split("小林 阿珍 Coco老师 大雄 小美");
    return pool;
}

const std::vector<Product>& chineseProducts() {
    static const std::vector<Product> pool = {
        {QStringLiteral("有机红茶礼盒"), 12800}, {QStringLiteral("儿童益生菌"), 19900},
        {QStringLiteral("洗衣凝珠60颗"), 5990},  {QStringLiteral("婴儿湿巾10包"), 4990},
        {QStringLiteral("蚕丝被"), 59900},       {QStringLiteral("胶原蛋白饮"), 26800},
        {QStringLiteral("坚果大礼包"), 9900},    {QStringLiteral("保温杯"), 8900},
        {QStringLiteral("面膜20片"), 13900},     {QStringLiteral("会员年卡"), 29900},
        {QStringLiteral("宝宝辅食米粉"), 6800},  {QStringLiteral("空气炸锅"), 39900},
    };
    return pool;
}

const std::vector<Product>& englishProducts() {
    static const std::vector<Product> pool = {
        {QStringLiteral("Jasmine Green Tea 100g"), 8800},
        {QStringLiteral("Oolong Gift Box"), 25800},
        {QStringLiteral("Pu-erh Cake 357g"), 36800},
        {QStringLiteral("Tea Tasting Set"), 15800},
        {QStringLiteral("Travel Tea Tumbler"), 12800},
        {QStringLiteral("Silk Scarf"), 45800},
    };
    return pool;
}

} // namespace qundesk::demo::names
