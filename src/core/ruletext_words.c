/*
 * ruletext_words.c - the word tables of the rule reader (see the header).
 * Longer words come before their prefixes: the first word that matches at
 * a position wins.
 */
#include "ruletext_words.h"

const jx_rword jx_rw_bound_prefix[] = {
    {"不得少于", RW_GE, 0}, {"不得低于", RW_GE, 0}, {"不得 少于", RW_GE, 0},
    {"不得 低于", RW_GE, 0}, {"不得超过", RW_LE, 0}, {"不得高于", RW_LE, 0},
    {"不得 超过", RW_LE, 0},
    {"至少", RW_GE, 0}, {"大于或等于", RW_GE, 0}, {"大于等于", RW_GE, 0}, {"不低于", RW_GE, 0},
    {"不少于", RW_GE, 0}, {"不小于", RW_GE, 0}, {"未低于", RW_GE, 0},
    {"≥", RW_GE, 0}, {">=", RW_GE, 0}, {"达不到", RW_LT, 0},
    {"达到", RW_GE, 0},
    {"小于或等于", RW_LE, 0}, {"小于等于", RW_LE, 0}, {"不高于", RW_LE, 0},
    {"不超过", RW_LE, 0}, {"未超过", RW_LE, 0}, {"不大于", RW_LE, 0},
    {"不多于", RW_LE, 0}, {"控制在", RW_LE, 0}, {"≤", RW_LE, 0}, {"<=", RW_LE, 0},
    {"未达到", RW_LT, 0}, {"未达", RW_LT, 0}, {"不足", RW_LT, 0},
    {"不到", RW_LT, 0}, {"低于", RW_LT, 0}, {"小于", RW_LT, 0},
    {"少于", RW_LT, 0}, {"<", RW_LT, 0},
    {"大于", RW_GT, 0}, {"高于", RW_GT, 0}, {"超过", RW_GT, 0},
    {"超出", RW_GT, 0}, {"多于", RW_GT, 0}, {">", RW_GT, 0},
    {"等于", RW_EQ, 0}, {"=", RW_EQ, 0}, {"为", RW_EQ, 0}, {"前", RW_LE, 0},
};
const size_t jx_rw_bound_prefix_n = JX_RWORDS(jx_rw_bound_prefix);

const jx_rword jx_rw_bound_suffix[] = {
    {"及以上", RW_GE, 0}, {"以上", RW_GE, 0}, {"及以下", RW_LE, 0},
    {"以下", RW_LE, 0}, {"以内", RW_LE, 0}, {"之内", RW_LE, 0},
    {"及以后", RW_GE, 0}, {"以后", RW_GE, 0},
};
const size_t jx_rw_bound_suffix_n = JX_RWORDS(jx_rw_bound_suffix);

/* 每X: the gap counted over the ref (超, 增, 高, 多) or under it (低, 少, 降). */
const jx_rword jx_rw_step[] = {
    {"每相差", RW_EITHER, 0}, {"每多偏离", RW_OVER, 0}, {"每偏离", RW_EITHER, 0}, {"每差", RW_UNDER, 0},
    {"每低于", RW_UNDER, 0}, {"每低", RW_UNDER, 0}, {"每下降", RW_UNDER, 0},
    {"每降低", RW_UNDER, 0}, {"每减少", RW_UNDER, 0}, {"每少于", RW_UNDER, 0}, {"每少", RW_UNDER, 0},
    {"每缺少", RW_UNDER, 0}, {"每缺", RW_UNDER, 0}, {"每降", RW_UNDER, 0},
    {"每超过", RW_OVER, 0}, {"每超出", RW_OVER, 0}, {"每超", RW_OVER, 0},
    {"每高于", RW_OVER, 0}, {"每高出", RW_OVER, 0}, {"每增加", RW_OVER, 0},
    {"每增长", RW_OVER, 0}, {"每提高", RW_OVER, 0}, {"每上升", RW_OVER, 0},
    {"每多", RW_OVER, 0}, {"每增", RW_OVER, 0},
    /* late: "每滞后一年扣2分" (bpb02-03); value 1: a verb may stand between
     * the word and the number ("每延迟拨付1天", bpf01-05) */
    {"每滞后", RW_OVER, 1}, {"每推迟", RW_OVER, 1}, {"每延迟", RW_OVER, 1},
    {"每延期", RW_OVER, 1}, {"每延误", RW_OVER, 1}, {"每拖延", RW_OVER, 1},
    {"每进", RW_OVER, 0},     /* 倒数第N名…每进1名: up from the bottom (checked) */
};
const size_t jx_rw_step_n = JX_RWORDS(jx_rw_step);

