/* test-rag.c: the status light rule, case by case, and over a whole register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-rag.h"
#include "gt-test-util.h"

/* Today is 2026-07-15 in the table: 6 completed months, so 序时进度 is half the
 * plan. A plan of 1,200 yuan makes 1 point = 12 yuan. */
typedef struct {
  const char *what;
  GtStage     stage;
  const char *planned_start;   /* NULL: none */
  const char *actual_start;
  gint64      plan;
  gint64      completed;
  guint       overdue_milestones;
  int         worst_days;
  guint       overdue_issues;
  GtRag       expected;
  guint       reasons;
  int         year;            /* of the plan; 0: today's */
} Case;

static const Case cases[] = {
  { "on target", GT_STAGE_UNDER_CONSTRUCTION, "2026-01-10", "2026-01-10", 1200, 600, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "exactly 10 points behind is still green", GT_STAGE_UNDER_CONSTRUCTION, NULL,
    "2026-01-10", 1200, 480, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "10.1 points behind is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 12000,
    4788, 0, 0, 0, GT_RAG_AMBER, GT_RAG_REASON_INVESTMENT_LAG },
  { "exactly 30 points behind is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10",
    1200, 240, 0, 0, 0, GT_RAG_AMBER, GT_RAG_REASON_INVESTMENT_LAG },
  { "30.1 points behind is red", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 12000,
    1788, 0, 0, 0, GT_RAG_RED, GT_RAG_REASON_INVESTMENT_LAG },
  { "ahead of target", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200, 1200, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "no plan: not judged on investment", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 0,
    0, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "start month not reached", GT_STAGE_PREPARING, "2026-08-01", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "in the planned start month", GT_STAGE_PREPARING, "2026-07-01", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "start missed by 1 month", GT_STAGE_PREPARING, "2026-06-20", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_AMBER, GT_RAG_REASON_LATE_START },
  { "start missed by 2 months", GT_STAGE_SIGNED, "2026-05-01", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_AMBER, GT_RAG_REASON_LATE_START },
  { "start missed by 3 months", GT_STAGE_PLANNED, "2026-04-30", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_RED, GT_RAG_REASON_LATE_START },
  { "start missed across the year end", GT_STAGE_PREPARING, "2025-12-01", NULL, 0, 0, 0, 0,
    0, GT_RAG_RED, GT_RAG_REASON_LATE_START },
  { "unstarted projects are not judged on investment", GT_STAGE_PREPARING, "2026-09-01",
    NULL, 1200, 0, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "a node overdue 30 days is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200,
    600, 1, 30, 0, GT_RAG_AMBER, GT_RAG_REASON_MILESTONE_OVERDUE },
  { "a node overdue 31 days is red", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200,
    600, 2, 31, 0, GT_RAG_RED, GT_RAG_REASON_MILESTONE_OVERDUE },
  { "an overdue issue is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200, 600,
    0, 0, 1, GT_RAG_AMBER, GT_RAG_REASON_ISSUE_OVERDUE },
  { "an overdue issue does not soften red", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10",
    12000, 0, 0, 0, 3, GT_RAG_RED, GT_RAG_REASON_INVESTMENT_LAG | GT_RAG_REASON_ISSUE_OVERDUE },
  { "completed: investment and nodes no longer count", GT_STAGE_COMPLETED, NULL, "2025-03-01",
    1200, 0, 4, 90, 0, GT_RAG_GREEN, 0 },
  { "completed: an overdue issue still counts", GT_STAGE_OPERATING, NULL, "2025-03-01", 0, 0,
    0, 0, 1, GT_RAG_AMBER, GT_RAG_REASON_ISSUE_OVERDUE },
  { "completed long after its planned start: no late start", GT_STAGE_COMPLETED, "2024-01-01",
    NULL, 0, 0, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "under construction without an actual start date: no late start",
    GT_STAGE_UNDER_CONSTRUCTION, "2026-01-01", NULL, 1200, 600, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "an actual start date stops the late-start count", GT_STAGE_PREPARING, "2026-01-01",
    "2026-06-01", 0, 0, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "preparing: not judged on investment, even with an actual start", GT_STAGE_PREPARING,
    NULL, "2026-06-01", 1200, 0, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "a late start (red) and an overdue node are both named", GT_STAGE_SIGNED, "2026-03-01", NULL,
    1200, 0, 1, 5, 0, GT_RAG_RED, GT_RAG_REASON_LATE_START | GT_RAG_REASON_MILESTONE_OVERDUE },
  { "preparing: an overdue node counts", GT_STAGE_PREPARING, "2026-09-01", NULL, 0, 0, 1, 3, 0,
    GT_RAG_AMBER, GT_RAG_REASON_MILESTONE_OVERDUE },
  { "planned: an overdue issue counts", GT_STAGE_PLANNED, NULL, NULL, 0, 0, 0, 0, 2,
    GT_RAG_AMBER, GT_RAG_REASON_ISSUE_OVERDUE },
  /* 3 yuan, 1 done by the end of June: due 1.5, behind 0.5 = 16.7 points. Rounding
   * the target down to 1 yuan first would make it 0 points: green. */
  { "the target is not rounded before comparing", GT_STAGE_UNDER_CONSTRUCTION, NULL,
    "2026-01-10", 3, 1, 0, 0, 0, GT_RAG_AMBER, GT_RAG_REASON_INVESTMENT_LAG },
  { "a past year's plan is due in full", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2025-01-10",
    1200, 1000, 0, 0, 0, GT_RAG_AMBER, GT_RAG_REASON_INVESTMENT_LAG, 2025 },
  { "a past year's plan fully spent", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2025-01-10",
    1200, 1200, 0, 0, 0, GT_RAG_GREEN, 0, 2025 },
  { "nothing of a future year's plan is due yet", GT_STAGE_UNDER_CONSTRUCTION, NULL,
    "2026-01-10", 1200, 0, 0, 0, 0, GT_RAG_GREEN, 0, 2027 },
  { "this year named explicitly", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200, 240,
    0, 0, 0, GT_RAG_AMBER, GT_RAG_REASON_INVESTMENT_LAG, 2026 },
};

