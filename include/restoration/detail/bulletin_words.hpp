// detail/bulletin_words.hpp: the words Chinese and English bulletins print beside a figure, as
// tables: what they claim (多, 超过, 近, 约, 以上), that a figure is said of each of a list (均),
// which way a change goes (提高, 下降) and what it is against (比21日, 同比), and tenths (九成);
// and the spaces that may stand between words and figures.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <restoration/qualifier.hpp>

namespace restoration::detail {

// What stands between the ends of a range: of dates ("3月1日-27日") and, directly after a figure
// and before digits, of figures ("3-5成", "5%-10%", "80%～90%", "5至10家"), which then states
// neither end as a figure.
inline constexpr std::array<std::string_view, 9> range_marks = {
    "-", "\uff0d" /* － */, "\u2014" /* — */, "\u2013" /* – */, "~", "\uff5e" /* ～ */,
    "\u301c" /* 〜 */, "\u81f3" /* 至 */, "\u5230" /* 到 */};
// The enumeration comma between two numbers of which the second alone has a scale word: "3、4成",
// "5、6万人", "五、六万人" are ranges of that scale (30% to 40%, 50,000 to 60,000), as "三四成" is;
// the first is no bare 3 or 5.
inline constexpr std::string_view enumeration_comma = "\u3001";  // 、
// The range marks that are words, which alone go from one stated figure to another ("从65%到78%",
// "增加431家至9909家"); a dash between two figures stays a range.
inline constexpr std::array<std::string_view, 2> range_words = {"\u5230" /* 到 */,
                                                                "\u81f3" /* 至 */};

struct qualifier_word {
    std::string_view word;
    qualifier claim;
    // A level passed or stood beside ("dropped below 50 percent"): the verb before it states
    // no change of the figure, as it does before "more than" ("rose more than 5 percent").
    bool of_a_level = false;
};

// Directly before the figure ("超过95%", "近九成", "约2000辆"). Not 余 ("其余5家": the other 5).
// Longest first, both ways: read forward, 超过 is taken whole rather than 超; looked for backward from the digits, 已超过 and 接近
// are taken whole rather than 超过 and 近. 高于 and 低于 directly before a figure compare it with
// nothing named, so they claim of it ("复工率低于50%": less than 50%); with what they compare
// against between them and the figure ("高于前三季度0.4个百分点") they state a change (see
// direction_words). 不低于 and 不高于 come before them, or "不低于50%" would be less than 50%.
inline constexpr std::array<qualifier_word, 59> qualifiers_before = {{
    {"\u5dee\u4e0d\u591a\u4e8e", qualifier::about},  // 差不多于: about, before 不多于
    // "达到或超过90%", "等于或低于": reached or passed, before 超过 and 低于.
    {"\u8fbe\u5230\u6216\u8d85\u8fc7", qualifier::at_least},  // 达到或超过
    {"\u6216\u8d85\u8fc7", qualifier::at_least},  // 或超过
    {"\u6216\u9ad8\u4e8e", qualifier::at_least},  // 或高于
    {"\u6216\u4f4e\u4e8e", qualifier::at_most},   // 或低于
    {"\u8d77\u7801", qualifier::at_least},  // 起码: at the least
    {"\u5c11\u8bf4", qualifier::at_least},  // 少说: "少说3000家", no fewer than
    {"\u5927\u81f4", qualifier::about},     // 大致
    {"\u4e0d\u8d85\u8fc7", qualifier::at_most},    // 不超过: not more than, before 超过
    {"\u4e0d\u5c11\u4e8e", qualifier::at_least},   // 不少于: not fewer than
    {"\u4e0d\u591a\u4e8e", qualifier::at_most},    // 不多于: not more than
    {"\u672a\u8fbe\u5230", qualifier::less_than},  // 未达到: not reaching
    {"\u672a\u8fbe", qualifier::less_than},        // 未达
    {"\u81f3\u5c11", qualifier::at_least},         // 至少: at least
    {"\u6700\u591a", qualifier::at_most},          // 最多: at most
    {"\u81f3\u591a", qualifier::at_most},          // 至多: at most
    {"\u6700\u5c11", qualifier::at_least},         // 最少: at least
    {"\u4e0d\u4e0b", qualifier::at_least},         // 不下: "不下3000家", no fewer than
    {"\u5c11\u4e8e", qualifier::less_than},        // 少于: fewer than
    {"\u591a\u4e8e", qualifier::more_than},        // 多于: more than
    {"\u4e0d\u4f4e\u4e8e", qualifier::at_least},   // 不低于: not less than, before 低于
    {"\u4e0d\u9ad8\u4e8e", qualifier::at_most},    // 不高于: not more than, before 高于
    {"\u9ad8\u4e8e", qualifier::more_than},        // 高于
    {"\u4f4e\u4e8e", qualifier::less_than},        // 低于
    {"\u672a\u6ee1", qualifier::less_than},        // 未满: not yet reaching
    {"\u5df2\u8d85\u8fc7", qualifier::more_than},  // 已超过
    {"\u8d85\u8fc7", qualifier::more_than},        // 超过
    {"\u7a81\u7834", qualifier::more_than},        // 突破: "突破1万家", past 10,000
    {"\u63a5\u8fd1", qualifier::nearly},           // 接近
    {"\u5c06\u8fd1", qualifier::nearly},           // 将近
    {"\u4e0d\u5230", qualifier::less_than},        // 不到
    {"\u4e0d\u8db3", qualifier::less_than},        // 不足
    {"\u5927\u7ea6", qualifier::about},            // 大约
    {"\u5927\u6982", qualifier::about},            // 大概
    {"\u5927\u4e8e\u7b49\u4e8e", qualifier::at_least},  // 大于等于: ≥ in words
    {"\u5c0f\u4e8e\u7b49\u4e8e", qualifier::at_most},   // 小于等于
    {"\u5927\u4e8e", qualifier::more_than},        // 大于
    {"\u5c0f\u4e8e", qualifier::less_than},        // 小于
    {"\u51e0\u4e4e", qualifier::nearly},           // 几乎
    {"\u7ea6\u5408", qualifier::about},            // 约合: "约合1.2亿美元"
    {"\u7ea6\u83ab", qualifier::about},            // 约莫
    {"\u5dee\u4e0d\u591a", qualifier::about},      // 差不多
    {"\u8fd1\u4e4e", qualifier::nearly},           // 近乎, before 近
    {"\u8d85\u51fa", qualifier::more_than},        // 超出, before 超
    {"\u903e", qualifier::more_than},              // 逾
    {"\u8d85", qualifier::more_than},              // 超
    {"\u8fd1", qualifier::nearly},                 // 近
    {"\u7ea6", qualifier::about},                  // 约
    // Signs of comparison, as tables and notes print them: "复工率≥95%", ">90%", "≈3000家".
    {">=", qualifier::at_least},
    {"<=", qualifier::at_most},
    {"\u2265", qualifier::at_least},   // ≥
    {"\u2267", qualifier::at_least},   // ≧
    {"\u2264", qualifier::at_most},    // ≤
    {"\u2266", qualifier::at_most},    // ≦
    {"\uff1e", qualifier::more_than},  // ＞
    {"\uff1c", qualifier::less_than},  // ＜
    {">", qualifier::more_than},
    {"<", qualifier::less_than},
    {"\u2248", qualifier::about},      // ≈
}};

// Words between a qualifier and the figure that say nothing more of it: "约为60%", "约占60%",
// "接近于50%", "超过了95%". The qualifier is kept across one of them (and spaces), never dropped.
inline constexpr std::array<std::string_view, 9> qualifier_fillers = {
    "\u5360\u6bd4\u4e3a" /* 占比为: 约占比为35% */, "\u5360\u6bd4" /* 占比, before 为 and 占 */,
    "\u4e3a" /* 为 */, "\u5360" /* 占 */, "\u4e8e" /* 于 */, "\u4e86" /* 了 */,
    "\u5728" /* 在 */, "\u8fbe" /* 达: 约达60% */, "\u6709" /* 有: 约有3000家 */};

// Words that end in a qualifier's character but claim nothing of the figure after them:
// "最近3天" (in the last 3 days), "签约5个项目" (signed 5 projects), an arrow's >.
inline constexpr std::array<std::string_view, 27> not_qualifiers_before = {
    "\u6700\u8fd1" /* 最近 */, "\u9644\u8fd1" /* 附近 */, "\u8282\u7ea6" /* 节约 */,
    "\u7b7e\u7ea6" /* 签约 */, "\u9884\u7ea6" /* 预约 */, "\u5408\u7ea6" /* 合约 */,
    "\u5c65\u7ea6" /* 履约 */, "\u5236\u7ea6" /* 制约 */, "\u8d76\u8d85" /* 赶超 */,
    "\u90bb\u8fd1" /* 邻近 */, "\u8fdd\u7ea6" /* 违约 */, "\u89e3\u7ea6" /* 解约 */,
    "\u5951\u7ea6" /* 契约 */, "\u9080\u7ea6" /* 邀约 */, "\u7279\u7ea6" /* 特约 */,
    "\u96c6\u7ea6" /* 集约 */, "\u76f8\u7ea6" /* 相约 */, "\u5c31\u8fd1" /* 就近 */,
    "\u9760\u8fd1" /* 靠近 */, "\u4e34\u8fd1" /* 临近 */, "\u8d34\u8fd1" /* 贴近 */,
    "\u65b0\u8fd1" /* 新近 */, "\u53cd\u8d85" /* 反超 */, "\u9ad8\u8d85" /* 高超 */,
    "\u5546\u8d85" /* 商超: shops and supermarkets, "大型商超120家" (not 电商超: see below) */,
    "->" /* an arrow: "65%->84%" */, "=>"};

// English words before a figure, then a space ("more than 95%"), matched in any case.
inline constexpr std::array<qualifier_word, 48> english_qualifiers_before = {{
    // Negated first, longest first: "no less than 90%" is at least 90%, never "less than".
    {"never exceeded", qualifier::at_most, true},
    {"did not exceed", qualifier::at_most, true},
    {"does not exceed", qualifier::at_most, true},
    {"more or less", qualifier::about},
    {"not exceeding", qualifier::at_most, true},
    {"not above", qualifier::at_most, true},
    {"not below", qualifier::at_least, true},
    {"no less than", qualifier::at_least},
    {"not less than", qualifier::at_least},
    {"no fewer than", qualifier::at_least},
    {"not fewer than", qualifier::at_least},
    {"not under", qualifier::at_least},
    {"no more than", qualifier::at_most},
    {"not more than", qualifier::at_most},
    {"not over", qualifier::at_most},
    {"not quite", qualifier::nearly},
    {"upwards of", qualifier::more_than},
    {"upward of", qualifier::more_than},
    {"in excess of", qualifier::more_than},
    {"in the region of", qualifier::about},
    {"an estimated", qualifier::about},
    {"approx.", qualifier::about},
    {"approx", qualifier::about},
    {"up to", qualifier::at_most},
    {"as much as", qualifier::at_most},  // "rose as much as 30%": up to
    {"as many as", qualifier::at_most},
    {"close to", qualifier::nearly},
    {"roughly", qualifier::about},
    {"some", qualifier::about},
    {"more than", qualifier::more_than},
    {"over", qualifier::more_than},
    {"nearly", qualifier::nearly},
    {"almost", qualifier::nearly},
    {"about", qualifier::about},
    {"around", qualifier::about},
    {"approximately", qualifier::about},
    {"at least", qualifier::at_least},
    {"at most", qualifier::at_most},
    {"less than", qualifier::less_than},
    {"fewer than", qualifier::less_than},
    {"under", qualifier::less_than},
    // A level passed, or one stood above or below: "exceeded 3.2 million", "topped 99 percent",
    // "remained above 50 percent".
    {"exceeded", qualifier::more_than, true},
    {"exceeding", qualifier::more_than, true},
    {"exceeds", qualifier::more_than, true},
    {"surpassed", qualifier::more_than, true},
    {"topped", qualifier::more_than, true},
    {"above", qualifier::more_than, true},
    {"below", qualifier::less_than, true},
}};

// Directly after the digits or the scale word, before the unit: "9000多家", "20余万人".
inline constexpr std::array<qualifier_word, 2> qualifiers_inside = {{
    {"\u591a", qualifier::odd},  // 多
    {"\u4f59", qualifier::odd},  // 余
}};

// Directly after the whole figure, or after spaces: "90%以上", "80%左右", "10亿元以上", "95% 以上",
// "90%及以上", "95%（含）以上" (含: 95% itself included), "95%上下", "10万有余", and after a
// percent or tenths "九成多". 多 after a unit is not taken ("5家多元化企业"), nor 上下 that
// begins 上下游 or 上下班 (see not_qualifiers_after). In English, "12,000-odd enterprises" (the
// digits lead, as 多's do) and "20,000-plus workers". Longest first.
inline constexpr std::array<qualifier_word, 30> qualifiers_after = {{
    {"-odd", qualifier::odd},
    {"or so", qualifier::about},
    {"or more", qualifier::at_least},
    {"or above", qualifier::at_least},
    {"or higher", qualifier::at_least},
    {"or over", qualifier::at_least},
    {"and above", qualifier::at_least},
    {"and over", qualifier::at_least},
    {"or less", qualifier::at_most},
    {"or fewer", qualifier::at_most},
    {"or below", qualifier::at_most},
    {"or lower", qualifier::at_most},
    {"and below", qualifier::at_most},
    {"-plus", qualifier::at_least},
    {"plus", qualifier::at_least},
    {"\uff08\u542b\uff09\u4ee5\u4e0a", qualifier::at_least},  // （含）以上
    {"\uff08\u542b\uff09\u4ee5\u4e0b", qualifier::at_most},   // （含）以下
    {"(\u542b)\u4ee5\u4e0a", qualifier::at_least},            // (含)以上
    {"(\u542b)\u4ee5\u4e0b", qualifier::at_most},             // (含)以下
    {"\u53ca\u4ee5\u4e0a", qualifier::at_least},  // 及以上
    {"\u53ca\u4ee5\u4e0b", qualifier::at_most},   // 及以下
    {"\u4e0a\u4e0b", qualifier::about},           // 上下
    {"\u4ee5\u4e0a", qualifier::at_least},  // 以上
    {"\u4ee5\u4e0b", qualifier::at_most},   // 以下
    {"\u4ee5\u5185", qualifier::at_most},   // 以内
    {"\u4e4b\u5185", qualifier::at_most},   // 之内
    {"\u5de6\u53f3", qualifier::about},     // 左右
    {"\u524d\u540e", qualifier::about},     // 前后: "3000家前后"
    {"\u51fa\u5934", qualifier::more_than}, // 出头: "1万出头", a little over 10,000
    {"\u6709\u4f59", qualifier::more_than}, // 有余: "10万有余", "3年有余", more than
}};

// Words that begin with a qualifier after a figure but are no qualifier: 上下游 (up- and
// downstream: "95%上下游企业"), 上下班 (commuting).
inline constexpr std::array<std::string_view, 2> not_qualifiers_after = {
    "\u4e0a\u4e0b\u6e38" /* 上下游 */, "\u4e0a\u4e0b\u73ed" /* 上下班 */};

// Said of each of a list ("衡水、邢台、石家庄复工率均超过80%"), directly before the qualifier or
// the digits, spaces aside. Longest first.
inline constexpr std::array<std::string_view, 10> each_words = {
    "\u5747\u5df2\u8fbe\u5230" /* 均已达到 */, "\u5747\u8fbe\u5230" /* 均达到 */,
    "\u5747\u5df2\u8fbe" /* 均已达 */,        "\u5747\u5728" /* 均在 */,
    "\u5747\u8fbe" /* 均达 */,                 "\u5747\u4e3a" /* 均为 */,
    "\u5747\u5df2" /* 均已 */,                 "\u5168\u90e8" /* 全部 */,
    "\u5747\u662f" /* 均是 */,                 "\u5747" /* 均 */};

// What stands before 均 when it means an average, not "each": 平均 (average), 人均 (per
// person), 日均, 月均, 年均, 户均, 周均 ("高于样本平均1.4个百分点").
inline constexpr std::array<std::string_view, 7> average_before_each = {
    "\u5e73", "\u4eba", "\u65e5", "\u6708", "\u5e74", "\u6237", "\u5468"};

}  // namespace restoration::detail