const char *const jx_rw_occurrence[] = {
    "一次", "一天", "一个", "一项", "一处", "一例", "一份", "一起", "一人",
    "一件", "一篇", "一条", "一家", "每次", "每天", "每日", "每个", "每项",
    "每处", "每发现", "每例", "每份", "每逾期", "每起", "每人", "每件",
    "每篇", "每条", "每家", "每出现", "每一",
    "一台", "一套", "一辆", "每台", "每套", "每辆",   /* equipment: "少一台设备…扣2分" */
    "一笔", "每笔",                                   /* entries: "表内项目错一笔扣1分" */
    "半天", "半日", "半小时",                         /* a half unit: "每迟报半天扣0.5分" */
    /* traditional characters (晉城市應急能力評分表: "每發現一處", "每缺一項") */
    "每發現", "一項", "每項", "一處", "每處", "一個", "每個", "一條", "每條",
};
const size_t jx_rw_occurrence_n = JX_RWORDS(jx_rw_occurrence);

const char *const jx_rw_na[] = { "不涉及", "不适用", "无此项" };
const size_t jx_rw_na_n = JX_RWORDS(jx_rw_na);

const char *const jx_rw_else[] = { "其他", "其余", "否则", "以外" };
const size_t jx_rw_else_n = JX_RWORDS(jx_rw_else);

const char *const jx_rw_units[] = {
    "个百分点", "百分点", "万元", "元", "分钟", "小时", "天", "日", "次",
    "件", "人次", "户次", "人", "岁", "例", "项", "个", "名", "家", "份", "篇",
    "户", "条", "起", "期", "批", "所", "场", "台", "套", "辆", "座", "公里",
    "亩", "吨", "公斤", "月", "年", "周", "笔",
    "項", "處", "個", "條", "萬元",                   /* traditional */
};
const size_t jx_rw_units_n = JX_RWORDS(jx_rw_units);

const jx_rword jx_rw_numerals[] = {
    {"一", 0, 1}, {"两", 0, 2}, {"二", 0, 2}, {"三", 0, 3}, {"四", 0, 4},
    {"五", 0, 5}, {"六", 0, 6}, {"七", 0, 7}, {"八", 0, 8}, {"九", 0, 9},
    {"十", 0, 10},
};
const size_t jx_rw_numerals_n = JX_RWORDS(jx_rw_numerals);

const char *const jx_rw_signed[] = { "变动率", "增长率", "变化率", "增幅", "节约率", "节支率",
                                     "增减率", "增速" };
const size_t jx_rw_signed_n = JX_RWORDS(jx_rw_signed);

const char *const jx_rw_vague[] = { "酌情", "视情况", "视情", "看情况", "适当", "视具体",
                                    "综合评定", "综合考虑", "视其", "根据情况",
                                    "结合实际" };
const size_t jx_rw_vague_n = JX_RWORDS(jx_rw_vague);

/* After a vague word, what makes it an outcome ("酌情扣分", "视情况而定"). */
const char *const jx_rw_open_verb[] = { "扣", "分", "减", "加", "给", "定" };
const size_t jx_rw_open_verb_n = JX_RWORDS(jx_rw_open_verb);

/* An outcome taken from other units' scores or values. */
const char *const jx_rw_elsewhere[] = { "平均分", "平均得分", "第1名的比例", "第一名的比例",
                                        "第1名得分的比例", "最高分的比例" };
const size_t jx_rw_elsewhere_n = JX_RWORDS(jx_rw_elsewhere);

/*
 * A consequence beyond the item's score (JX_OPEN_BEYOND): the clause ends
 * with one of these ("…的取消评比资格", "本年度发生1件不得参加评奖"); also
 * 取消…资格 and 视为…不合格 (ruletext.c, beyond_at).
 */
const char *const jx_rw_beyond[] = { "不得参加评奖", "不得参加评优", "不得参加评先评优",
                                     "不得参加评先", "不得评优", "不得评先", "不得评奖",
                                     "不得参评", "取消参评资格" };
const size_t jx_rw_beyond_n = JX_RWORDS(jx_rw_beyond);

/* What is done besides the score, after a clause that gives it ("不得分,
 * 并按有关规定处理"): no score of its own. */
const char *const jx_rw_also_action[] = { "按有关规定处理", "按规定处理", "按相关规定处理",
                                          "追究相关责任", "追究责任", "通报批评", "予以通报",
                                          "严肃处理" };