static GDate *
parse (const char *iso)
{
  int y, m, d;

  if (iso == NULL)
    return NULL;
  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_new_dmy (d, m, y);
}

static void
test_table (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_JULY, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GDate) planned = parse (c->planned_start);
      g_autoptr(GDate) actual = parse (c->actual_start);
      GtRagInput input = {
        .stage = c->stage, .planned_start = planned, .actual_start = actual,
        .annual_plan = c->plan, .completed = c->completed,
        .overdue_milestones = c->overdue_milestones, .worst_milestone_days = c->worst_days,
        .overdue_issues = c->overdue_issues, .year = c->year,
      };
      guint reasons = 0xffff;
      GtRag rag = gt_rag_judge (gt_rag_rules_default (), &input, today, &reasons);

      g_test_message ("case: %s", c->what);
      g_assert_cmpstr (gt_rag_to_id (rag), ==, gt_rag_to_id (c->expected));
      g_assert_cmpuint (reasons, ==, c->reasons);
    }
}

/* Thresholds other than the defaults, as Preferences may set them. */
static void
test_custom_rules (void)
{
  static const GtRagRules strict = {
    .amber_start_months = 0, .red_start_months = 2,
    .amber_lag_points = 5.0, .red_lag_points = 20.0, .red_milestone_days = 7,
  };
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_JULY, 2026);
  g_autoptr(GDate) this_month = g_date_new_dmy (1, G_DATE_JULY, 2026);
  g_autoptr(GDate) may = g_date_new_dmy (31, G_DATE_MAY, 2026);
  g_autoptr(GDate) next_month = g_date_new_dmy (1, G_DATE_AUGUST, 2026);
  g_autoptr(GDate) started = g_date_new_dmy (1, G_DATE_MARCH, 2026);
  GtRagInput input = { .stage = GT_STAGE_PREPARING, .planned_start = this_month };
  guint reasons;

  g_assert_cmpint (gt_rag_judge (&strict, &input, today, &reasons), ==, GT_RAG_AMBER);
  g_assert_cmpuint (reasons, ==, GT_RAG_REASON_LATE_START);
  input.planned_start = may;
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, NULL), ==, GT_RAG_RED);
  input.planned_start = next_month;
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, &reasons), ==, GT_RAG_GREEN);
  g_assert_cmpuint (reasons, ==, 0);

  /* 1,200 planned, 600 due: 5 points is 60 yuan, 20 points 240. */
  input = (GtRagInput) { .stage = GT_STAGE_UNDER_CONSTRUCTION, .actual_start = started,
                         .annual_plan = 1200, .completed = 540 };
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, NULL), ==, GT_RAG_GREEN);
  input.completed = 539;
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, NULL), ==, GT_RAG_AMBER);
  input.completed = 360;
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, NULL), ==, GT_RAG_AMBER);
  input.completed = 359;
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, NULL), ==, GT_RAG_RED);

  input = (GtRagInput) { .stage = GT_STAGE_UNDER_CONSTRUCTION, .actual_start = started,
                         .overdue_milestones = 1, .worst_milestone_days = 7 };
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, NULL), ==, GT_RAG_AMBER);
  input.worst_milestone_days = 8;
  g_assert_cmpint (gt_rag_judge (&strict, &input, today, NULL), ==, GT_RAG_RED);
}

