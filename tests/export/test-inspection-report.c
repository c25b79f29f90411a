/* test-inspection-report.c: the weekly 督查专报. For the week of Thursday
 * 2023-04-13 (Monday the 10th to Sunday the 16th): Wang's project, planned to
 * start in January and not started, is red (three months late); Li's hospital
 * has an issue past its deadline of 04-01 (amber for it); Li's road is fine and is not
 * listed; Li went on site on the 12th and assigned an issue there; Wang's
 * visit of 04-03 is in the week before, so Wang and Zhao (who has a project
 * and no visit) are named as not on site; Zhao's park has an issue not yet
 * due but under 督办, so it is reported too. Gathered (gt-inspection.c), printed
 * and read back with pdftotext, and from the command line with its refusals.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "gt-inspection-report.h"
#include "gt-store-escalation.h"
#include "gt-store-visits.h"
#include "gt-test-util.h"

typedef struct {
  char     *dir;
  char     *db;
  char    **env;
  GtStore  *store;
  gint64    wang, li, zhao;
  gint64    sewage, hospital, road, park;
} Fixture;

static const GtRagRules rules = {
  .amber_start_months = 1,
  .red_start_months = 3,
  .amber_lag_points = 10,
  .red_lag_points = 20,
  .red_milestone_days = 30,
};

static gint64
add_leader (GtStore    *store,
            const char *name,
            const char *title)
{
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GError) error = NULL;

  gt_leader_set_name (leader, name);
  gt_leader_set_title (leader, title);
  g_assert_true (gt_store_add_leader (store, leader, &error));
  g_assert_no_error (error);
  return gt_leader_get_id (leader);
}

static gint64
add_project (GtStore    *store,
             const char *name,
             gint64      leader_id,
             int         start_month,
             gboolean    started)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GDate) start = g_date_new_dmy (15, start_month, 2023);
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  gt_project_set_leader_id (project, leader_id);
  gt_project_set_planned_start (project, start);
  if (started)
    {
      gt_project_set_stage (project, GT_STAGE_UNDER_CONSTRUCTION);
      gt_project_set_actual_start (project, start);
    }
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

static void
add_visit (Fixture    *f,
           gint64      leader,
           int         day,
           gint64      project,
           const char *decisions,
           const char *issue_text)
{
  g_autoptr(GtVisit) visit = gt_visit_new ();
  g_autoptr(GDate) on = g_date_new_dmy (day, G_DATE_APRIL, 2023);
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  gt_visit_set_leader_id (visit, leader);
  gt_visit_set_visited_on (visit, on);
  gt_visit_set_kind (visit, GT_VISIT_ON_SITE);
  gt_visit_add_project_id (visit, project);
  gt_visit_set_decisions (visit, decisions);
  if (issue_text != NULL)
    {
      GtIssue *issue = gt_issue_new ();

      gt_issue_set_project_id (issue, project);
      gt_issue_set_description (issue, issue_text);
      g_ptr_array_add (issues, issue);
    }
  g_assert_true (gt_store_add_visit (f->store, visit, issues, &error));
  g_assert_no_error (error);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GDate) raised = g_date_new_dmy (1, G_DATE_MARCH, 2023);
  g_autoptr(GDate) deadline = g_date_new_dmy (1, G_DATE_APRIL, 2023);

  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "register.guatu", NULL);
  f->env = gt_test_cli_environ (f->dir, NULL);
  f->store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  gt_store_set_year (f->store, 2023);

  f->wang = add_leader (f->store, "王建国", "县委书记");
  f->li = add_leader (f->store, "李志强", "县长");
  f->zhao = add_leader (f->store, "赵文博", "");
  f->sewage = add_project (f->store, "城东污水处理厂", f->wang, 1, FALSE);
  f->hospital = add_project (f->store, "县医院迁建", f->li, 2, TRUE);
  f->road = add_project (f->store, "工业园道路", f->li, 3, TRUE);
  f->park = add_project (f->store, "滨河公园", f->zhao, 3, TRUE);

  gt_issue_set_project_id (issue, f->hospital);
  gt_issue_set_description (issue, "住院楼地块征收未完成");
  gt_issue_set_raised_on (issue, raised);
  gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_leader_id (issue, f->li);
  gt_issue_set_deadline (issue, deadline);
  {
    g_autoptr(GtUnit) unit = gt_unit_new ();

    gt_unit_set_name (unit, "县自然资源局");
    g_assert_true (gt_store_add_unit (f->store, unit, &error));
    gt_issue_set_unit_id (issue, gt_unit_get_id (unit));
  }
  g_assert_true (gt_store_add_issue (f->store, issue, &error));
  g_assert_no_error (error);

  /* Zhao's park: an issue not yet due, but under 督办 by the office. */
  {
    g_autoptr(GtIssue) pressed = gt_issue_new ();
    g_autoptr(GDate) due = g_date_new_dmy (30, G_DATE_JUNE, 2023);
    g_autoptr(GDate) on = g_date_new_dmy (5, G_DATE_APRIL, 2023);

    gt_issue_set_project_id (pressed, f->park);
    gt_issue_set_description (pressed, "园路施工扰民投诉");
    gt_issue_set_raised_on (pressed, raised);
    gt_issue_set_status (pressed, GT_ISSUE_STATUS_ASSIGNED);
    gt_issue_set_unit_id (pressed, gt_issue_get_unit_id (issue));
    gt_issue_set_deadline (pressed, due);
    g_assert_true (gt_store_add_issue (f->store, pressed, &error));
    g_assert_true (gt_store_escalate_issue (f->store, gt_issue_get_id (pressed),
                                            GT_ESCALATION_SUPERVISED, on, NULL, "office",
                                            &error));
    g_assert_no_error (error);
  }

  add_visit (f, f->li, 12, f->hospital, "三日内完成管线迁改", "临时用电未接通");
  add_visit (f, f->wang, 3, f->sewage, "上周的决定", NULL);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  g_strfreev (f->env);
  gt_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return out;
}