namespace restoration {

// Which way a printed change goes: "增加431家" is up, "下降3.2%" down. Public, through
// printed.hpp.
enum class direction { none, up, down };

}  // namespace restoration

namespace restoration::detail {

// How a direction word says what the change is against: a comparison (高于, 低于) names it
// after itself ("高于前三季度0.4个百分点"); a daily change (日增) is itself against the day
// before; the others take it from 比, 较, 同比 or 环比 before them.
enum class against_kind { before, after, itself };

struct direction_word {
    std::string_view word;
    direction way;
    against_kind against = against_kind::before;
};

// Words that make the figure after them a change: "比21日增加431家", "高于前三季度0.4个百分点",
// "高出全省平均水平3个百分点", "日增复工企业52家" (a daily increase, said against the day
// before).
inline constexpr std::array<direction_word, 47> direction_words = {{
    {"\u63d0\u9ad8", direction::up},    // 提高
    {"\u589e\u52a0", direction::up},    // 增加
    {"\u4e0a\u5347", direction::up},    // 上升
    {"\u56de\u5347", direction::up},    // 回升
    {"\u589e\u957f", direction::up},    // 增长
    {"\u9ad8\u4e8e", direction::up, against_kind::after},    // 高于
    {"\u9ad8\u51fa", direction::up, against_kind::after},    // 高出
    {"\u65e5\u589e", direction::up, against_kind::itself},    // 日增
    {"\u589e\u5e45", direction::up},    // 增幅
    {"\u63d0\u5347", direction::up},    // 提升
    {"\u4e0a\u6da8", direction::up},    // 上涨
    {"\u4e0b\u8dcc", direction::down},  // 下跌
    {"\u4e0b\u964d", direction::down},  // 下降
    {"\u51cf\u5c11", direction::down},  // 减少
    {"\u589e\u591a", direction::up},    // 增多
    {"\u4e0b\u884c", direction::down},  // 下行
    {"\u7f29\u6c34", direction::down},  // 缩水
    {"\u6536\u7f29", direction::down},  // 收缩
    {"\u4e0b\u63a2", direction::down},  // 下探
    {"\u56de\u843d", direction::down},  // 回落
    {"\u4f4e\u4e8e", direction::down, against_kind::after},  // 低于
    {"\u964d\u4f4e", direction::down},  // 降低
    {"\u4e0b\u6ed1", direction::down},  // 下滑
    {"\u51cf\u5e45", direction::down},  // 减幅
    {"\u964d\u5e45", direction::down},  // 降幅
    {"\u8dcc\u5e45", direction::down},  // 跌幅
    {"\u65e5\u51cf", direction::down, against_kind::itself},  // 日减
    {"\u6500\u5347", direction::up},    // 攀升
    {"\u53cd\u5f39", direction::up},    // 反弹
    {"\u4e0a\u626c", direction::up},    // 上扬
    {"\u62ac\u5347", direction::up},    // 抬升
    {"\u8d85\u51fa", direction::up, against_kind::after},    // 超出, as 高出
    {"\u5feb\u4e8e", direction::up, against_kind::after},    // 快于: "增速快于全国1.2个百分点"
    {"\u6162\u4e8e", direction::down, against_kind::after},  // 慢于
    {"\u4e0b\u632b", direction::down},  // 下挫
    {"\u840e\u7f29", direction::down},  // 萎缩
    {"\u7f29\u51cf", direction::down},  // 缩减
    // Set by a decision or a plan: "下调存款准备金率0.5个百分点", "上浮10%", "增产15%".
    {"\u4e0b\u8c03", direction::down},  // 下调
    {"\u4e0a\u8c03", direction::up},    // 上调
    {"\u8c03\u4f4e", direction::down},  // 调低
    {"\u8c03\u9ad8", direction::up},    // 调高
    {"\u4e0a\u6d6e", direction::up},    // 上浮
    {"\u4e0b\u6d6e", direction::down},  // 下浮
    {"\u589e\u4ea7", direction::up},    // 增产
    {"\u51cf\u4ea7", direction::down},  // 减产
    {"\u589e\u6536", direction::up},    // 增收
    {"\u51cf\u6536", direction::down},  // 减收
}};

// Verbs of one character, a change only joined to the figure (了 between at most): "同比降3.1%",
// "净增120家", "涨了5%". Elsewhere in a clause 增 and 降 begin nouns (增速, 降幅) that state no
// change of their own, and 升 and 减 are parts of other words.
inline constexpr std::array<direction_word, 6> joined_direction_verbs = {{
    {"\u589e", direction::up},    // 增
    {"\u6da8", direction::up},    // 涨
    {"\u5347", direction::up},    // 升
    {"\u964d", direction::down},  // 降
    {"\u8dcc", direction::down},  // 跌
    {"\u51cf", direction::down},  // 减
}};

// Words that end in one of those verbs and state no change: "航班起降1200架次" (take-offs and
// landings), "价格涨跌5%" (moves either way), 升降 (raising and lowering), 增减, 加减, 霜降 (a
// solar term), 空降, 晋升 and 擢升 (promotion).
inline constexpr std::array<std::string_view, 9> not_joined_direction_verbs = {
    "\u8d77\u964d" /* 起降 */, "\u6da8\u8dcc" /* 涨跌 */, "\u5347\u964d" /* 升降 */,
    "\u589e\u51cf" /* 增减 */, "\u52a0\u51cf" /* 加减 */, "\u971c\u964d" /* 霜降 */,
    "\u7a7a\u964d" /* 空降 */, "\u664b\u5347" /* 晋升 */, "\u64e2\u5347" /* 擢升 */};

// English words that state a change when they stand directly before a figure, or before "by"
// and a figure: "rose 5.8 percent", "fell by 120", "was up 0.5 percentage point". Not "rose to
// 75.1 percent" (a level: "to" stands between). Some only before a percent or points: "set up
// 30 factories" is no increase, nor "the growth of 30 firms" one.
struct english_direction_word {
    std::string_view word;  // lower case; matched in any case
    direction way;
    bool of_rates_only = false;
};
inline constexpr std::array<english_direction_word, 75> english_direction_verbs = {{
    {"rose", direction::up},       {"risen", direction::up},      {"rise", direction::up},
    {"rises", direction::up},      {"rising", direction::up},     {"increased", direction::up},
    {"increases", direction::up},  {"grew", direction::up},       {"grown", direction::up},
    {"grows", direction::up},      {"climbed", direction::up},    {"jumped", direction::up},
    {"gained", direction::up},     {"surged", direction::up},     {"soared", direction::up},
    {"rebounded", direction::up},  {"expanded", direction::up, true},
    {"up", direction::up, true},
    {"fell", direction::down},     {"fallen", direction::down},   {"falls", direction::down},
    {"falling", direction::down},  {"dropped", direction::down},  {"drops", direction::down},
    {"declined", direction::down}, {"declines", direction::down}, {"decreased", direction::down},
    {"decreases", direction::down}, {"slid", direction::down},    {"slumped", direction::down},
    {"plunged", direction::down},  {"shrank", direction::down},   {"contracted", direction::down, true},
    {"down", direction::down, true},
    {"plummeted", direction::down}, {"tumbled", direction::down}, {"sank", direction::down},
    {"dipped", direction::down},   {"reduced", direction::down},  {"lowered", direction::down},
    {"eased", direction::down, true},
    {"retreated", direction::down, true}, {"slowed", direction::down, true},
    {"accelerated", direction::up, true}, {"quickened", direction::up, true},
    {"advanced", direction::up, true},  // of rates only: "advanced 14 nm process" rose nothing
    {"rallied", direction::up},    {"slipped", direction::down},
    {"shed", direction::down},     {"lost", direction::down},     {"receded", direction::down},
    {"weakened", direction::down, true},
    // -ing forms only of rates: "declining 5 percent", not "the growing 30 firms".
    {"increasing", direction::up, true},  {"growing", direction::up, true},
    {"climbing", direction::up, true},    {"declining", direction::down, true},
    {"decreasing", direction::down, true}, {"dropping", direction::down, true},
    {"sliding", direction::down, true},
    // Set by a decision, and only of rates: "trimmed 0.25 percentage point", not "raised 5
    // billion yuan". (Not "cut": "a price cut 10 percent below cost" states no change.)
    {"trimmed", direction::down, true},   {"slashed", direction::down, true},
    {"raised", direction::up, true},      {"boosted", direction::up, true},
    {"hiked", direction::up, true},
    // Base forms, after "to" or "will" ("is forecast to drop 1.5 percent"), only of rates:
    // "in fall 2020" states no fall.
    {"grow", direction::up, true},       {"increase", direction::up, true},
    {"climb", direction::up, true},      {"drop", direction::down, true},
    {"decline", direction::down, true},  {"decrease", direction::down, true},
    {"fall", direction::down, true},     {"shrink", direction::down, true},
    {"contract", direction::down, true}, {"slide", direction::down, true},
    {"dip", direction::down, true},
}};
// Verbs of change only before "by": "was cut by 0.5 percentage points" (not "a price cut 10
// percent below cost"), and only of rates.
inline constexpr std::array<english_direction_word, 1> english_verbs_before_by = {{
    {"cut", direction::down, true},
}};
// Objects between such a verb and "by": "reduced rates by 0.25 percentage points".
inline constexpr std::array<std::string_view, 8> english_objects_before_by = {
    "rates", "rate", "prices", "taxes", "fees", "costs", "tariffs", "it"};
// "up" and "down" state a change only at the start of a clause ("94.6%, up 1.6 points", "- Down
// 3.2 percent"), after a form of "be" ("was up 0.5 percentage point") or after a verb of moving
// ("edged down 0.5 percent", "picked up 5 points"): after another verb they are its particle
// ("made up 45 percent", "shut down 30 percent"), no change.
inline constexpr std::array<std::string_view, 31> english_before_up_or_down = {
    "is",     "was",   "are",    "were",  "be",    "been",  "being", "edged", "edges",
    "ticked", "ticks", "inched", "inches", "crept", "creeps", "picked", "picks", "went",
    "goes",   "moved", "moves",  "shot",  "came",  "comes", "slipped",
    // A market's close: "The index closed up 1.5%", "ended down 0.8%" (not "opened up 30
    // percent of its malls").
    "closed", "closes", "ended", "ends", "finished", "finishes"};
// "negative growth of 6.8 percent" is a fall.
inline constexpr std::string_view english_negative = "negative";
// And nouns before "of": "a rise of 3.2 percent", "an increase of 431".
inline constexpr std::array<english_direction_word, 20> english_direction_nouns = {{
    {"rise", direction::up},      {"increase", direction::up},  {"gain", direction::up},
    {"jump", direction::up},      {"growth", direction::up, true},
    {"surge", direction::up},     {"rebound", direction::up, true},
    {"fall", direction::down},    {"drop", direction::down},    {"decline", direction::down},
    {"decrease", direction::down}, {"contraction", direction::down, true},
    {"expansion", direction::up, true},   {"recovery", direction::up, true},
    {"slide", direction::down, true},      {"reduction", direction::down, true},
    {"cut", direction::down, true},
    {"slump", direction::down},   {"plunge", direction::down},  {"dip", direction::down},
}};
// After a percent or points, the English order: the nouns above ("a 3.2 percent decline") and
// comparatives ("2.1 percent lower than a year earlier", "12.5% up year on year"); after any
// figure, "more" and "fewer" ("431 more than the day before", "431 more firms resumed").
inline constexpr std::array<english_direction_word, 11> english_comparatives_after = {{
    {"more", direction::up},           {"fewer", direction::down},
    {"higher", direction::up, true},   {"lower", direction::down, true},
    {"above", direction::up, true},    {"below", direction::down, true},
    {"less", direction::down, true},   {"up", direction::up, true},
    {"down", direction::down, true},
    {"faster", direction::up, true},   {"slower", direction::down, true},
}};
// A modifier that may stand between the figure and such a noun: "a 3.2 percent year-on-year
// decline".
inline constexpr std::array<std::string_view, 3> english_period_modifiers = {
    "year-on-year", "month-on-month", "week-on-week"};

// 负 before a direction word turns it over: "同比负增长6.8%" fell 6.8%.
inline constexpr std::string_view negative_word = "\u8d1f";  // 负
// A sign in words joined to the digits: "增速为负3.2%", "气温零下5度". Passed over, as "minus" and
// "negative" are: the digits alone would be a figure of the other sign.
inline constexpr std::array<std::string_view, 2> chinese_minus_words = {
    negative_word, "\u96f6\u4e0b" /* 零下 */};
// Words that end in 负 and are no sign: "为企业减负12.3亿元" (lightened their burden by 1.23
// billion yuan), 担负, 肩负, 抱负.
inline constexpr std::array<std::string_view, 4> burden_words = {
    "\u51cf\u8d1f" /* 减负 */, "\u62c5\u8d1f" /* 担负 */, "\u80a9\u8d1f" /* 肩负 */,
    "\u62b1\u8d1f" /* 抱负 */};

// A direction word that begins a longer word with another sense: 增加值 (value added, as in
// "工业增加值增速达到7.6%").
inline constexpr std::array<std::string_view, 3> not_direction_words = {
    "\u589e\u52a0\u503c" /* 增加值 */, "\u589e\u957f\u70b9" /* 增长点: a growth point */,
    "\u589e\u957f\u6781" /* 增长极: a growth pole */};

// 增长 and 下降 take no object: directly before a noun of what is counted they describe it, as
// before 的: "下降行业12个" is 12 industries whose output fell, no fall of 12 (while "增加企业35家"
// adds 35 enterprises).
inline constexpr std::array<std::string_view, 2> intransitive_directions = {
    "\u589e\u957f" /* 增长 */, "\u4e0b\u964d" /* 下降 */};
inline constexpr std::array<std::string_view, 6> described_nouns = {
    "\u884c\u4e1a" /* 行业 */, "\u4f01\u4e1a" /* 企业 */, "\u4ea7\u54c1" /* 产品 */,
    "\u95e8\u7c7b" /* 门类 */, "\u54c1\u79cd" /* 品种 */, "\u5730\u533a" /* 地区 */};

// A direction word after 稳 is part of a name: "稳增长20条" (twenty measures to steady growth)
// states no growth of 20; after 平稳 (steadily) it is growth all the same ("平稳增长5.8%").
inline constexpr std::string_view steady_word = "\u7a33";          // 稳
inline constexpr std::string_view steadily_word = "\u5e73\u7a33";  // 平稳

// A direction word before 的, or before 较快的 and the like, describes a noun, and the figure
// counts what it describes: "营业收入增长的企业有235家" is 235 enterprises whose revenue grew, no
// increase of 235. But "增长的幅度" and "增长的速度" are the rate of the change itself.
inline constexpr std::string_view attribute_mark = "\u7684";  // 的
inline constexpr std::array<std::string_view, 6> attribute_adverbs = {
    "\u8f83\u5feb" /* 较快 */, "\u8f83\u591a" /* 较多 */, "\u8f83\u5927" /* 较大 */,
    "\u6700\u5feb" /* 最快 */, "\u6700\u591a" /* 最多 */, "\u660e\u663e" /* 明显 */};
inline constexpr std::array<std::string_view, 2> rate_after_attribute = {
    "\u5e45\u5ea6" /* 幅度 */, "\u901f\u5ea6" /* 速度 */};

// A rate of change, and a verb that says how it changed: "降幅收窄3.2个百分点" (the fall
// narrowed: the rate rose 3.2 points), "增速加快1.5个百分点" (growth quickened: up),
// "增幅回落" (growth eased: down). Narrowing turns the rate's own direction over.
inline constexpr std::array<direction_word, 9> rates_of_change = {{
    {"\u589e\u957f\u901f\u5ea6", direction::up},  // 增长速度
    {"\u589e\u957f\u5e45\u5ea6", direction::up},  // 增长幅度
    {"\u4e0b\u964d\u5e45\u5ea6", direction::down},  // 下降幅度
    {"\u589e\u5e45", direction::up},    // 增幅
    {"\u589e\u901f", direction::up},    // 增速
    {"\u6da8\u5e45", direction::up},    // 涨幅
    {"\u964d\u5e45", direction::down},  // 降幅
    {"\u51cf\u5e45", direction::down},  // 减幅
    {"\u8dcc\u5e45", direction::down},  // 跌幅
}};
// Quickening and slowing (加快, 放缓) say the way of a growth rate even where the rate is named
// in the clause before: "同比增长5.8%，比1-2月份加快2.1个百分点".
struct rate_of_change_verb {
    std::string_view word;
    bool narrows;
    bool quickens_or_slows = false;
};
inline constexpr std::array<rate_of_change_verb, 15> rate_of_change_verbs = {{
    {"\u6536\u7a84", true},         // 收窄
    {"\u7f29\u5c0f", true},         // 缩小
    {"\u51cf\u5c11", true},         // 减少: "降幅减少2.1个百分点", the fall narrowed
    {"\u4e0b\u964d", true},         // 下降
    {"\u964d\u4f4e", true},         // 降低
    {"\u589e\u52a0", false},        // 增加
    {"\u653e\u7f13", true, true},   // 放缓
    {"\u51cf\u7f13", true, true},   // 减缓
    {"\u51cf\u5c0f", true},         // 减小
    {"\u56de\u843d", true},         // 回落
    {"\u6269\u5927", false},        // 扩大
    {"\u52a0\u5feb", false, true},  // 加快
    {"\u56de\u5347", false},        // 回升
    {"\u52a0\u5927", false},        // 加大
    {"\u63d0\u9ad8", false},        // 提高
}};
// Words of how a figure changed that may stand before the verb, after what it is against or a
// rate of change: "比上周又增加120家" (against 比上周), "降幅持续收窄", "降幅比上月进一步收窄",
// "增速有所回落". Longest first.
inline constexpr std::array<std::string_view, 20> how_words_before_verb = {
    "\u8fdb\u4e00\u6b65" /* 进一步 */, "\u6301\u7eed" /* 持续 */, "\u7ee7\u7eed" /* 继续 */,
    "\u660e\u663e" /* 明显 */, "\u663e\u8457" /* 显著 */, "\u5927\u5e45" /* 大幅 */,
    "\u5c0f\u5e45" /* 小幅 */, "\u7565\u6709" /* 略有 */, "\u6709\u6240" /* 有所 */,
    "\u9010\u6b65" /* 逐步 */, "\u518d\u6b21" /* 再次 */, "\u7a33\u6b65" /* 稳步 */,
    "\u4e0d\u65ad" /* 不断 */, "\u5206\u522b" /* 分别 */, "\u7d2f\u8ba1" /* 累计 */,
    "\u53c8" /* 又 */, "\u518d" /* 再 */, "\u4e5f" /* 也 */, "\u5747" /* 均 */,
    "\u8fd8" /* 还 */};

// 多 (more) and 少 (fewer) directly before the figure state a change only after what it is
// against: "比21日多431家" is up, "比21日少431家" down; elsewhere 多 is "many" ("许多"), and
// 至少 and 最多 are no change. Longest first: "多了", "多出" before 多. (高出 is a direction
// word: "高出全省平均水平3个百分点" names what it is against after it, as 高于 does.)
inline constexpr std::array<direction_word, 12> compared_directions = {{
    {"\u591a\u589e", direction::up},    // 多增: "比上年同期多增1.2万人", 12,000 more added
    {"\u5c11\u589e", direction::down},  // 少增: 12,000 fewer added
    {"\u591a\u4e86", direction::up},    // 多了
    {"\u591a\u51fa", direction::up},    // 多出
    {"\u5c11\u4e86", direction::down},  // 少了
    {"\u4f4e\u4e86", direction::down},  // 低了
    {"\u591a", direction::up},          // 多
    {"\u5c11", direction::down},        // 少
    {"\u9ad8", direction::up},          // 高 ("比上周高5个百分点")
    {"\u4f4e", direction::down},        // 低 ("比全国平均水平低3.2个百分点")
    {"\u5feb", direction::up},          // 快 ("增速比全国快1.2个百分点")
    {"\u6162", direction::down},        // 慢
}};

// Verbs between 多 or 少 and the figure: "比上月多复工120家" (120 more resumed than last month).
inline constexpr std::array<std::string_view, 5> compared_verbs = {
    "\u590d\u5de5" /* 复工 */, "\u590d\u4ea7" /* 复产 */, "\u8fd4\u5c97" /* 返岗 */,
    "\u5f00\u5de5" /* 开工 */, "\u8fbe\u4ea7" /* 达产 */};

// After a direction word, 到, 至 or 为 make the figure a level, not a change: "提高到95%",
// "下降为65%".
inline constexpr std::array<std::string_view, 3> level_after_direction = {"\u5230", "\u81f3",
                                                                          "\u4e3a"};  // 为

// What a change is against: "比21日", "较上一天" run from the word to the direction word; 同比
// (year on year) and 环比 (period on period) are whole.
inline constexpr std::array<std::string_view, 2> against_whole = {"\u540c\u6bd4" /* 同比 */,
                                                                  "\u73af\u6bd4" /* 环比 */};
inline constexpr std::array<std::string_view, 2> against_starts = {"\u6bd4" /* 比 */,
                                                                   "\u8f83" /* 较 */};
// The first characters of 同比 and 环比.
inline constexpr std::array<std::string_view, 2> against_whole_openers = {"\u540c" /* 同 */,
                                                                          "\u73af" /* 环 */};
// 相比之下, 相比而言: "by contrast", comparing nothing named.
inline constexpr std::array<std::string_view, 2> not_compared_after = {"\u4e4b\u4e0b" /* 之下 */,
                                                                       "\u800c\u8a00" /* 而言 */};
// 相比 (or 比较, 相比较, a bare 比 at the end) after what it compares with, and the words that
// open that: "与上周相比", "同2019年同期相比", "和上周比较", "同上周比", and 较 where two forms
// run together ("较上周相比"). 与, 跟 and 较 open it wherever they stand; 同 at its first place
// in the clause that begins no other word (同期, 同比, 同时); 和, as often a list's mark
// ("复工企业和返岗员工相比上周"), only directly before the change.
inline constexpr std::string_view compared_with_word = "\u76f8\u6bd4";  // 相比
inline constexpr std::string_view mutual_word = "\u76f8";                // 相, of 相比
inline constexpr std::array<std::string_view, 3> compared_with_openers = {
    "\u4e0e" /* 与 */, "\u8ddf" /* 跟 */, "\u8f83" /* 较 */};
inline constexpr std::string_view same_opener = "\u540c";  // 同
inline constexpr std::string_view and_opener = "\u548c";   // 和
inline constexpr std::array<std::string_view, 3> not_compared_with_openers = {
    "\u540c\u671f" /* 同期 */, "\u540c\u6bd4" /* 同比 */, "\u540c\u65f6" /* 同时 */};
// 比 in 占比 (a share), 比重 and 比例 (a proportion) compares nothing.
inline constexpr std::array<std::string_view, 1> not_against_before = {"\u5360" /* 占 */};
inline constexpr std::array<std::string_view, 2> not_against_words = {"\u6bd4\u91cd" /* 比重 */,
                                                                      "\u6bd4\u4f8b" /* 比例 */};

// Marks that end a clause: a change or an "each" is never looked for past one. ASCII ones, and
// the Chinese ones, each a character of three bytes (。，；：、（）！？).
inline constexpr std::string_view ascii_clause_marks = ",;:()\n!?";
inline constexpr std::array<std::string_view, 9> clause_marks = {
    "\u3002", "\uff0c", "\uff1b", "\uff1a", "\u3001", "\uff08", "\uff09", "\uff01", "\uff1f"};

// A negation before a qualifier turns its claim over: "未超过5%" is at most 5%, "未低于95%" at
// least 95%, never more than 5% or less than 95%. Longest first.
inline constexpr std::array<std::string_view, 7> negation_words = {
    "\u5e76\u672a" /* 并未 */, "\u6ca1\u6709" /* 没有 */, "\u5e76\u975e" /* 并非 */,
    "\u672a" /* 未 */, "\u4e0d" /* 不 */, "\u6ca1" /* 没 */, "\u975e" /* 非 */};

// The claim a negated qualifier makes: not above is at most, not below at least, and back.
constexpr qualifier negated(qualifier claim) {
    switch (claim) {
    case qualifier::more_than: return qualifier::at_most;
    case qualifier::at_most: return qualifier::more_than;
    case qualifier::less_than: return qualifier::at_least;
    case qualifier::at_least: return qualifier::less_than;
    default: return claim;
    }
}

struct numeral {
    std::string_view word;
    int value;
};

// Chinese numerals as bulletins print them before 成 (tenths): "九成", "两成", "十成".
inline constexpr std::array<numeral, 11> tenths_numerals = {{
    {"\u4e00", 1}, {"\u4e8c", 2}, {"\u4e24", 2}, {"\u4e09", 3}, {"\u56db", 4}, {"\u4e94", 5},
    {"\u516d", 6}, {"\u4e03", 7}, {"\u516b", 8}, {"\u4e5d", 9}, {"\u5341", 10},
}};

// 成 is tenths ("7成", "九成"), except where it begins another word: 成员 (members), 成本
// (cost), 成交 (deals), 成果, 成立, 成功, 成都, and 一成不变 (unchanged).
// What 千 and 百 begin that is no multiple of the figure: 千 of a metric unit (千克, 千米, 千瓦:
// kilograms, kilometres, kilowatts) and 百分点 (percentage points).
inline constexpr std::array<std::string_view, 10> multiple_words_that_are_units = {
    "\u5343\u514b", "\u5343\u7c73", "\u5343\u74e6", "\u5343\u4f0f", "\u5343\u5e15",
    "\u5343\u5361", "\u5343\u7126", "\u5343\u8d6b", "\u5343\u5347", "\u767e\u5206"};

// A percent or per mille in words before the numerals: 百分之八十, 千分之三. Percent first.
inline constexpr std::array<std::string_view, 2> fraction_words = {
    "\u767e\u5206\u4e4b" /* 百分之 */, "\u5343\u5206\u4e4b" /* 千分之 */};

// What makes numerals after it no figure: 第 (an ordinal), 数 and 几 (some: "数十家").
inline constexpr std::array<std::string_view, 3> not_before_numerals = {
    "\u7b2c" /* 第 */, "\u6570" /* 数 */, "\u51e0" /* 几 */};

// Words that end in 数 or 上 and are no "some" or "upwards of": 人数百人 is a number of staff of
// a hundred, 规上千余家 a thousand-odd enterprises above designated size (规上), 以上, 线上.
inline constexpr std::array<std::string_view, 16> words_ending_in_some = {
    "\u4eba\u6570" /* 人数 */, "\u603b\u6570" /* 总数 */, "\u6237\u6570" /* 户数 */,
    "\u6b21\u6570" /* 次数 */, "\u4e2a\u6570" /* 个数 */, "\u5bb6\u6570" /* 家数 */,
    "\u6307\u6570" /* 指数 */, "\u4ef6\u6570" /* 件数 */, "\u4e1a\u6570" /* 业数 */,
    "\u534a\u6570" /* 半数 */, "\u89c4\u4e0a" /* 规上 */, "\u4ee5\u4e0a" /* 以上 */,
    "\u7ebf\u4e0a" /* 线上 */, "\u9a6c\u4e0a" /* 马上 */, "\u4e4b\u4e0a" /* 之上 */,
    "\u5411\u4e0a" /* 向上 */};

inline constexpr std::string_view tenths_word = "\u6210";  // 成
// 半, a half: of an hour in times ("4点半"), and after 成 or 个 in figures ("七成半", not read).
inline constexpr std::string_view half_word = "\u534a";
inline constexpr std::array<std::string_view, 8> not_tenths_after = {
    "\u5458", "\u672c", "\u4ea4", "\u679c", "\u7acb", "\u529f", "\u90fd", "\u4e0d\u53d8"};

// Percentage points: "3.2个百分点", "3.2百分点", "3.2 percentage points", "a 3.2-percentage-point
// rise", "3.2 pct points", "0.2 pct pts" (wire-service English), "2 ppts" (economists'). Longest
// first. "0.3 pts" alone, as "0.3 points", may be an index's, "0.5 ppt" parts per trillion and
// "120 pp" pages: not read (figure_scan.hpp's refused words). 百份点, a misprint of 百分点 seen in
// published bulletins, has no other meaning: points (it was read as a count of 5.1 个); so has
// 个百分比, and "per cent points" (it was read as a percent).
inline constexpr std::array<std::string_view, 23> points_words = {
    "\u4e2a\u591a\u767e\u5206\u70b9" /* 个多百分点: odd, "5个多百分点" is 5 and more */,
    "\u4e2a\u767e\u5206\u70b9" /* 个百分点 */, "\u767e\u5206\u70b9" /* 百分点 */,
    "\u4e2a\u767e\u4efd\u70b9" /* 个百份点 */, "\u767e\u4efd\u70b9" /* 百份点 */,
    "\u4e2a\u767e\u5206\u6bd4" /* 个百分比: 个 makes it points, as 个百份点 */,
    "per cent points", "per cent point",
    "percentage points", "percentage point", "percentage-points", "percentage-point",
    "percent points", "percent point", "percent-points", "percent-point",
    "pct points", "pct point", "pct-points", "pct-point", "pct pts", "pct pt", "ppts"};

// Whether `word` stands in `text` at `at`. Compared byte by byte in line, not with string_view's
// ==: the reader tries each word of its lists at each place, nearly every try fails on the first
// byte or two, and a call to memcmp for each was half of its time.
constexpr bool word_is_at(std::string_view text, std::size_t at, std::string_view word) {
    if (at > text.size() || text.size() - at < word.size()) {
        return false;
    }
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (text[at + k] != word[k]) {
            return false;
        }
    }
    return true;
}

constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether the ASCII letters of `word` stand at `at` in any case ("Million", "MILLION").
constexpr bool folded_prefix_at(std::string_view text, std::size_t at, std::string_view word) {
    if (at > text.size() || text.size() - at < word.size()) {
        return false;
    }
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (ascii_lower(text[at + k]) != word[k]) {
            return false;
        }
    }
    return true;
}

// Whether `word` is `lower` (a word in lower case) in any case: "Over" is "over".
constexpr bool same_word_folded(std::string_view word, std::string_view lower) {
    return word.size() == lower.size() && folded_prefix_at(word, 0, lower);
}

// The length of the space at `at`, or 0: an ASCII space, a no-break space (U+00A0) or an
// ideographic space (U+3000), which stand where an ASCII space may ("5\u3000万", "5\u00a0%").
constexpr std::size_t space_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) {
        return 0;
    }
    if (text[at] == ' ') {
        return 1;
    }
    if (word_is_at(text, at, "\u00a0")) {
        return 2;
    }
    return word_is_at(text, at, "\u3000") ? 3 : 0;
}

// Where the spaces that begin at `at` end: `at` itself when none do.
constexpr std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (const std::size_t length = space_at(text, at)) {
        at += length;
    }
    return at;
}

// The length of the space that ends at `at`, or 0.
constexpr std::size_t space_before(std::string_view text, std::size_t at) {
    for (std::size_t length = 1; length <= 3 && length <= at; ++length) {
        if (space_at(text, at - length) == length) {
            return length;
        }
    }
    return 0;
}