static void
test_pro_rata (void)
{
  g_autoptr(GDate) january = g_date_new_dmy (20, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) july = g_date_new_dmy (31, G_DATE_JULY, 2026);
  g_autoptr(GDate) december = g_date_new_dmy (31, G_DATE_DECEMBER, 2026);

  g_assert_cmpint (gt_rag_months_elapsed (january), ==, 0);
  g_assert_cmpint (gt_rag_months_elapsed (july), ==, 6);
  g_assert_cmpint (gt_rag_months_elapsed (december), ==, 11);
  g_assert_cmpint (gt_rag_pro_rata_target (1200000000, 0), ==, 0);
  g_assert_cmpint (gt_rag_pro_rata_target (1200000000, 3), ==, 300000000);
  g_assert_cmpint (gt_rag_pro_rata_target (1200000000, 12), ==, 1200000000);
  g_assert_cmpint (gt_rag_pro_rata_target (1200000000, 13), ==, 1200000000);
  g_assert_cmpint (gt_rag_pro_rata_target (1200000000, -1), ==, 0);
  g_assert_cmpint (gt_rag_pro_rata_target (1000, 1), ==, 83);
  /* 12 × 10¹² yuan (more than any county's plan) must not overflow. */
  g_assert_cmpint (gt_rag_pro_rata_target (G_GINT64_CONSTANT (12000000000000), 7), ==,
                   G_GINT64_CONSTANT (7000000000000));
}

static void
test_ids (void)
{
  for (GtRag rag = GT_RAG_GREEN; rag < GT_N_RAGS; rag++)
    {
      GtRag back = GT_N_RAGS;

      g_assert_true (gt_rag_from_id (gt_rag_to_id (rag), &back));
      g_assert_cmpint (back, ==, rag);
      g_assert_nonnull (gt_rag_get_label (rag));
      g_assert_cmpstr (gt_rag_get_mark (rag), !=, "");
    }
  g_assert_cmpstr (gt_rag_to_id (GT_RAG_AMBER), ==, "amber");
  g_assert_false (gt_rag_from_id ("yellow", NULL));
  g_assert_false (gt_rag_from_id (NULL, NULL));
  g_assert_cmpstr (gt_rag_get_mark (GT_RAG_GREEN), !=, gt_rag_get_mark (GT_RAG_RED));
}

static void
test_reasons_text (void)
{
  g_autofree char *none = gt_rag_describe_reasons (0);
  g_autofree char *two = gt_rag_describe_reasons (GT_RAG_REASON_LATE_START |
                                                  GT_RAG_REASON_ISSUE_OVERDUE);
  g_autofree char *all = gt_rag_describe_reasons (0xf);

  g_assert_cmpstr (none, ==, "On schedule");
  g_assert_cmpstr (two, ==, "Not started by the planned start; An assigned issue is overdue");
  g_assert_cmpstr (all, ==, "Not started by the planned start; "
                   "Investment behind the time-proportional target; "
                   "A milestone is overdue; An assigned issue is overdue");
}

