/* gt-demo-progress.c: what the demo projects report, and what holds them up.
 *
 * Monthly reports and issues for the projects that gt-demo.c made, read off each
 * project's timeline so that they agree with its stage and milestones.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-demo-private.h"

typedef struct {
  const char *description;
  const char *resolution;   /* how such an issue is typically settled (整改) */
} IssueText;

#define N_ISSUE_TEXTS 6

static const IssueText issue_texts[GT_N_ISSUE_CATEGORIES][N_ISSUE_TEXTS] = {
  { { "土地组卷报批未完成，影响项目开工", "已完成土地组卷并报省政府批准，取得用地批复" },
    { "项目用地未纳入国土空间规划，需调整用地布局", "已调整用地布局，规划调整方案获批" },
    { "建设用地指标不足，需申请省级统筹指标", "省级统筹用地指标已下达" },
    { "土地招拍挂程序未完成，用地手续滞后", "已完成土地挂牌出让，签订出让合同" },
    { "占用永久基本农田，需办理调整补划", "永久基本农田调整补划方案已获批复" },
    { "林地使用手续未办理，需报市林业部门审批", "已取得使用林地审核同意书" } },
  { { "项目资本金未足额到位，融资进度滞后", "企业股东增资，资本金已足额到位" },
    { "专项债券资金尚未拨付到位", "专项债券资金已拨付到位" },
    { "银行贷款审批周期长，建设资金缺口较大", "协调县农商行发放项目贷款，资金缺口已解决" },
    { "拖欠施工单位工程款，存在停工风险", "已拨付拖欠工程款，施工单位恢复正常施工" },
    { "中央预算内投资申报未获批，需调整资金来源", "调整为地方政府专项债券支持，资金已落实" },
    { "企业自筹资金紧张，设备采购款未落实", "通过融资租赁落实设备采购资金" } },
  { { "施工许可证尚未办理，无法正式开工", "经容缺受理、并联审批，已取得施工许可证" },
    { "节能审查意见未取得", "已取得节能审查意见" },
    { "建设工程规划许可证办理滞后", "已办理建设工程规划许可证" },
    { "消防设计审查未通过，需修改设计", "设计修改完成，消防设计审查已通过" },
    { "项目核准文件待市发改委批复", "已取得市发改委核准批复" },
    { "水土保持方案尚未批复", "水土保持方案已批复" } },
  { { "项目规划设计方案未通过县规委会审议", "修改后的规划设计方案已通过县规委会审议" },
    { "控制性详细规划需调整，影响方案审批", "控规调整已完成并经县政府批复" },
    { "施工图设计未完成，影响施工招标", "施工图设计已完成并通过审查，招标已启动" },
    { "项目选址与城市道路规划冲突，需调整用地红线", "用地红线已调整，规划条件重新核发" },
    { "初步设计及概算尚未批复", "初步设计及概算已批复" },
    { "规划条件与建设方案不符，需重新论证", "专家论证已完成，建设方案按规划条件调整" } },
  { { "环评批复待省厅审批", "环评已取得省生态环境厅批复" },
    { "排污总量指标未落实", "通过区域削减落实排污总量指标" },
    { "施工扬尘管控不达标，被责令整改", "已落实扬尘治理措施，通过复查验收" },
    { "重污染天气应急管控期间停工，影响工期", "管控解除后增加作业面，工期已追回" },
    { "项目位于饮用水水源保护区周边，环评需补充论证", "补充论证已完成，环评批复已取得" },
    { "能评、环评手续办理滞后", "能评、环评手续均已办结" } },
  { { "地上附着物清表未完成，部分群众未签订补偿协议",
      "属地政府入户做工作，补偿协议全部签订，完成清表" },
    { "高压线路迁改未完成，影响施工", "供电公司完成高压线路迁改" },
    { "坟墓迁移工作推进缓慢", "坟墓迁移已全部完成" },
    { "通信光缆、燃气管道迁改方案未确定", "管线迁改已完成，具备施工条件" },
    { "征地补偿款发放存在争议，群众阻工", "补偿款已足额发放，施工秩序恢复正常" },
    { "企业厂房搬迁补偿未谈妥", "搬迁补偿协议已签订，厂房已腾退" } },
  { { "施工单位人员、机械投入不足，进度滞后", "施工单位增加作业班组和机械设备，进度已追回" },
    { "主体施工遇地下障碍物，需变更设计", "设计变更已批复，恢复施工" },
    { "钢材等原材料价格上涨，施工单位存在停工情况", "协调材料供应并调整价差，施工已恢复正常" },
    { "施工临时用电未接通", "临时用电已接通" },
    { "相邻工程交叉作业，施工组织协调困难", "建立联合调度机制，错峰交叉作业" },
    { "冬季施工措施不到位，混凝土浇筑受影响", "已落实冬季施工保温措施，通过监理验收" } },
  { { "水、电、气、暖等外部配套条件不具备", "外部配套水电气暖已接入" },
    { "招商引资协议履约进度滞后", "经县商务局协调，企业按协议推进" },
    { "周边道路未贯通，原材料运输受限", "周边道路已贯通" },
    { "项目业主股权变更，决策推进缓慢", "已完成股权变更，项目正常推进" },
    { "临时安置房建设滞后，影响群众搬迁", "临时安置房已交付，群众已搬迁" },
    { "企业用工招聘困难，投产准备不足", "人社部门组织专场招聘，用工需求已满足" } },
};