// Where the spaces that end at `at` begin: `at` itself when none do.
constexpr std::size_t skip_spaces_back(std::string_view text, std::size_t at) {
    while (const std::size_t length = space_before(text, at)) {
        at -= length;
    }
    return at;
}

// Whether any of `words` ends exactly at `at`: the one found, or an empty view.
template <std::size_t N>
constexpr std::string_view word_ending_at(std::string_view text, std::size_t at,
                                          const std::array<std::string_view, N>& words) {
    for (std::string_view word : words) {
        if (word.size() <= at && word_is_at(text, at - word.size(), word)) {
            return word;
        }
    }
    return {};
}

// Whether any of `words` begins at `at`: the one found, or an empty view.
template <std::size_t N>
constexpr std::string_view word_starting_at(std::string_view text, std::size_t at,
                                            const std::array<std::string_view, N>& words) {
    for (std::string_view word : words) {
        if (word_is_at(text, at, word)) {
            return word;
        }
    }
    return {};
}

// The words before a figure: where they begin (forward: where they end), and what they say.
inline constexpr std::string_view online_shops_over = "\u7535\u5546\u8d85";  // 电商超

struct words_before {
    std::size_t at = 0;
    qualifier claim = qualifier::none;
    qualifier stacked = qualifier::none;  // a second qualifier before the first: "约近3000家"
    bool each = false;
    bool of_a_level = false;  // see qualifier_word
};