/* The tooltip text with its figures; the tests run untranslated. */
static void
test_describe (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_JULY, 2026);
  g_autoptr(GDate) may = g_date_new_dmy (3, G_DATE_MAY, 2026);
  g_autoptr(GDate) june = g_date_new_dmy (30, G_DATE_JUNE, 2026);
  g_autoptr(GDate) started = g_date_new_dmy (1, G_DATE_MARCH, 2026);
  const GtRagRules *rules = gt_rag_rules_default ();
  GtRagInput late = { .stage = GT_STAGE_PREPARING, .planned_start = may,
                      .overdue_issues = 1 };
  GtRagInput lagging = { .stage = GT_STAGE_UNDER_CONSTRUCTION, .actual_start = started,
                         .annual_plan = 1200, .completed = 420, .overdue_milestones = 1,
                         .worst_milestone_days = 1, .overdue_issues = 3 };
  GtRagInput nodes = { .stage = GT_STAGE_UNDER_CONSTRUCTION, .actual_start = started,
                       .overdue_milestones = 4, .worst_milestone_days = 45 };
  GtRagInput fine = { .stage = GT_STAGE_PREPARING, .planned_start = june,
                      .annual_plan = 1200 };
  g_autofree char *late_text = gt_rag_describe (rules, &late, today);
  g_autofree char *lagging_text = gt_rag_describe (rules, &lagging, today);
  g_autofree char *nodes_text = gt_rag_describe (rules, &nodes, today);
  g_autofree char *fine_text = NULL;

  g_assert_cmpstr (late_text, ==, "Start 2 months late; 1 assigned issue overdue");
  g_assert_cmpstr (lagging_text, ==,
                   "Investment 15.0 points behind the time-proportional target; "
                   "A milestone 1 day overdue; 3 assigned issues overdue");
  g_assert_cmpstr (nodes_text, ==, "4 milestones overdue, the worst by 45 days");

  /* One month late is amber; in its planned month it is still on schedule. */
  fine_text = gt_rag_describe (rules, &fine, today);
  g_assert_cmpstr (fine_text, ==, "Start 1 month late");
  g_clear_pointer (&fine_text, g_free);
  fine.planned_start = today;
  fine_text = gt_rag_describe (rules, &fine, today);
  g_assert_cmpstr (fine_text, ==, "On schedule");
}

static void
remove_database (char *dir,
                 char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

static GDate *
days_from (const GDate *today,
           int          days)
{
  GDate *date = g_date_copy (today);

  if (days < 0)
    g_date_subtract_days (date, -days);
  else
    g_date_add_days (date, days);
  return date;
}

static void
add_node (GtStore     *store,
          gint64       project_id,
          const GDate *today,
          int          end_offset,     /* G_MININT: no planned end */
          int          percent,
          gboolean     actual_end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtMilestone) node = gt_milestone_new ();

  gt_milestone_set_project_id (node, project_id);
  gt_milestone_set_name (node, "节点");
  gt_milestone_set_percent (node, percent);
  if (end_offset != G_MININT)
    {
      g_autoptr(GDate) end = days_from (today, end_offset);
      g_autoptr(GDate) start = days_from (today, end_offset - 30);

      gt_milestone_set_planned_start (node, start);
      gt_milestone_set_planned_end (node, end);
      if (actual_end)
        gt_milestone_set_actual_end (node, end);
    }
  g_assert_true (gt_store_add_milestone (store, node, &error));
  g_assert_no_error (error);
}