/* Why a project that lags says so in its monthly report. */
static const char * const report_problems[] = {
  "征地拆迁进度缓慢，影响施工作业面",
  "资金到位不足，投资进度滞后于序时进度",
  "受雨季影响，土方施工受阻",
  "设备采购周期延长，安装进度滞后",
  "施工单位人员投入不足，需加强调度",
};

static char *
finished_note (DemoWorks works,
               gboolean  in_operation)
{
  static const char * const operating[N_WORKS] = {
    "已投产达效，运行平稳", "已全容量并网发电", "已竣工交付使用", "已建成通车",
    "已建成投入运行", "已完工并通过验收，交付使用",
  };
  static const char * const completed[N_WORKS] = {
    "已竣工验收，进入试生产", "已竣工，并网调试中", "已竣工验收，办理交付手续",
    "已交工验收，试通车", "已竣工验收，试运行", "已完工，正在组织验收",
  };

  return g_strdup (in_operation ? operating[works] : completed[works]);
}

/* 形象进度: what the works look like at @percent of the way. */
static char *
progress_note (const DemoProject *p,
               int                percent)
{
  int floors = MAX (1, p->floors * (percent - 12) / 38);
  int km_base = MAX (1, p->length_km * (percent - 45) / 30);
  int km_top = MAX (1, p->length_km * (percent - 75) / 20);
  int km_pipe = MAX (1, p->length_km * (percent - 15) / 55);

  switch (p->works)
    {
    case WORKS_PLANT:
      if (percent < 10) return g_strdup ("场地平整完成，桩基础施工");
      if (percent < 35) return g_strdup_printf ("钢结构厂房吊装完成%d%%", percent * 100 / 35);
      if (percent < 55) return g_strdup ("主体厂房封顶，屋面及墙面围护施工");
      if (percent < 85) return g_strdup_printf ("设备安装完成%d%%", (percent - 55) * 100 / 30);
      return g_strdup ("设备调试，具备试生产条件");
    case WORKS_ENERGY:
      if (percent < 15) return g_strdup ("场平及道路施工，基础浇筑");
      if (percent < 50) return g_strdup_printf ("设备基础施工完成%d%%", percent * 100 / 50);
      if (percent < 80) return g_strdup_printf ("设备安装完成%d%%", (percent - 50) * 100 / 30);
      return g_strdup ("升压站设备调试，具备并网条件");
    case WORKS_BUILDING:
      if (percent < 12) return g_strdup ("土方开挖及基础施工");
      if (percent < 50) return g_strdup_printf ("主体结构完成至第%d层", floors);
      if (percent < 65) return g_strdup ("主体结构封顶，二次结构砌筑");
      if (percent < 85) return g_strdup ("外墙保温及室内装饰装修施工");
      return g_strdup ("室外配套及绿化工程施工");
    case WORKS_ROAD:
      if (percent < 15) return g_strdup ("征地清表完成，路基土方施工");
      if (percent < 45) return g_strdup_printf ("路基工程完成%d%%", percent * 100 / 45);
      if (percent < 75) return g_strdup_printf ("完成水稳层%d公里", km_base);
      if (percent < 95) return g_strdup_printf ("沥青路面摊铺%d公里", km_top);
      return g_strdup ("交通安全设施及附属工程施工");
    case WORKS_PIPE:
      if (percent < 15) return g_strdup ("施工准备完成，管材进场");
      if (percent < 70) return g_strdup_printf ("管网敷设完成%d公里", km_pipe);
      if (percent < 90) return g_strdup_printf ("站房设备安装完成%d%%", (percent - 70) * 5);
      return g_strdup ("管网试压、冲洗及路面恢复");
    case WORKS_FIELD:
    default:
      if (percent < 20) return g_strdup ("土地平整及清表施工");
      if (percent < 60) return g_strdup_printf ("主体工程完成%d%%", percent * 100 / 60);
      if (percent < 90) return g_strdup_printf ("配套设施施工完成%d%%", (percent - 60) * 100 / 30);
      return g_strdup ("扫尾工程施工，准备验收");
    }
}