const size_t jx_rw_also_action_n = JX_RWORDS(jx_rw_also_action);

/* Where such an outcome starts: "其他部门|得分为…平均分", "第2-5名|按第1名的比例得分". */
const char *const jx_rw_elsewhere_lead[] = { "得分为", "得分按", "按", "得分取", "取" };
const size_t jx_rw_elsewhere_lead_n = JX_RWORDS(jx_rw_elsewhere_lead);

/* A deduction whose amount the sentence does not give ("二次及以上累计扣"). */
const char *const jx_rw_unstated[] = { "累计扣分", "累计扣", "累積扣" };
const size_t jx_rw_unstated_n = JX_RWORDS(jx_rw_unstated);

/* A note naming where the data or the evidence comes from: "以记录为准",
 * "(收入以國庫科提供的數據為準)", "加分依据为考核年度内下达的表彰文件". */
const char *const jx_rw_source[] = { "为准", "為準", "为依据", "為依據", "依据为", "依據為" };
const size_t jx_rw_source_n = JX_RWORDS(jx_rw_source);

/* The whole table (and so the item) goes to 0: "安全管理考核分清零",
 * "企业当年的安全绩效考核总得分为零", "本条实行一票否决" ("本表100分扣完" is
 * read in ruletext.c: it holds a number). */
const char *const jx_rw_veto[] = { "分清零", "总得分为零", "总分为零", "得分为零", "一票否决" };
const size_t jx_rw_veto_n = JX_RWORDS(jx_rw_veto);

/* A condition measured against other units: "高于各地区平均占比加5%的". */
const char *const jx_rw_elsewhere_cond[] = { "平均" };
const size_t jx_rw_elsewhere_cond_n = JX_RWORDS(jx_rw_elsewhere_cond);

const char *const jx_rw_tail[] = { "的", "时", "者", "之间", "(含)", "(不含)",
                                   "区间", "范围内", "则", "以上的", "完成" };
const size_t jx_rw_tail_n = JX_RWORDS(jx_rw_tail);

/* --- Text actuals that name a clause (ruletext_name.c) --------------- */

/* Words that deny what follows ("未委托", "不合理", "没有"). */
const char *const jx_rw_deny[] = { "没有", "未能", "未", "不", "无", "没", "非" };
const size_t jx_rw_deny_n = JX_RWORDS(jx_rw_deny);

/* Words saying something was done, before what was done ("已委托"). */
const char *const jx_rw_done[] = { "均已", "已经", "已", "有" };
const size_t jx_rw_done_n = JX_RWORDS(jx_rw_done);

/* "Nothing of what the sentence lists went wrong": the whole actual. */
const char *const jx_rw_no_fault[] = {
    "未发现", "未发现问题", "未发现违规", "无问题", "没有问题", "无违规", "未发生",
    "符合规定", "符合要求", "均符合规定", "均符合要求", "合规",
};
const size_t jx_rw_no_fault_n = JX_RWORDS(jx_rw_no_fault);

/* Separators between the things an actual names ("建立台账并按月分析"). */
const char *const jx_rw_name_sep[] = {
    "并且", "而且", "但是", "且", "并", "但", "及", "和", "、", "，", "；", ",", ";",
};
const size_t jx_rw_name_sep_n = JX_RWORDS(jx_rw_name_sep);

/* "Only": the parts named are all that was done ("仅建立台账"). */
const char *const jx_rw_only[] = { "仅", "僅", "只" };
const size_t jx_rw_only_n = JX_RWORDS(jx_rw_only);

/* Light verbs after a denial word: "未能实现…全覆盖" denies the 全覆盖. */
const char *const jx_rw_light[] = { "实现", "做到", "达到" };
const size_t jx_rw_light_n = JX_RWORDS(jx_rw_light);

/* A deadline inside a failure ("3个月内未明确", "5个工作日内未办结"): the
 * unit, then one of the "within" words, then a denial: a level, no bound. */
const char *const jx_rw_deadline_unit[] = { "个工作日", "工作日", "个月", "小时", "天", "日", "周" };
const size_t jx_rw_deadline_unit_n = JX_RWORDS(jx_rw_deadline_unit);
const char *const jx_rw_within[] = { "以内", "之内", "内" };
const size_t jx_rw_within_n = JX_RWORDS(jx_rw_within);

/* "其他单位未委托…的扣2分": 其他 before a subject names who, it is no 否则. */
const char *const jx_rw_other_subject[] = { "单位", "部门", "企业", "地区", "人员" };
const size_t jx_rw_other_subject_n = JX_RWORDS(jx_rw_other_subject);