static GtIssue *
add_issue (GtStore       *store,
           gint64         project_id,
           gint64         unit_id,
           GtIssueStatus  status,
           const GDate   *today,
           int            deadline_offset)
{
  g_autoptr(GError) error = NULL;
  GtIssue *issue = gt_issue_new ();
  g_autoptr(GDate) raised = days_from (today, -100);
  g_autoptr(GDate) deadline = days_from (today, deadline_offset);

  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, "用地指标未落实");
  gt_issue_set_status (issue, status);
  gt_issue_set_unit_id (issue, unit_id);
  gt_issue_set_raised_on (issue, raised);
  gt_issue_set_deadline (issue, deadline);
  if (status == GT_ISSUE_STATUS_RESOLVED)
    {
      gt_issue_set_resolution (issue, "已协调解决");
      gt_issue_set_resolved_on (issue, today);
    }
  g_assert_true (gt_store_add_issue (store, issue, &error));
  g_assert_no_error (error);
  return issue;
}

static GtProject *
add_project (GtStore     *store,
             const char  *name,
             const GDate *actual_start)
{
  g_autoptr(GError) error = NULL;
  GtProject *project = gt_project_new ();

  gt_project_set_name (project, name);
  gt_project_set_stage (project, GT_STAGE_UNDER_CONSTRUCTION);
  gt_project_set_actual_start (project, actual_start);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  return project;
}

/* Every edge of "overdue", on a register built by hand, read one project at a
 * time and in one batch. */