/* Without spaces and line ends: a long line wraps where it will. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static gboolean
has_text (const char *haystack,
          const char *needle)
{
  g_autofree char *a = squeeze (haystack);
  g_autofree char *b = squeeze (needle);

  return strstr (a, b) != NULL;
}

static const GtInspectionLeader *
find_leader (const GtInspection *inspection,
             gint64              id)
{
  for (guint i = 0; i < inspection->leaders->len; i++)
    if (((GtInspectionLeader *) inspection->leaders->pdata[i])->leader_id == id)
      return inspection->leaders->pdata[i];
  return NULL;
}

static void
test_week (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GDate) thursday = g_date_new_dmy (13, G_DATE_APRIL, 2023);
  g_autoptr(GDate) sunday = g_date_new_dmy (16, G_DATE_APRIL, 2023);
  g_autoptr(GtInspection) inspection = NULL;
  g_autoptr(GError) error = NULL;
  const GtInspectionLeader *wang, *li;
  const GtInspectionProject *project;
  const GtInspectionVisit *visit;
  GDate monday, end;

  gt_inspection_get_week (sunday, &monday, &end);
  g_assert_cmpint (g_date_get_day (&monday), ==, 10);
  g_assert_cmpint (g_date_get_day (&end), ==, 16);

  inspection = gt_inspection_new (f->store, thursday, &rules, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_day (&inspection->from), ==, 10);
  g_assert_cmpint (g_date_get_day (&inspection->to), ==, 16);
  g_assert_cmpuint (inspection->n_red, ==, 1);
  /* The hospital's overdue issue turns it amber too. */
  g_assert_cmpuint (inspection->n_amber, ==, 1);
  g_assert_cmpuint (inspection->n_problem, ==, 2);
  g_assert_cmpuint (inspection->n_visits, ==, 1);
  g_assert_cmpuint (inspection->n_issues_assigned, ==, 1);
  /* Zhao's park is under supervision: a section, and named as not on site. */
  g_assert_cmpuint (inspection->leaders->len, ==, 3);
  project = find_leader (inspection, f->zhao)->projects->pdata[0];
  g_assert_cmpint (project->project_id, ==, f->park);
  g_assert_cmpuint (project->overdue_issues, ==, 0);
  g_assert_cmpuint (project->supervised_issues, ==, 1);
  g_assert_cmpuint (inspection->idle_leaders->len, ==, 2);
  g_assert_cmpstr (inspection->idle_leaders->pdata[0], ==, "王建国");
  g_assert_cmpstr (inspection->idle_leaders->pdata[1], ==, "赵文博");

  wang = find_leader (inspection, f->wang);
  g_assert_nonnull (wang);
  g_assert_cmpuint (wang->projects->len, ==, 1);
  project = wang->projects->pdata[0];
  g_assert_cmpint (project->project_id, ==, f->sewage);
  g_assert_cmpint (project->rag, ==, GT_RAG_RED);
  g_assert_cmpstr (project->reasons, !=, "");
  g_assert_cmpuint (wang->visits->len, ==, 0);

  li = find_leader (inspection, f->li);
  g_assert_cmpuint (li->projects->len, ==, 1);
  project = li->projects->pdata[0];
  g_assert_cmpint (project->project_id, ==, f->hospital);
  g_assert_cmpint (project->rag, ==, GT_RAG_AMBER);
  g_assert_cmpuint (project->overdue_issues, ==, 1);
  g_assert_cmpuint (li->visits->len, ==, 1);
  visit = li->visits->pdata[0];
  g_assert_cmpstr (visit->decisions, ==, "三日内完成管线迁改");
  g_assert_cmpstr (visit->projects, ==, "县医院迁建");
  g_assert_cmpuint (visit->n_issues, ==, 1);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDate) thursday = g_date_new_dmy (13, G_DATE_APRIL, 2023);
  g_autofree char *pdf = g_build_filename (f->dir, "week.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  g_assert_true (gt_inspection_report_write_pdf (f->store, thursday, &rules, "某县重点项目办",
                                                 pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  text = pdf_text (pdf);
  for (guint i = 0; i < 7; i++)
    {
      static const char *const words[] = {
        "某县重点项目办", "Weekly Inspection Report", "王建国", "城东污水处理厂", "县医院迁建",
        "三日内完成管线迁改", "赵文博",
      };

      if (!has_text (text, words[i]))
        g_error ("“%s” is not in:\n%s", words[i], text);
    }
  g_assert_false (has_text (text, "工业园道路"));
  g_assert_false (has_text (text, "上周的决定"));
  g_assert_true (has_text (text, "滨河公园"));

  /* Never over the register itself. */
  g_assert_false (gt_inspection_report_write_pdf (f->store, thursday, &rules, NULL, f->db,
                                                  NULL, &error));
  g_assert_nonnull (error);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GtTestRun) run = { 0 };
  g_auto(GtTestRun) bad_day = { 0 };
  g_auto(GtTestRun) with_month = { 0 };
  g_auto(GtTestRun) week_alone = { 0 };
  g_auto(GtTestRun) png = { 0 };

  g_clear_object (&f->store);
  gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--export-pdf", pdf,
                      "--chart", "inspection", "--week", "2023-04-13", NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_true (has_text (text, "三日内完成管线迁改"));
  g_assert_true (has_text (text, "县医院迁建"));

  gt_test_run_guatuv (f->dir, f->env, &bad_day, "--database", f->db, "--export-pdf", pdf,
                      "--chart", "inspection", "--week", "2023-13-01", NULL);
  g_assert_cmpint (bad_day.status, ==, 2);
  gt_test_run_guatuv (f->dir, f->env, &with_month, "--database", f->db, "--export-pdf", pdf,
                      "--chart", "inspection", "--month", "2023-04", NULL);
  g_assert_cmpint (with_month.status, ==, 2);
  gt_test_run_guatuv (f->dir, f->env, &week_alone, "--database", f->db, "--export-pdf", pdf,
                      "--chart", "gantt", "--week", "2023-04-13", NULL);
  g_assert_cmpint (week_alone.status, ==, 2);
  gt_test_run_guatuv (f->dir, f->env, &png, "--database", f->db, "--export-png", pdf,
                      "--chart", "inspection", NULL);
  g_assert_cmpint (png.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/inspection-report/week", Fixture, NULL, set_up, test_week, tear_down);
  g_test_add ("/inspection-report/pdf", Fixture, NULL, set_up, test_pdf, tear_down);
  g_test_add ("/inspection-report/cli", Fixture, NULL, set_up, test_cli, tear_down);

  return g_test_run ();
}