/* Numeric forms (issue 15, gnum). */
const jx_rword jx_rw_step_ref[] = { {"目标", RW_VS_TARGET, 0}, {"基数", RW_VS_BASE, 0} };
const size_t jx_rw_step_ref_n = JX_RWORDS(jx_rw_step_ref);

const jx_rword jx_rw_target[] = {
    {"没有达到目标", RW_LT, 0}, {"未达到目标", RW_LT, 0}, {"达不到目标", RW_LT, 0},
    {"未完成目标", RW_LT, 0}, {"未达目标", RW_LT, 0}, {"不达目标", RW_LT, 0},
    {"低于目标", RW_LT, 0}, {"超过目标", RW_GT, 0}, {"达到目标", RW_GE, 0},
    {"完成目标", RW_GE, 0}, {"实现目标", RW_GE, 0}, {"达目标", RW_GE, 0},
};
const size_t jx_rw_target_n = JX_RWORDS(jx_rw_target);

const char *const jx_rw_target_end[] = { "的目标", "目标" };
const size_t jx_rw_target_end_n = JX_RWORDS(jx_rw_target_end);

/* A unit failing the standard stated before ("每有1个…达不到要求的，扣0.5分"). */
const char *const jx_rw_fails_standard[] = {
    "达不到要求", "未达到要求", "不符合要求", "达不到该比率", "达不到该标准", "未达到该标准",
    "達不到要求", "達不到該比率", "未達到要求",
};
const size_t jx_rw_fails_standard_n = JX_RWORDS(jx_rw_fails_standard);

/* "一年至少进行2次…未进行…一次扣2分": the year as a lead-in, the verb between
 * the bound word and the count, and an occurrence of one not done. */
const char *const jx_rw_count_verb[] = { "进行", "开展", "召开", "组织", "举办", "上报",
                                         "报送", "检查", "培训" };
const size_t jx_rw_count_verb_n = JX_RWORDS(jx_rw_count_verb);
const char *const jx_rw_period_lead[] = { "一年", "每年", "全年", "年内", "年度内" };
const size_t jx_rw_period_lead_n = JX_RWORDS(jx_rw_period_lead);
const char *const jx_rw_not_done[] = { "未进行", "未开展", "未召开", "未组织", "未举办",
                                       "未上报", "未报送" };
const size_t jx_rw_not_done_n = JX_RWORDS(jx_rw_not_done);

/* A frequency as a required count over the year a table evaluates. */
const jx_rword jx_rw_period_count[] = {
    {"每个月", 0, 12}, {"每月", 0, 12}, {"逐月", 0, 12}, {"按月", 0, 12},
    {"每个季度", 0, 4}, {"每季度", 0, 4}, {"每季", 0, 4}, {"按季度", 0, 4}, {"按季", 0, 4},
    {"每半年", 0, 2},
};
const size_t jx_rw_period_count_n = JX_RWORDS(jx_rw_period_count);

/* Proportional bands and a proportional bonus (完成目标任务70%-99%的,按比例计分;
 * 超额完成目标任务的,按比例加分不超过该项总分的20%). */
const char *const jx_rw_prop_score[] = { "按比例计分", "按比例得分", "按完成比例计分",
                                         "按完成比例得分", "按比例计算得分" };
const size_t jx_rw_prop_score_n = JX_RWORDS(jx_rw_prop_score);
const char *const jx_rw_of_points[] = { "该项总分的", "该项分值的", "本项总分的", "本项分值的",
                                        "总分的", "分值的" };
const size_t jx_rw_of_points_n = JX_RWORDS(jx_rw_of_points);
const char *const jx_rw_done_in_full[] = { "完成目标任务", "完成全部目标任务", "全面完成",
                                           "全部完成" };
const size_t jx_rw_done_in_full_n = JX_RWORDS(jx_rw_done_in_full);

/* A base written as such, the score the steps move from. */
const char *const jx_rw_base_words[] = { "基础分值为", "基础分值", "基础分为", "基础分",
                                         "基本分值为", "基本分为", "基本分" };
const size_t jx_rw_base_words_n = JX_RWORDS(jx_rw_base_words);

/* "足额保障…的，得2分。若保障不到位的，每少1%，扣0.1分": the whole amount,
 * the 100 % a percent step below it is measured from. */
const char *const jx_rw_full[] = { "足额", "全额" };
const size_t jx_rw_full_n = JX_RWORDS(jx_rw_full);