/* How many months each started project reports: 12 (or fewer if it started
 * later), then evened out to the number the size asks for. */
static void
share_reports (Demo  *demo,
               guint  wanted)
{
  GArray *projects = demo->projects;
  guint total = 0;
  gboolean changed = TRUE;

  for (guint i = 0; i < projects->len; i++)
    {
      DemoProject *p = &g_array_index (projects, DemoProject, i);

      p->n_reports = MIN (p->n_months, 12);
      total += p->n_reports;
    }

  if (wanted == 0)
    return;

  /* Too many: take the oldest month from the longest histories first. */
  for (guint level = 12; level > 0 && total > wanted; level--)
    for (guint i = projects->len; i-- > 0 && total > wanted; )
      {
        DemoProject *p = &g_array_index (projects, DemoProject, i);

        if (p->n_reports == level)
          p->n_reports--, total--;
      }

  /* Too few: reach further back, a month at a time, as far as each has started. */
  for (guint level = 12; changed && total < wanted; level++)
    {
      changed = FALSE;
      for (guint i = 0; i < projects->len && total < wanted; i++)
        {
          DemoProject *p = &g_array_index (projects, DemoProject, i);

          if (p->n_reports == level && p->n_months > level)
            {
              p->n_reports++, total++;
              changed = TRUE;
            }
        }
    }
}