static void
test_input_from_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-rag-XXXXXX", &error);
  g_autofree char *path = gt_test_register_location (dir, "rag.db");
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_JULY, 2026);
  g_autoptr(GDate) started = g_date_new_dmy (1, G_DATE_MARCH, 2026);
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GtProject) other = NULL;
  g_autoptr(GtProject) gone = NULL;
  g_autoptr(GtProject) due_today = NULL;
  g_autoptr(GtProject) raised_only = NULL;
  g_autoptr(GtIssue) deleted_issue = NULL;
  g_autoptr(GtIssue) kept = NULL;
  g_autoptr(GHashTable) all = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  gint64 id, other_id, gone_id, due_today_id, raised_only_id;
  GtRagInput input;

  g_assert_no_error (error);
  gt_store_set_year (store, 2026);
  gt_unit_set_name (unit, "县自然资源局");
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (store, unit, &error));
  g_assert_no_error (error);

  project = add_project (store, "城南物流园", started);
  other = add_project (store, "县医院门诊楼", started);
  gone = add_project (store, "已删除的项目", started);
  due_today = add_project (store, "今日到期的项目", started);
  raised_only = add_project (store, "只有未交办问题的项目", started);
  id = gt_project_get_id (project);
  other_id = gt_project_get_id (other);
  gone_id = gt_project_get_id (gone);
  due_today_id = gt_project_get_id (due_today);
  raised_only_id = gt_project_get_id (raised_only);

  add_node (store, id, today, -31, 50, FALSE);        /* overdue, 31 days */
  add_node (store, id, today, -2, 0, FALSE);          /* overdue, 2 days */
  add_node (store, id, today, -1, 100, FALSE);        /* done: 100% */
  add_node (store, id, today, -5, 90, TRUE);          /* done: has an actual end */
  add_node (store, id, today, 0, 0, FALSE);           /* due today: not yet overdue */
  add_node (store, id, today, 10, 0, FALSE);          /* future */
  add_node (store, id, today, G_MININT, 0, FALSE);    /* no planned end */
  add_node (store, other_id, today, -20, 10, FALSE);  /* amber, another project */
  add_node (store, gone_id, today, -90, 0, FALSE);
  add_node (store, due_today_id, today, 0, 99, FALSE);
  add_node (store, raised_only_id, today, -1, 100, FALSE);
  add_node (store, raised_only_id, today, -60, 80, TRUE);

  g_clear_object (&kept);
  kept = add_issue (store, id, gt_unit_get_id (unit), GT_ISSUE_STATUS_ASSIGNED, today, -1);
  g_clear_object (&kept);
  kept = add_issue (store, id, gt_unit_get_id (unit), GT_ISSUE_STATUS_RAISED, today, -40);
  g_clear_object (&kept);
  kept = add_issue (store, id, gt_unit_get_id (unit), GT_ISSUE_STATUS_ASSIGNED, today, 0);
  g_clear_object (&kept);
  kept = add_issue (store, id, gt_unit_get_id (unit), GT_ISSUE_STATUS_RESOLVED, today, -9);
  g_clear_object (&kept);
  kept = add_issue (store, other_id, gt_unit_get_id (unit), GT_ISSUE_STATUS_ASSIGNED, today,
                    -3);
  g_clear_object (&kept);
  kept = add_issue (store, due_today_id, gt_unit_get_id (unit), GT_ISSUE_STATUS_ASSIGNED,
                    today, 0);
  g_clear_object (&kept);
  kept = add_issue (store, raised_only_id, gt_unit_get_id (unit), GT_ISSUE_STATUS_RAISED,
                    today, -1);
  deleted_issue = add_issue (store, due_today_id, gt_unit_get_id (unit),
                             GT_ISSUE_STATUS_ASSIGNED, today, -3);
  g_assert_true (gt_store_delete_issue (store, deleted_issue, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_delete_project (store, gone, &error));
  g_assert_no_error (error);

  g_assert_true (gt_rag_input_from_store (store, project, today, &input, &error));
  g_assert_no_error (error);
  g_assert_cmpint (input.stage, ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_true (input.actual_start == gt_project_get_actual_start (project));
  g_assert_null (input.planned_start);
  g_assert_cmpint (input.year, ==, 2026);
  g_assert_cmpuint (input.overdue_milestones, ==, 2);
  g_assert_cmpint (input.worst_milestone_days, ==, 31);
  g_assert_cmpuint (input.overdue_issues, ==, 2);

  all = gt_rag_judge_all_with_reasons (store, gt_rag_rules_default (), today, &reasons, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 4);
  g_assert_false (g_hash_table_contains (all, &gone_id));
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (all, &id)), ==, GT_RAG_RED);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (reasons, &id)), ==,
                    GT_RAG_REASON_MILESTONE_OVERDUE | GT_RAG_REASON_ISSUE_OVERDUE);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (all, &other_id)), ==, GT_RAG_AMBER);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (all, &due_today_id)), ==,
                   GT_RAG_GREEN);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (all, &raised_only_id)), ==,
                   GT_RAG_AMBER);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (reasons, &raised_only_id)), ==,
                    GT_RAG_REASON_ISSUE_OVERDUE);

  g_assert_true (gt_rag_input_from_store (store, other, today, &input, &error));
  g_assert_cmpuint (input.overdue_milestones, ==, 1);
  g_assert_cmpint (input.worst_milestone_days, ==, 20);
  g_assert_cmpuint (input.overdue_issues, ==, 1);
  g_assert_true (gt_rag_input_from_store (store, due_today, today, &input, &error));
  g_assert_cmpuint (input.overdue_milestones + input.overdue_issues, ==, 0);
  g_assert_true (gt_rag_input_from_store (store, raised_only, today, &input, &error));
  g_assert_cmpuint (input.overdue_milestones, ==, 0);
  g_assert_cmpuint (input.overdue_issues, ==, 1);

  g_clear_object (&store);
  remove_database (dir, path);
}

/* The batch judgement (two aggregate queries) must agree with judging each
 * project from its own milestones and issues. */
