# key | en | zh
rows = """
site.all|All sites|全公司
page.subtitle|Period: {0}    Scope: {1}|统计期间: {0}    范围: {1}
page.generated|Generated {0}    Data run {1}|生成时间 {0}    数据批次 {1}
page.x|Page {0} of|第 {0} 页 /
page.y|{0}|共 {0} 页
pdf.subject|{0}, period {1}, {2}|{0}, 统计期间 {1}, {2}
unit.money|CNY|元
unit.money.value|CNY {0}|{0} 元
headline.mom|vs last month {0}|环比 {0}
headline.mom.half|vs previous half {0}|环比 {0}
headline.mom.year|vs last year {0}|同比 {0}
nodata.section|Nothing this month|本月无数据
nodata.section.half|Nothing this half-year|本半年无数据
nodata.section.year|Nothing this year|本年度无数据
section.truncated|Showing the first {0} of {1} rows; the rest are in the data warehouse.|仅列出前 {0} 条, 共 {1} 条; 其余见数据仓库。
nodata.report|Nothing this month: the warehouse holds no records for this period and scope.|本月无数据: 所选期间和范围内没有任何记录.
nodata.report.half|Nothing this half-year: the warehouse holds no records for this period and scope.|本半年无数据: 所选期间和范围内没有任何记录.
nodata.report.year|Nothing this year: the warehouse holds no records for this period and scope.|本年度无数据: 所选期间和范围内没有任何记录.
complaints.title|Complaint classification report|顾客投诉分类统计表
complaints.totals|Totals and change|投诉总量及环比 / 同比
complaints.record_types|By record type (complaint / suggestion / opinion)|按记录类型 (投诉 / 建议 / 意见)
complaints.resolution_time|Resolution time|处理时长分布
col.record_type|Record type|记录类型
col.invalid|Not valid|不成立
col.resolution_time|Time to resolve|处理时长
metric.res_4h|Within 4 hours|4小时内
metric.res_24h|4 to 24 hours|4 - 24小时
metric.res_3d|1 to 3 days|1 - 3天
metric.res_over_3d|More than 3 days|超过3天
metric.res_open|Not resolved yet|尚未解决
complaints.matrix|Responsible department × cause type|责任部门 × 原因类型
complaints.by_site|By site|按门店 / 项目
complaints.heatmap|Valid complaints per 1,000 visits, department × site|每千次来访有效投诉: 责任部门 × 门店
heatmap.corner|Responsible department|责任部门
heatmap.no_visits|No visits|无来访数据
heatmap.legend|Shading: valid complaints per 1,000 visits, four bands up to the highest department cell|底色: 每千次来访有效投诉, 按最高部门格分四档
note.heatmap|Visits: visitor groups received at the site (每日来电来访统计). Blank: a department of another business line with no complaint at the site. No visits: the site has no visitor count for the period, so no rate.|来访为门店接待的来访批次 (每日来电来访统计)。空白: 非该门店业务线且在该门店无投诉的部门。无来访数据: 该门店本期无来访统计, 不计比率。
complaints.by_channel|By channel|按投诉渠道
complaints.major|Major complaints|重大投诉清单
complaints.repeat|Repeat complainants (two or more complaints in 90 days)|重复投诉客户 (90天内投诉两次及以上)
col.customer_id|Customer no.|客户编号
col.customer|Customer|客户
col.phone|Phone|电话
col.complaints_in_month|This month|本月投诉
col.complaints_90_days|In 90 days|90天内
col.still_open|Still open|未结案
col.first_on|First|首次投诉
col.latest_on|Latest|最近投诉
col.latest_site|Latest at|最近投诉门店
col.latest_dept|Department (latest)|最近责任部门
complaints.countermeasures|Improvement countermeasures|整改措施
col.countermeasure|Countermeasure|整改措施
col.complaints|Complaints|投诉数
col.owner|Owner|负责人
col.due_on|Due|完成期限
complaints.sla|SLA compliance|时效达标情况
complaints.trend|12-month trend, with last year|近12个月趋势 (含去年同期)
complaints.pareto|Pareto of causes|投诉原因排列图
complaints.pareto_table|Causes ranked, cumulative share|原因排序及累计占比
col.metric|Measure|指标
col.current|This month|本月
col.current.half|This half|本半年
col.current.year|This year|本年
col.previous|Last month|上月
col.previous.half|Previous half|上期
col.previous.year|Last year|上年
col.mom|MoM|环比
col.mom.half|vs prev. half|环比
col.mom.year|vs last year|同比
col.mom_pct|MoM %|环比%
col.mom_pct.half|vs prev. half %|环比%
col.mom_pct.year|vs last year %|同比%
col.last_year|Same month LY|去年同月
col.last_year.half|Same half LY|去年同期
col.last_year.year|Last year|上年
col.yoy|YoY|同比
col.yoy_pct|YoY %|同比%
col.dept|Department|责任部门
col.quality|Product quality|产品质量问题
col.service|Service|服务问题
col.other|Other|其他
col.unspecified|Unspecified|未注明
col.pending|Pending|待定
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
metric.open|Open|未关闭
metric.closed|Closed|已关闭
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
col.within_3d_rate|Within 3 days of service|服务后3日内
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
operations.title|Operations overview|运营概况
operations.traffic_by_site|Visitor traffic by site|按门店来电来访
operations.daily|Calls and visits per day|每日来电来访
operations.weekday|Weekday profile and staffing|星期分布及值班人数
operations.weekday_chart|Average calls and visits by weekday|按星期平均来电来访
operations.packages|Orders by package and shoot location|按套系及拍摄地点的订单
operations.payment|Payment status|付款状态
operations.pipeline|Order pipeline by stage|订单进度 (按环节)
operations.rush|Rush orders|加急订单
consumption.title|Consumption and inventory report|物品消耗及库存统计表
consumption.by_category|Consumption by item category and site|按物品类别及门店的消耗
consumption.per_visitor|Consumption per visit (visits are visitor groups)|每批来访消耗 (来访按批次计)
consumption.occasions|Consumption by occasion (meeting hospitality)|按场合的消耗 (含会议接待)
consumption.shrinkage|Waste, expiry, breakage and loss|报废 / 过期 / 破损 / 丢失
consumption.variances|Stock-count variances|盘点差异
consumption.cost|Cost by movement type|按出入库类型的成本
col.calls|Calls|来电
col.visits|Visits|来访
col.first_time|First visits|首次来访
col.sample_room|Sample room|样板间
col.vip|VIP / meeting|VIP / 会议
col.visits_per_day|Visits per day|日均来访
col.weekday|Weekday|星期
col.days|Days|天数
col.avg_calls|Avg calls|平均来电
col.avg_visits|Avg visits|平均来访
col.avg_staff|Avg staff|平均值班
col.visits_per_staff|Visits per staff|人均接待
col.package|Package|套系
col.shoot_location|Location|拍摄地点
col.orders|Orders|订单数
col.amount|Amount|金额
col.addon_amount|Add-ons|加购金额
col.avg_amount|Avg amount|平均金额
col.payment_status|Payment status|付款状态
col.paid|Paid|已付
col.outstanding|Outstanding|未付
col.stage|Stage|环节
col.rush|Rush|加急
col.order_id|Order no.|订单号
col.ordered_on|Ordered|下单日期
col.category|Category|类别
col.cost|Cost|成本
col.cost_share|Cost share|成本占比
col.drinks|Drinks issued|饮品领用
col.drinks_per_visitor|Drinks per visit|每批来访饮品
col.cost_per_visitor|Water-bar cost per visit|水吧每批来访成本
col.occasion|Occasion|场合
col.movements|Lines|笔数
col.reason|Reason|原因
col.qty|Quantity|数量
col.location|Location|位置
col.item|Item|物品
col.book_qty|Book|账面
col.counted_qty|Counted|实盘
col.variance_qty|Variance|差异
col.variance_cost|Variance cost|差异金额
col.movement_type|Movement type|类型
col.counted_on|Counted on|盘点日期
metric.avg_calls|Avg calls|平均来电
metric.avg_visits|Avg visits|平均来访
section.coverage|Data this report rests on|本月数据覆盖情况
section.coverage.half|Data this report rests on|本半年数据覆盖情况
section.coverage.year|Data this report rests on|本年度数据覆盖情况
section.definitions|Definitions: numerator and base of each figure|指标口径: 各指标的分子与基数
col.source|Source|数据来源
col.arrived|This month|本月
col.arrived.half|This half|本半年
col.arrived.year|This year|本年
col.rows|Rows|记录数
col.quarantined|Quarantined (whole export)|隔离行数 (整批)
col.days_missing|Days missing|缺失天数
col.prev_month|Last month|上月
col.prev_month.half|Previous half|上期
col.prev_month.year|Last year|上年
col.ly_month|Same month LY|去年同月
col.ly_month.half|Same half LY|去年同期
col.ly_month.year|Last year|上年
metric.arrived|Arrived|已导入
metric.missing|Missing|未导入
metric.loaded|Loaded|有数据
metric.none|No data|无数据
col.kpi|Figure|指标
col.definition|Definition|口径
col.base_kind|Base is|基数范围
metric.base_received|Received|本月受理
metric.base_received.half|Received|本期受理
metric.base_received.year|Received|本年受理
metric.base_not_resolved|Not resolved that day|当日未解决
metric.base_resolved|Resolved|已解决
metric.not_recorded|Not recorded|未记录
col.members_within_3d|Called within 3 days|3日内回访会员
col.members_within_3d_rate|Of members called|占已回访会员
consumption.by_location|Issue cost by location and category|按位置及类别的领用成本
operations.visit_purpose|Studio visits by purpose and conversion|影楼来访目的及成交
operations.lost_reasons|Shoot enquiries not booked, by reason|拍照咨询未成交原因
col.shoot_enquiries|Shoot enquiries|拍照咨询
col.bookings|Booked|成交
col.conversion_rate|Conversion|成交率
col.proof_viewings|Proof viewings|看样
col.pickups|Pickups|取件
col.enquiries|Enquiries|咨询数
metric.lost.price|Price|价格
metric.lost.comparing|Comparing other studios|货比三家
metric.lost.schedule|Date or schedule|档期不合适
metric.lost.other|Other or not given|其他 / 未注明
consumption.waste_rate|Waste rate of perishables (thrown away or expired vs issued)|易腐品报废率 (报废及过期 / 领用)
consumption.sample_room|Sample-room items (shoe covers)|样板间物品 (鞋套等)
col.drink_tickets|Drink tickets|饮品出单
col.tickets_per_visit|Tickets per visit|每批来访出单
col.consumable_cost|Consumables cost|消耗品成本
col.consumable_per_visit|Consumables per visit|每批消耗品
col.reusable_per_visit|Accessories lent per visit|每批饰品
col.unit|Unit|单位
col.issued_qty|Issued|领用数量
col.wasted_qty|Wasted|报废数量
col.waste_rate|Waste rate|报废率
col.wasted_cost|Waste cost|报废成本
col.tickets|Tickets|出单
col.broken_or_lost|Broken or lost|破损 / 丢失
col.sample_room_visits|Sample room visits|样板间参观
col.per_sample_room_visit|Per visit|每次用量
note.no_waste_limit|No waste limit is set by the business rules: the rate is shown without a target.|公司制度未规定报废率上限: 本表仅列报废率, 不设目标。
col.cost_per_visit|Cost per visit|每批来访成本
col.water_bar_cost|Water-bar cost|水吧成本
col.usage_kind|Kind|性质
metric.reusable|Reusable|可重复使用
metric.consumable|Used up|消耗品
note.no_prev|Last month ({0}) has no data loaded: month-on-month figures print —.|上月 ({0}) 无已导入数据: 环比显示为 —。
note.no_prev.half|The previous half-year ({0}) has no data loaded: comparisons with it print —.|上期 ({0}) 无已导入数据: 环比显示为 —。
note.no_prev.year|Last year ({0}) has no data loaded: year-on-year figures print —.|上年 ({0}) 无已导入数据: 同比显示为 —。
note.no_ly|The same month last year ({1}) has no data loaded: year-on-year figures print —.|去年同月 ({1}) 无已导入数据: 同比显示为 —。
note.no_ly.half|The same half last year ({1}) has no data loaded: year-on-year figures print —.|去年同期 ({1}) 无已导入数据: 同比显示为 —。
note.no_ly.year|Last year ({1}) has no data loaded: year-on-year figures print —.|上年 ({1}) 无已导入数据: 同比显示为 —。
partial.banner|Partial data: these exports had not arrived when this report was made, so the figures they feed are incomplete: {0}|部分数据：制作本报表时以下导出尚未收到，相关数字不完整：{0}
summary.title|Summary: targets and what to act on|月度摘要: 目标达成与待办事项
summary.title.half|Half-year summary: targets and what to act on|半年度摘要: 目标达成与待办事项
summary.title.year|Annual summary: targets and what to act on|年度摘要: 目标达成与待办事项
summary.targets|Targets set by the business's rules|制度目标达成情况
summary.changes|Largest changes against last month|较上月变化最大的三项
summary.changes.half|Largest changes against the previous half|较上期变化最大的三项
summary.changes.year|Largest changes against last year|较上年变化最大的三项
summary.exceptions|To act on|待处理事项
col.issue|What needs action|待处理事项
col.site_or_export|Site / export|门店 / 数据来源
metric.met|Met|达标
metric.at_risk|At risk|临界
metric.missed|Missed|未达标
metric.exc_unresolved|Complaints not resolved (same-day rule)|未解决投诉 (超过当日解决时限)
metric.exc_not_called_back|Resolved complaints not called back|已解决未回访的投诉
metric.exc_members_not_called|Members not called back (100 % rule)|未回访会员 (会员100%回访)
metric.exc_days_missing|Days without a visitor count|缺少来电来访统计的天数
metric.exc_export_missing|Export not received this month|本月未收到的数据
metric.exc_export_missing.half|Export not received in any month of the half|本半年未收到的数据
metric.exc_export_missing.year|Export not received in any month of the year|本年度未收到的数据
metric.cum_share|Cumulative share|累计占比
operations.picked_up_owing|Picked up but still owing money|已取件仍欠款订单
satisfaction.by_site|By site|按门店 / 项目
complaints.open_ageing|Open complaints by age (* deadline: the day of receipt; otherwise the source's due date)|未结投诉账龄 (* 时限为受理当日; 其余为来源系统的截止时间)
complaints.by_category|By the source's complaint category|按来源系统投诉类别
col.open|Open|未结
col.age_days|Age (days)|天数
col.age_band|Age band|账龄
col.deadline|Deadline|截止时间
col.overdue|Overdue|逾期
col.sla_met_rate|Met deadline|按时解决率
metric.in_progress|In progress|处理中
metric.age_0_1d|0-1 days|0-1天
metric.age_2_3d|2-3 days|2-3天
metric.age_4_7d|4-7 days|4-7天
metric.age_8_30d|8-30 days|8-30天
metric.age_over_30d|Over 30 days|30天以上
metric.overdue|Overdue|逾期
metric.not_overdue|On time|未逾期
"""
import os, sys
base = sys.argv[1]
en, zh = [], []
seen = set()
for line in rows.strip().splitlines():
    k, e, z = line.split('|')
    if k in seen:  # a properties file keeps the last of two equal keys: one section would print the other's label
        sys.exit(f"bundles.py: key {k} is defined twice; give one of them its own key")
    seen.add(k)
    en.append(f"{k}={e}"); zh.append(f"{k}={z}")
hdr = "# Generated from reports/tools/bundles.py rows; keep both locales in step.\n"
open(os.path.join(base, 'reports.properties'), 'w', encoding='utf-8').write(hdr + "\n".join(en) + "\n")
open(os.path.join(base, 'reports_zh_CN.properties'), 'w', encoding='utf-8').write(hdr + "\n".join(zh) + "\n")