/* "全部落实", "均已完成": every part of a sentence of parts is met; with a
 * denial ("均未落实", "全部没有完成") none is (ruletext_name.c, read_parts). */
const char *const jx_rw_all[] = { "全部", "全都", "均", "都" };
const size_t jx_rw_all_n = JX_RWORDS(jx_rw_all);
const char *const jx_rw_all_verb[] = { "落实", "完成", "达到", "符合", "到位", "建立", "具备",
                                       "满足", "达标", "做到" };
const size_t jx_rw_all_verb_n = JX_RWORDS(jx_rw_all_verb);

/* "评分标准: 100 分:…": names what follows, scores nothing (points_first). */
const char *const jx_rw_criteria_lead[] = {
    "评分标准", "评分细则", "评分办法", "评分方法", "考核标准", "计分标准", "评分依据",
};
const size_t jx_rw_criteria_lead_n = JX_RWORDS(jx_rw_criteria_lead);

/* "该指标主要考核项目目标依据的充分性。": a note on what the indicator
 * measures (about_note in ruletext.c); it scores nothing. */
const char *const jx_rw_about_subject[] = {
    "该指标", "本指标", "此指标", "该项指标", "本项指标", "该项", "本项",
};
const size_t jx_rw_about_subject_n = JX_RWORDS(jx_rw_about_subject);
const char *const jx_rw_about_verb[] = {
    "主要考核", "主要考察", "主要评价", "主要反映", "主要衡量", "主要用于", "考核", "考察",
    "评价", "反映", "衡量", "用于考核", "用于评价", "用于反映", "是指",
};
const size_t jx_rw_about_verb_n = JX_RWORDS(jx_rw_about_verb);

/* "扣权重分的1%", "扣除该项分值的1/4": the item's own points P (share_deduct). */
const char *const jx_rw_item_points[] = {
    "该项指标分值", "该项权重分", "权重分值", "权重分", "该项分值", "该指标分值", "本项分值", "指标分值", "分值",
};
const size_t jx_rw_item_points_n = JX_RWORDS(jx_rw_item_points);

/* A task graded by how well it was done ("积极配合…工作（8分）"): a heading,
 * not a criterion met or not (sub-items, parts with bracketed points). */
const char *const jx_rw_graded[] = { "积极", "完善", "加强", "推进", "推动", "做好",
                                     "认真", "深入", "大力", "切实", "努力", "进一步" };
const size_t jx_rw_graded_n = JX_RWORDS(jx_rw_graded);

/* --- Reports, deadlines, occurrences (g11, ruletext_report.c) ----------- */

const char *const jx_rw_same_below[] = { "下同", "以下同", "下略同", "后同" };
const size_t jx_rw_same_below_n = JX_RWORDS(jx_rw_same_below);

/* "遇节假日顺延", "节假日不顺延": both words, no number. */
const char *const jx_rw_holiday[] = { "节假日", "节日", "假日", "休息日" };
const size_t jx_rw_holiday_n = JX_RWORDS(jx_rw_holiday);

/* "扣分日从截止报送日期的第二天开始算至实际报送日(包括当天)". */
const char *const jx_rw_count_from[] = { "从", "自" };
const size_t jx_rw_count_from_n = JX_RWORDS(jx_rw_count_from);
const char *const jx_rw_count_to[] = { "开始算至", "开始计算至", "算至", "计算至", "计至",
                                       "起算", "算起", "开始计算" };
const size_t jx_rw_count_to_n = JX_RWORDS(jx_rw_count_to);

/* A requirement's modal ("应于次年60日内报送"): not 应急, 供应, 相应. */
const char *const jx_rw_must[] = { "应于", "应按", "应当", "应在", "应及时", "应上报", "应报送",
                                   "应提交", "应同时", "必须", "须于", "须按", "务必" };
const size_t jx_rw_must_n = JX_RWORDS(jx_rw_must);
const char *const jx_rw_score_word[] = { "扣", "得分", "加分", "不得", "满分", "分值", "计分",
                                         "记分", "给分", "评分", "打分", "%" };
const size_t jx_rw_score_word_n = JX_RWORDS(jx_rw_score_word);

/* A consequence beyond the item's score: a verdict on the unit, or a
 * deduction from its total ("倒扣10分": the words at the clause's start, a
 * number of points after them). */
const char *const jx_rw_verdict[] = { "倒扣", "取消评比资格", "取消评优资格", "取消评先评优资格",
                                      "取消评优评先资格", "取消评选资格", "取消评奖资格",
                                      "取消参评资格", "取消考核资格" };