// The Chinese qualifier that ends at `at`, and where it begins (or `at`, claiming nothing).
// Whether the > that ends at `at` is markup, which claims nothing: the end of a tag ("<td>90%": a
// < that opens a tag, a letter or / after it, before it on the same line with no > between), or
// a quotation mark of Markdown ("> 90% of firms": first on a line after a line break, other >s
// and spaces aside, a space after it).
constexpr bool markup_sign(std::string_view text, std::size_t at) {
    constexpr std::size_t reach = 200;  // bytes: a tag with its attributes
    for (std::size_t p = at - 1; p-- > (at > reach ? at - reach : 0);) {
        if (text[p] == '>' || text[p] == '\n') {
            break;
        }
        if (text[p] == '<') {
            const char next = text[p + 1];
            return next == '/' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
        }
    }
    std::size_t p = at - 1;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '>')) {
        --p;
    }
    // Only after a line break: "> 90%" that begins a text is more than 90%, read alone or found
    // in it alike, since a figure's own text may begin so.
    return p > 0 && text[p - 1] == '\n' && at < text.size() && text[at] == ' ';
}

constexpr words_before chinese_qualifier_before(std::string_view text, std::size_t at) {
    words_before found{at};
    for (const qualifier_word& q : qualifiers_before) {
        if (!word_ending_at(text, at, std::array{q.word}).empty()) {
            // "电商超100家": e-commerce firms, more than 100; not 商超.
            const bool online = !word_ending_at(text, at, std::array{online_shops_over}).empty();
            if ((online || word_ending_at(text, at, not_qualifiers_before).empty()) &&
                !(q.word == ">" && markup_sign(text, at))) {
                found.claim = q.claim;
                found.at = at - q.word.size();
                // "未超过5%", "均未低于95%": a negation before it turns the claim over.
                const std::string_view negation = word_ending_at(text, found.at, negation_words);
                if (!negation.empty()) {
                    found.claim = negated(found.claim);
                    found.at -= negation.size();
                }
            }
            break;
        }
    }
    return found;
}

}  // namespace restoration::detail