static void
test_judge_all_agrees (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-rag-XXXXXX", &error);
  g_autofree char *path = gt_test_register_location (dir, "demo.db");
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GHashTable) all = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  GListModel *projects;
  guint counts[GT_N_RAGS] = { 0 };
  guint stages[GT_N_STAGES] = { 0 };

  g_assert_no_error (error);
  gt_demo_populate (store, gt_demo_size_default (), today, &error);
  g_assert_no_error (error);

  all = gt_rag_judge_all_with_reasons (store, gt_rag_rules_default (), today, &reasons, &error);
  g_assert_no_error (error);
  projects = gt_store_get_projects (store);
  g_assert_cmpuint (g_hash_table_size (all), ==, g_list_model_get_n_items (projects));

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);
      GtRagInput input;
      guint why = 0;
      GtRag expected, got;

      g_assert_true (gt_rag_input_from_store (store, project, today, &input, &error));
      g_assert_no_error (error);
      expected = gt_rag_judge (gt_rag_rules_default (), &input, today, &why);
      got = GPOINTER_TO_INT (g_hash_table_lookup (all, &id));

      g_assert_cmpstr (gt_rag_to_id (got), ==, gt_rag_to_id (expected));
      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (reasons, &id)), ==, why);
      counts[got]++;
      stages[input.stage]++;
    }

  /* The demo is meant to show every colour on the wall chart, and the check is
   * only worth something if it met every stage. */
  for (guint i = 0; i < GT_N_RAGS; i++)
    g_assert_cmpuint (counts[i], >, 0);
  for (guint i = 0; i < GT_N_STAGES; i++)
    g_assert_cmpuint (stages[i], >, 0);

  g_clear_object (&store);
  remove_database (dir, path);
}

static GDate *
dmy (int year,
     int month,
     int day)
{
  return g_date_new_dmy (day, month, year);
}

/* A project of 2023 (dates NULL when unset), its plan of 2023 in 万元. */
static gint64
add_project_2023 (GtStore     *store,
                  const char  *name,
                  GtStage      stage,
                  const GDate *planned_start,
                  const GDate *actual_start,
                  const GDate *actual_end,
                  gint64       plan_wan)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  gt_project_set_stage (project, stage);
  gt_project_set_planned_start (project, planned_start);
  gt_project_set_actual_start (project, actual_start);
  gt_project_set_actual_end (project, actual_end);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_set_annual_plan (store, gt_project_get_id (project), 2023,
                                           plan_wan * 10000, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

/* Projects of 2023 judged as of a month of 2023, years later: the plan of that
 * year and what was done to the month, and the starts, ends, nodes and issues
 * as they stood then, not as they stand now. */
static void
test_judge_as_of (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-rag-XXXXXX", &error);
  g_autofree char *path = gt_test_register_location (dir, "rag.db");
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GDate) long_ago = dmy (2022, 6, 1);
  g_autoptr(GDate) december = dmy (2022, 12, 1);
  g_autoptr(GDate) march = dmy (2023, 3, 31);
  g_autoptr(GDate) april = dmy (2023, 4, 30);
  g_autoptr(GDate) april_5 = dmy (2023, 4, 5);
  g_autoptr(GDate) may = dmy (2023, 5, 10);
  g_autoptr(GDate) june = dmy (2023, 6, 1);
  g_autoptr(GDate) august = dmy (2023, 8, 1);
  g_autoptr(GtMilestone) milestone = gt_milestone_new ();
  g_autoptr(GtIssue) kept = NULL;
  g_autoptr(GHashTable) lights = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  const struct { int month; gint64 wan; } reports[] = { { 1, 100 }, { 4, 900 } };
  gint64 lagging, late, node, issue, done;

  g_assert_no_error (error);

  /* 100 of a plan of 1,200 by March, 16.7 points behind the 25% due: amber,
   * though April's 900 puts it ahead, and this year it has no plan. */
  lagging = add_project_2023 (store, "一季度滞后的项目", GT_STAGE_UNDER_CONSTRUCTION, NULL,
                              long_ago, NULL, 1200);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();

      gt_monthly_report_set_project_id (report, lagging);
      gt_monthly_report_set_month (report, 2023, reports[i].month);
      gt_monthly_report_set_completed (report, reports[i].wan * 10000);
      g_assert_true (gt_store_save_monthly_report (store, report, &error));
      g_assert_no_error (error);
    }
  /* Building now, but not until June 2023: planned for December 2022, four
   * months unstarted at the end of March. */
  late = add_project_2023 (store, "六月才开工的项目", GT_STAGE_UNDER_CONSTRUCTION, december,
                           june, NULL, 0);
  /* A node due on the last day of March and finished in May: late then. */
  node = add_project_2023 (store, "节点延误的项目", GT_STAGE_UNDER_CONSTRUCTION, NULL,
                           long_ago, NULL, 0);
  gt_milestone_set_project_id (milestone, node);
  gt_milestone_set_name (milestone, "主体封顶");
  gt_milestone_set_planned_start (milestone, december);
  gt_milestone_set_planned_end (milestone, march);
  gt_milestone_set_actual_end (milestone, may);
  gt_milestone_set_percent (milestone, 100);
  g_assert_true (gt_store_add_milestone (store, milestone, &error));
  g_assert_no_error (error);
  /* An issue due on 20 March and resolved on 5 April: overdue then. */
  issue = add_project_2023 (store, "问题逾期的项目", GT_STAGE_UNDER_CONSTRUCTION, NULL,
                            long_ago, NULL, 0);
  kept = add_issue (store, issue, 0, GT_ISSUE_STATUS_RESOLVED, april_5, -16);
  /* Completed in August 2023, with nothing done of its plan by March. */
  done = add_project_2023 (store, "八月竣工的项目", GT_STAGE_COMPLETED, NULL, long_ago, august,
                           1200);

  lights = gt_rag_judge_as_of (store, gt_rag_rules_default (), march, &reasons, &error);
  g_assert_no_error (error);