static gboolean
add_project_reports (Demo               *demo,
                     const DemoProject  *p,
                     GError            **error)
{
  /* Little gets built around the Spring Festival; December closes the books. */
  static const double season[12] = { 0.65, 0.5, 1.05, 1.1, 1.15, 1.1,
                                     0.95, 0.95, 1.1, 1.15, 1.1, 1.2 };
  DemoRand *r = &demo->rand;
  int first = demo->today_month - (int) p->n_reports + 1;
  int length = MAX (p->actual_end - p->actual_start, 1);
  double per_day = (double) p->total * p->pace / length;
  /* Whole 万元, as the office reports them; until it is finished a project keeps
   * some of its total back (retention, settlement). */
  gint64 limit = (p->stage >= GT_STAGE_COMPLETED ? p->total : p->total * 95 / 100)
                 / GT_YUAN_PER_WAN * GT_YUAN_PER_WAN;
  gint64 done;
  int last_year = 0;

  if (p->n_reports == 0)
    return TRUE;

  /* What was built before the first reported month counts against the total. */
  done = _gt_demo_round_to (per_day * (_gt_demo_month_start (first) - p->actual_start),
                            GT_YUAN_PER_WAN);
  done = MIN (done, limit);

  for (int month = first; month <= demo->today_month; month++)
    {
      g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
      g_autofree char *note = NULL;
      int from = _gt_demo_month_start (month);
      int to = MIN (_gt_demo_month_start (month + 1), demo->today + 1);
      int days = MAX (MIN (to, p->actual_end) - MAX (from, p->actual_start), 0);
      int percent = CLAMP ((to - p->actual_start) * 100 / length, 0, 100);
      gint64 amount;

      amount = _gt_demo_round_to (per_day * days * season[month % 12] *
                                  _gt_demo_rand_between (r, 0.65, 1.35), GT_YUAN_PER_WAN);
      amount = MIN (amount, limit - done);
      done += amount;

      if (to > p->actual_end)
        note = finished_note (p->works,
                              p->stage == GT_STAGE_OPERATING && to > p->actual_end + 90);
      else
        note = progress_note (p, percent);

      gt_monthly_report_set_project_id (report, p->id);
      gt_monthly_report_set_month (report, month / 12, month % 12 + 1);
      gt_monthly_report_set_completed (report, amount);
      gt_monthly_report_set_percent (report, percent);
      gt_monthly_report_set_progress_note (report, note);
      if (p->lagging && to <= p->actual_end && _gt_demo_rand_below (r, 3) == 0)
        gt_monthly_report_set_problems (report, PICK (r, report_problems));
      if (!gt_store_save_monthly_report (demo->store, report, error))
        return FALSE;

      /* Each year that has reports has a plan to measure them against. */
      if (month / 12 != last_year)
        {
          int year = last_year = month / 12;
          gint64 plan = _gt_demo_plan_for_year (demo, p, year);

          if (year != gt_store_get_year (demo->store) && plan > 0 &&
              !gt_store_set_annual_plan (demo->store, p->id, year, plan, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The year's plan of projects without reports, when the store's year is another. */
static gboolean
add_plan_of_year (Demo               *demo,
                  const DemoProject  *p,
                  GError            **error)
{
  gint64 plan;

  if (p->n_reports > 0 || demo->year == gt_store_get_year (demo->store))
    return TRUE;

  plan = _gt_demo_plan_for_year (demo, p, demo->year);
  return plan == 0 || gt_store_set_annual_plan (demo->store, p->id, demo->year, plan, error);
}

gboolean
_gt_demo_add_reports (Demo    *demo,
                      guint    n_reports,
                      GError **error)
{
  share_reports (demo, n_reports);

  for (guint i = 0; i < demo->projects->len; i++)
    {
      const DemoProject *p = &g_array_index (demo->projects, DemoProject, i);

      if (!add_project_reports (demo, p, error) || !add_plan_of_year (demo, p, error))
        return FALSE;
    }

  return TRUE;
}

static GtIssueCategory
pick_category (Demo    *demo,
               GtStage  stage)
{
  /* Before the works: land, permits, demolition; during them: building and money. */
  static const guint8 before[GT_N_ISSUE_CATEGORIES] = { 30, 10, 20, 12, 8, 15, 0, 5 };
  static const guint8 during[GT_N_ISSUE_CATEGORIES] = { 8, 20, 7, 5, 10, 10, 30, 10 };
  const guint8 *weights = stage < GT_STAGE_UNDER_CONSTRUCTION ? before : during;
  guint roll = _gt_demo_rand_below (&demo->rand, 100);

  for (guint c = 0; c < GT_N_ISSUE_CATEGORIES; c++)
    {
      if (roll < weights[c])
        return (GtIssueCategory) c;
      roll -= weights[c];
    }
  return GT_ISSUE_CATEGORY_OTHER;
}

static gint64
unit_for_issue (Demo              *demo,
                const DemoProject *p,
                GtIssueCategory    category)
{
  switch (category)
    {
    case GT_ISSUE_CATEGORY_LAND:
    case GT_ISSUE_CATEGORY_PLANNING: return demo->dept_ids[DEPT_LAND];
    case GT_ISSUE_CATEGORY_FUNDING: return demo->dept_ids[DEPT_FINANCE];
    case GT_ISSUE_CATEGORY_PERMITS: return demo->dept_ids[DEPT_APPROVAL];
    case GT_ISSUE_CATEGORY_ENVIRONMENT: return demo->dept_ids[DEPT_ENV];
    case GT_ISSUE_CATEGORY_DEMOLITION: return p->locality_id;
    case GT_ISSUE_CATEGORY_CONSTRUCTION: return demo->dept_ids[DEPT_HOUSING];
    case GT_ISSUE_CATEGORY_OTHER:
    default: return p->unit_id;
    }
}

gboolean
_gt_demo_add_issues (Demo    *demo,
                     guint    n_issues,
                     GError **error)
{
  /* Most issues of a year are dealt with; some wait, a few are late. */
  static const GtIssueStatus pattern[16] = {
    GT_ISSUE_STATUS_CLOSED, GT_ISSUE_STATUS_CLOSED, GT_ISSUE_STATUS_RESOLVED,
    GT_ISSUE_STATUS_ASSIGNED, GT_ISSUE_STATUS_CLOSED, GT_ISSUE_STATUS_RAISED,
    GT_ISSUE_STATUS_ASSIGNED, GT_ISSUE_STATUS_CLOSED, GT_ISSUE_STATUS_RESOLVED,
    GT_ISSUE_STATUS_ASSIGNED, GT_ISSUE_STATUS_CLOSED, GT_ISSUE_STATUS_CLOSED,
    GT_ISSUE_STATUS_RAISED, GT_ISSUE_STATUS_RESOLVED, GT_ISSUE_STATUS_ASSIGNED,
    GT_ISSUE_STATUS_CLOSED,
  };
  DemoRand *r = &demo->rand;
  g_autoptr(GArray) open_pool = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) done_pool = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_assigned = 0;

  /* Open issues hold up projects that are not finished; old ones may be anywhere
   * past the idea stage. */
  for (guint i = 0; i < demo->projects->len; i++)
    {
      GtStage stage = g_array_index (demo->projects, DemoProject, i).stage;

      if (stage >= GT_STAGE_SIGNED && stage <= GT_STAGE_UNDER_CONSTRUCTION)
        g_array_append_val (open_pool, i);
      if (stage >= GT_STAGE_SIGNED)
        g_array_append_val (done_pool, i);
    }

  for (guint i = 0; i < n_issues && demo->projects->len > 0; i++)
    {
      g_autoptr(GtIssue) issue = gt_issue_new ();
      GtIssueStatus status = pattern[i % G_N_ELEMENTS (pattern)];
      GArray *pool = gt_issue_status_is_open (status) ? open_pool : done_pool;
      const DemoProject *p;
      const IssueText *text;
      GtIssueCategory category;
      int raised, deadline = 0, resolved = 0, closed = 0;
      GDate date;

      if (pool->len > 0)
        p = &g_array_index (demo->projects, DemoProject,
                            g_array_index (pool, guint, _gt_demo_rand_below (r, pool->len)));
      else
        p = &g_array_index (demo->projects, DemoProject,
                            _gt_demo_rand_below (r, demo->projects->len));
      /* The first eight cover every category. */
      category = i < GT_N_ISSUE_CATEGORIES ? (GtIssueCategory) i
                                           : pick_category (demo, p->stage);
      text = &issue_texts[category][_gt_demo_rand_below (r, N_ISSUE_TEXTS)];

      switch (status)
        {
        case GT_ISSUE_STATUS_RAISED:
          raised = demo->today - _gt_demo_rand_range (r, 0, 25);
          break;
        case GT_ISSUE_STATUS_ASSIGNED:
          raised = demo->today - _gt_demo_rand_range (r, 10, 150);
          if (n_assigned++ % 5 < 2)
            {
              int lead;

              deadline = demo->today - _gt_demo_rand_range (r, 1, 30);
              /* MIN() evaluates its arguments twice: draw the number first. */
              lead = deadline - _gt_demo_rand_range (r, 10, 45);
              raised = MIN (raised, lead);
            }
          else
            deadline = demo->today + _gt_demo_rand_range (r, 1, 60);
          break;
        case GT_ISSUE_STATUS_RESOLVED:
        case GT_ISSUE_STATUS_CLOSED:
        default:
          raised = demo->today - _gt_demo_rand_range (r, 30, 330);
          deadline = raised + _gt_demo_rand_range (r, 15, 60);
          resolved = raised + _gt_demo_rand_range (r, 7, 90);
          resolved = MIN (resolved, demo->today);
          if (status == GT_ISSUE_STATUS_CLOSED)
            {
              closed = resolved + _gt_demo_rand_range (r, 3, 30);
              closed = MIN (closed, demo->today);
            }
          break;
        }

      gt_issue_set_project_id (issue, p->id);
      gt_issue_set_description (issue, text->description);
      gt_issue_set_category (issue, category);
      gt_issue_set_status (issue, status);
      _gt_demo_set_julian (&date, raised);
      gt_issue_set_raised_on (issue, &date);
      if (deadline != 0)
        {
          gt_issue_set_unit_id (issue, unit_for_issue (demo, p, category));
          gt_issue_set_leader_id (issue, p->leader_id);
          _gt_demo_set_julian (&date, deadline);
          gt_issue_set_deadline (issue, &date);
        }
      if (resolved != 0)
        {
          gt_issue_set_resolution (issue, text->resolution);
          _gt_demo_set_julian (&date, resolved);
          gt_issue_set_resolved_on (issue, &date);
        }
      if (closed != 0)
        {
          _gt_demo_set_julian (&date, closed);
          gt_issue_set_closed_on (issue, &date);
        }

      /* The last few are drawn, so that what follows draws as before, but the
       * visits assign issues of their own in their place and status
       * (gt-demo-visits.c): the counts by status are what they were. */
      if (i + demo->spot_issues >= n_issues)
        {
          demo->spot_status[i + demo->spot_issues - n_issues] = status;
          continue;
        }
      if (!gt_store_add_issue (demo->store, issue, error))
        return FALSE;
    }

  return TRUE;
}