const size_t jx_rw_verdict_n = JX_RWORDS(jx_rw_verdict);
/* "视为绩效考核结果“不合格”": 视为 / 认定为 / 评为 … one of these, at the end. */
const char *const jx_rw_verdict_fail[] = { "不合格", "不达标", "不及格" };
const size_t jx_rw_verdict_fail_n = JX_RWORDS(jx_rw_verdict_fail);

const char *const jx_rw_no_bonus[] = { "不另加分", "不再加分", "不予加分", "不加分" };
const size_t jx_rw_no_bonus_n = JX_RWORDS(jx_rw_no_bonus);

/* Verbs of completion before an actual's number ("完成96%", "完成4项"). */
const char *const jx_rw_actual_verb[] = { "完成了", "完成", "实现", "达到", "达" };
const size_t jx_rw_actual_verb_n = JX_RWORDS(jx_rw_actual_verb);

/* An occurrence of half a unit: the step is 0.5 ("每迟报半天扣0.5分"); the
 * unit is the word without 半 (ruletext_report.c keeps them in this order). */
const char *const jx_rw_half_occurrence[] = { "半天", "半日", "半小时" };
const size_t jx_rw_half_occurrence_n = JX_RWORDS(jx_rw_half_occurrence);

/* "按时报送" against a rule counting late reports: none late (0).  "提前…"
 * ("提前3天报送") is on time too: lateness counts only days after the
 * deadline. */
const char *const jx_rw_on_time[] = { "按时报送", "按时上报", "按时提交", "按期报送", "按期上报",
                                      "准时报送", "准时上报", "及时报送", "及时上报",
                                      "按规定时间报送", "按时完成", "未迟报", "无迟报",
                                      "没有迟报", "未逾期", "无逾期", "未延误", "无延误" };
const size_t jx_rw_on_time_n = JX_RWORDS(jx_rw_on_time);
const char *const jx_rw_early[] = { "提前" };
const size_t jx_rw_early_n = JX_RWORDS(jx_rw_early);
const char *const jx_rw_late[] = { "迟报", "逾期", "延误", "拖延", "延迟", "迟交", "迟", "晚报" };
const size_t jx_rw_late_n = JX_RWORDS(jx_rw_late);

/* "该指标主要考核项目目标依据的充分性": what the item assesses, no score. */
const char *const jx_rw_this_item[] = { "该项指标", "本项指标", "该指标", "本指标", "此指标",
                                        "该项", "本项" };
const size_t jx_rw_this_item_n = JX_RWORDS(jx_rw_this_item);
const char *const jx_rw_assesses[] = { "主要考核", "主要考察", "主要评价", "主要反映", "主要衡量",
                                       "重点考核", "考核", "考察", "反映", "衡量", "用于评价",
                                       "评价" };
const size_t jx_rw_assesses_n = JX_RWORDS(jx_rw_assesses);

/* "按排位打分,每位次按0.25分递减": scoring by rank, then a decrement per place. */
const char *const jx_rw_rank_lead[] = { "按排位", "按排名", "按名次", "按位次", "按照排名",
                                        "按照排位", "按照名次" };
const size_t jx_rw_rank_lead_n = JX_RWORDS(jx_rw_rank_lead);
const char *const jx_rw_rank_place[] = { "每位次", "每名次", "每个名次", "每个位次" };
const size_t jx_rw_rank_place_n = JX_RWORDS(jx_rw_rank_place);

/* Counting words of an actual's listed items ("漏填指标1处"), besides jx_rw_units. */
const char *const jx_rw_count_units[] = { "处", "笔", "次", "个", "项", "起", "件", "份", "条", "天",
                                          "日", "家", "人", "名", "位" };
const size_t jx_rw_count_units_n = JX_RWORDS(jx_rw_count_units);

/* "计划建成面积数全部或超额完成": completion in words at a level's end, as a
 * bound on the rate next to percent bands (RW_GE 100 %, RW_EQ 100 %, RW_GT). */
const jx_rword jx_rw_done_bound[] = {
    {"全部或超额完成", RW_GE, 1}, {"全面或超额完成", RW_GE, 1}, {"完成或超额完成", RW_GE, 1},
    {"超额完成", RW_GT, 1}, {"全部完成", RW_EQ, 1}, {"全面完成", RW_EQ, 1},
};
const size_t jx_rw_done_bound_n = JX_RWORDS(jx_rw_done_bound);
