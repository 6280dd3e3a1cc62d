# key | en | zh
rows = """
site.all|All sites|全公司
page.subtitle|Period: {0}    Scope: {1}|统计期间: {0}    范围: {1}
page.generated|Generated {0}    Data run {1}|生成时间 {0}    数据批次 {1}
page.x|Page {0} of|第 {0} 页 /
page.y|{0}|共 {0} 页
headline.mom|vs last month {0}|环比 {0}
nodata.section|Nothing this month|本月无数据
nodata.report|Nothing this month: the warehouse holds no records for this period and scope.|本月无数据: 所选期间和范围内没有任何记录.
complaints.title|Complaint classification report|顾客投诉分类统计表
complaints.totals|Totals and change|投诉总量及环比 / 同比
complaints.matrix|Responsible department × cause type|责任部门 × 原因类型
complaints.by_site|By site|按门店 / 项目
complaints.by_channel|By channel|按投诉渠道
complaints.major|Major complaints|重大投诉清单
complaints.sla|SLA compliance|时效达标情况
complaints.trend|13-month trend|近13个月趋势
complaints.pareto|Pareto of causes|投诉原因排列图
complaints.pareto_table|Causes ranked, cumulative share|原因排序及累计占比
col.metric|Measure|指标
col.current|This month|本月
col.previous|Last month|上月
col.mom|MoM|环比
col.mom_pct|MoM %|环比%
col.last_year|Same month LY|去年同月
col.yoy|YoY|同比
col.yoy_pct|YoY %|同比%
col.dept|Department|责任部门
col.quality|Product quality|产品质量问题
col.service|Service|服务问题
col.other|Other|其他
col.total|Total|合计
col.valid|Valid|有效
col.site|Site|门店 / 项目
col.business_line|Business line|业态
col.received|Received|受理
col.closed|Closed|已关闭
col.major|Major|重大
col.closed_rate|Closed rate|关闭率
col.channel|Channel|渠道
col.share|Share|占比
col.id|Complaint no.|投诉编号
col.date|Received|受理日期
col.cause|Cause type|原因类型
col.cause_detail|Department / cause type|责任部门 / 原因类型
col.status|Status|状态
col.hours|Hours to resolve|处理时长(h)
col.compensation|Compensation|赔偿金额
col.sla|Requirement|时效要求
col.met|Met|达标
col.base|Base|基数
col.rate|Rate|达成率
col.target|Target|目标
col.count|Count|件数
col.cum_share|Cumulative|累计占比
metric.received|Received|受理投诉
metric.valid|Valid|有效投诉
metric.invalid|Invalid|无效投诉
metric.open|Open|未关闭
metric.closed|Closed|已关闭
metric.complaints|Complaints|投诉件数
metric.same_day_rate|Resolved same day|当日解决率
metric.resolved_same_day|Resolved on the day of receipt|当日解决
metric.notified_same_day|Notified same day (not resolved that day)|未当日解决者当日告知
metric.callback_done|Callback after handling|处理后回访
metric.callback_within_3d|Callback within 3 days|3日内回访
metric.customer_signed|Customer signed acceptance|顾客签字确认
satisfaction.title|Satisfaction and callbacks report|客户满意度及回访统计表
satisfaction.by_type|Callbacks by type|按回访类型
satisfaction.coverage|Member callback coverage (rule: 100 %)|会员回访覆盖率 (要求 100%)
satisfaction.distribution|Satisfaction distribution (reached callbacks)|满意度分布 (已接通回访)
satisfaction.distribution_chart|Satisfaction distribution chart|满意度分布图
satisfaction.by_item|By service item|按服务项目
satisfaction.by_dept|By department|按服务部门
satisfaction.by_staff|By staff member|按服务人员
satisfaction.aspects|Top dissatisfied aspects|不满意方面排名
satisfaction.suggestions|Customer suggestions|顾客意见和建议
satisfaction.trend|13-month trend of rates|近13个月比率趋势
col.callback_type|Callback type|回访类型
col.callbacks|Callbacks|回访次数
col.reached|Reached|已接通
col.satisfied|Satisfied|满意
col.satisfied_rate|Satisfied rate|满意率
col.within_3d_rate|Within 3 days|3日内完成率
col.members|Members|会员人数
col.members_called|Members called|已回访会员
col.members_not_called|Not called|未回访会员
col.coverage|Coverage|覆盖率
col.result|Result|回访结果
col.service_item|Service item|服务项目
col.dept_provider|Department|服务部门
col.staff|Staff member|服务人员
col.level_satisfied|Satisfied|满意
col.level_neutral|Neutral|一般
col.level_dissatisfied|Dissatisfied|不满意
col.aspect|Dissatisfied aspect|不满意方面
col.mentions|Mentions|次数
col.suggestion|Suggestion|意见 / 建议
col.last_on|Last on|最近日期
metric.callbacks|Callbacks made|回访次数
metric.satisfied_rate|Satisfied rate|满意率
metric.member_coverage|Member coverage|会员回访覆盖率
metric.within_3d_rate|Within 3 days|3日内回访率
"""
import os, sys
base = sys.argv[1]
en, zh = [], []
for line in rows.strip().splitlines():
    k, e, z = line.split('|')
    en.append(f"{k}={e}"); zh.append(f"{k}={z}")
hdr = "# Generated from reports/tools/bundles.py rows; keep both locales in step.\n"
open(os.path.join(base, 'reports.properties'), 'w', encoding='utf-8').write(hdr + "\n".join(en) + "\n")
open(os.path.join(base, 'reports_zh_CN.properties'), 'w', encoding='utf-8').write(hdr + "\n".join(zh) + "\n")