#define LIGHT(id) GPOINTER_TO_INT (g_hash_table_lookup (lights, &(gint64) { id }))
#define WHY(id) GPOINTER_TO_UINT (g_hash_table_lookup (reasons, &(gint64) { id }))
  g_assert_cmpint (LIGHT (lagging), ==, GT_RAG_AMBER);
  g_assert_cmpuint (WHY (lagging), ==, GT_RAG_REASON_INVESTMENT_LAG);
  g_assert_cmpint (LIGHT (late), ==, GT_RAG_RED);
  g_assert_cmpuint (WHY (late), ==, GT_RAG_REASON_LATE_START);
  g_assert_cmpint (LIGHT (node), ==, GT_RAG_AMBER);
  g_assert_cmpuint (WHY (node), ==, GT_RAG_REASON_MILESTONE_OVERDUE);
  g_assert_cmpint (LIGHT (issue), ==, GT_RAG_AMBER);
  g_assert_cmpuint (WHY (issue), ==, GT_RAG_REASON_ISSUE_OVERDUE);
  g_assert_cmpint (LIGHT (done), ==, GT_RAG_AMBER);
  g_assert_cmpuint (WHY (done), ==, GT_RAG_REASON_INVESTMENT_LAG);
  g_clear_pointer (&lights, g_hash_table_unref);
  g_clear_pointer (&reasons, g_hash_table_unref);

  /* At the end of April: April's 900 puts the first ahead and the issue is
   * resolved; the start is still late, and the node, a month late, red. */
  lights = gt_rag_judge_as_of (store, gt_rag_rules_default (), april, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (LIGHT (lagging), ==, GT_RAG_GREEN);
  g_assert_cmpint (LIGHT (late), ==, GT_RAG_RED);
  g_assert_cmpint (LIGHT (node), ==, GT_RAG_RED);
  g_assert_cmpint (LIGHT (issue), ==, GT_RAG_GREEN);
  g_clear_pointer (&lights, g_hash_table_unref);

  /* And in June, the node done: green. */
  lights = gt_rag_judge_as_of (store, gt_rag_rules_default (), june, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (LIGHT (node), ==, GT_RAG_GREEN);
#undef LIGHT
#undef WHY

  g_clear_object (&store);
  remove_database (dir, path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rag/table", test_table);
  g_test_add_func ("/rag/custom-rules", test_custom_rules);
  g_test_add_func ("/rag/pro-rata", test_pro_rata);
  g_test_add_func ("/rag/ids", test_ids);
  g_test_add_func ("/rag/reasons-text", test_reasons_text);
  g_test_add_func ("/rag/describe", test_describe);
  g_test_add_func ("/rag/input-from-store", test_input_from_store);
  g_test_add_func ("/rag/judge-all-agrees", test_judge_all_agrees);
  g_test_add_func ("/rag/judge-as-of", test_judge_as_of);

  return g_test_run ();
}
