/* test-summary.c: the demo register keeps its promises, and the summary figures
 * agree with an independent count made by walking the store's live objects.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-store.h"
#include "gt-summary.h"
#include "gt-test-util.h"

#define YEAR 2026

typedef struct {
  char    *dir;
  GtStore *store;
  GDate    today;
} Fixture;

static GtStore *
open_demo (const char       *dir,
           const char       *name,
           const GtDemoSize *size,
           const GDate      *today)
{
  g_autofree char *path = gt_test_register_location (dir, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;

  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_demo_populate (store, size, today, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("guatu-summary-XXXXXX", &error);
  g_assert_no_error (error);
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 15, G_DATE_NOVEMBER, YEAR);
  f->store = open_demo (f->dir, "demo.db", gt_demo_size_default (), &f->today);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
}

/* A small strict JSON reader: checks the syntax of the whole text and collects
 * every scalar under its dotted path ("issues.total" → "48"). */

typedef struct {
  const char *p;
  GHashTable *values;
  GString    *path;
} Json;

static gboolean json_value (Json *j);

static void
json_space (Json *j)
{
  while (*j->p == ' ' || *j->p == '\n' || *j->p == '\r' || *j->p == '\t')
    j->p++;
}

static gboolean
json_string (Json    *j,
             GString *out)
{
  if (*j->p++ != '"')
    return FALSE;

  while (*j->p != '"')
    {
      if ((guchar) *j->p < 0x20)
        return FALSE;
      if (*j->p == '\\')
        {
          j->p++;
          if (*j->p == 'u')
            {
              for (int i = 1; i <= 4; i++)
                if (!g_ascii_isxdigit (j->p[i]))
                  return FALSE;
              j->p += 4;
            }
          else if (strchr ("\"\\/bfnrt", *j->p) == NULL || *j->p == '\0')
            return FALSE;
        }
      g_string_append_c (out, *j->p++);
    }
  j->p++;

  return TRUE;
}

static gboolean
json_scalar (Json *j)
{
  const char *start = j->p;

  if (g_str_has_prefix (j->p, "true") || g_str_has_prefix (j->p, "null"))
    j->p += 4;
  else if (g_str_has_prefix (j->p, "false"))
    j->p += 5;
  else
    {
      if (*j->p == '-')
        j->p++;
      if (*j->p == '0')
        j->p++;
      else if (g_ascii_isdigit (*j->p))
        while (g_ascii_isdigit (*j->p))
          j->p++;
      else
        return FALSE;
      if (*j->p == '.')
        {
          j->p++;
          if (!g_ascii_isdigit (*j->p))
            return FALSE;
          while (g_ascii_isdigit (*j->p))
            j->p++;
        }
      if (*j->p == 'e' || *j->p == 'E')
        {
          j->p++;
          if (*j->p == '+' || *j->p == '-')
            j->p++;
          if (!g_ascii_isdigit (*j->p))
            return FALSE;
          while (g_ascii_isdigit (*j->p))
            j->p++;
        }
    }

  return g_hash_table_insert (j->values, g_strdup (j->path->str),
                              g_strndup (start, (gsize) (j->p - start)));
}

static gboolean
json_container (Json *j)
{
  gboolean object = *j->p == '{';
  char close = object ? '}' : ']';
  gsize path_len = j->path->len;
  guint index = 0;

  j->p++;
  json_space (j);
  if (*j->p == close)
    {
      j->p++;
      return TRUE;
    }

  for (;; index++)
    {
      if (path_len > 0)
        g_string_append_c (j->path, '.');
      if (object)
        {
          json_space (j);
          if (!json_string (j, j->path))
            return FALSE;
          json_space (j);
          if (*j->p++ != ':')
            return FALSE;
        }
      else
        g_string_append_printf (j->path, "%u", index);

      if (!json_value (j))
        return FALSE;
      g_string_truncate (j->path, path_len);

      json_space (j);
      if (*j->p == close)
        {
          j->p++;
          return TRUE;
        }
      if (*j->p++ != ',')
        return FALSE;
    }
}

static gboolean
json_value (Json *j)
{
  json_space (j);
  if (*j->p == '{' || *j->p == '[')
    return json_container (j);
  if (*j->p == '"')
    {
      g_autoptr(GString) text = g_string_new (NULL);

      return json_string (j, text) &&
             g_hash_table_insert (j->values, g_strdup (j->path->str),
                                  g_string_free (g_steal_pointer (&text), FALSE));
    }
  return json_scalar (j);
}

/* NULL when @text is not valid JSON (or repeats a key). */
static GHashTable *
json_parse (const char *text)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                        g_free, g_free);
  g_autoptr(GString) path = g_string_new (NULL);
  Json j = { text, values, path };

  if (!json_value (&j))
    return NULL;
  json_space (&j);
  if (*j.p != '\0')
    return NULL;

  return g_steal_pointer (&values);
}

static gint64
json_int (GHashTable *values,
          const char *path)
{
  const char *text = g_hash_table_lookup (values, path);
  char *end = NULL;
  gint64 value;

  g_assert_nonnull (text);
  value = g_ascii_strtoll (text, &end, 10);
  g_assert_true (end != NULL && *end == '\0');

  return value;
}

static void
test_json_reader (void)
{
  g_autoptr(GHashTable) ok = json_parse ("{\"a\": [1, {\"b\": -2.5e3}], \"c\": \"x\\\"y\"}");
  static const char * const bad[] = {
    "", "{", "{\"a\": 1,}", "{\"a\" 1}", "{\"a\": 01}", "[1 2]", "{\"a\": 1} x",
    "{\"a\": 1, \"a\": 2}", "{a: 1}", "{\"a\": tru}",
  };

  g_assert_nonnull (ok);
  g_assert_cmpstr (g_hash_table_lookup (ok, "a.0"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (ok, "a.1.b"), ==, "-2.5e3");
  g_assert_cmpstr (g_hash_table_lookup (ok, "c"), ==, "x\"y");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GHashTable) values = json_parse (bad[i]);

      g_assert_null (values);
    }
}

/* The same figures, counted from the live objects the views show. */
static void
count_by_walking (GtStore     *store,
                  const GDate *today,
                  GtSummary   *expected)
{
  GListModel *projects = gt_store_get_projects (store);
  GListModel *issues = gt_store_get_issues (store);

  memset (expected, 0, sizeof *expected);
  expected->year = YEAR;
  gt_store_set_year (store, YEAR);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);

      expected->projects++;
      expected->total_investment += gt_project_get_total_investment (project);
      expected->annual_plan += gt_store_get_annual_plan (store, id, YEAR);
      g_assert_cmpint (gt_project_get_annual_plan (project), ==,
                       gt_store_get_annual_plan (store, id, YEAR));
      expected->completed += gt_project_get_completed (project);
      expected->by_stage[gt_project_get_stage (project)]++;
    }

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      /* Issues of a deleted project left the register with it. */
      if (gt_store_lookup_project (store, gt_issue_get_project_id (issue)) == NULL)
        continue;

      expected->issues_total++;
      switch (gt_issue_get_status (issue))
        {
        case GT_ISSUE_STATUS_RAISED:
        case GT_ISSUE_STATUS_ASSIGNED:
          expected->issues_open++;
          break;
        case GT_ISSUE_STATUS_RESOLVED:
          expected->issues_resolved++;
          break;
        case GT_ISSUE_STATUS_CLOSED:
        default:
          expected->issues_closed++;
          break;
        }
      if (gt_issue_is_overdue (issue, today))
        expected->issues_overdue++;
    }
}

static void
assert_summary_equal (const GtSummary *a,
                      const GtSummary *b)
{
  g_assert_cmpint (a->year, ==, b->year);
  g_assert_cmpuint (a->projects, ==, b->projects);
  g_assert_cmpint (a->total_investment, ==, b->total_investment);
  g_assert_cmpint (a->annual_plan, ==, b->annual_plan);
  g_assert_cmpint (a->completed, ==, b->completed);
  for (guint s = 0; s < GT_N_STAGES; s++)
    g_assert_cmpuint (a->by_stage[s], ==, b->by_stage[s]);
  g_assert_cmpuint (a->issues_total, ==, b->issues_total);
  g_assert_cmpuint (a->issues_open, ==, b->issues_open);
  g_assert_cmpuint (a->issues_resolved, ==, b->issues_resolved);
  g_assert_cmpuint (a->issues_closed, ==, b->issues_closed);
  g_assert_cmpuint (a->issues_overdue, ==, b->issues_overdue);
}

static void
assert_json_matches (const char      *json,
                     const GtSummary *expected)
{
  g_autoptr(GHashTable) values = json_parse (json);

  g_assert_nonnull (values);
  g_assert_cmpint (json_int (values, "year"), ==, expected->year);
  g_assert_cmpint (json_int (values, "projects"), ==, expected->projects);
  g_assert_cmpint (json_int (values, "total_investment_yuan"), ==,
                   expected->total_investment);
  g_assert_cmpint (json_int (values, "annual_plan_yuan"), ==, expected->annual_plan);
  g_assert_cmpint (json_int (values, "completed_yuan"), ==, expected->completed);
  for (guint s = 0; s < GT_N_STAGES; s++)
    {
      g_autofree char *key = g_strconcat ("by_stage.", gt_stage_to_id ((GtStage) s), NULL);

      g_assert_cmpint (json_int (values, key), ==, expected->by_stage[s]);
    }
  g_assert_cmpint (json_int (values, "issues.total"), ==, expected->issues_total);
  g_assert_cmpint (json_int (values, "issues.open"), ==, expected->issues_open);
  g_assert_cmpint (json_int (values, "issues.resolved"), ==, expected->issues_resolved);
  g_assert_cmpint (json_int (values, "issues.closed"), ==, expected->issues_closed);
  g_assert_cmpint (json_int (values, "issues.overdue"), ==, expected->issues_overdue);
  /* Nothing more than the header promises: 7 top-level scalars, 6 stages, 5 issues. */
  g_assert_cmpuint (g_hash_table_size (values), ==, 5 + GT_N_STAGES + 5);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;
  GtSummary summary, expected;

  gt_summary_compute (f->store, YEAR, &f->today, &summary, &error);
  g_assert_no_error (error);
  count_by_walking (f->store, &f->today, &expected);
  assert_summary_equal (&summary, &expected);

  /* Figures worth summing up at all. */
  g_assert_cmpint (summary.annual_plan, >, 0);
  g_assert_cmpint (summary.completed, >, summary.annual_plan / 4);
  g_assert_cmpint (summary.completed, <, summary.annual_plan * 3 / 2);
  g_assert_cmpint (summary.annual_plan, <, summary.total_investment);

  json = gt_summary_to_json (&summary);
  assert_json_matches (json, &expected);

  /* The tests run untranslated, in the C locale. */
  text = gt_summary_to_text (&summary);
  line = g_strdup_printf ("Projects: %u\n", expected.projects);
  g_assert_nonnull (strstr (text, line));
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("Found %u issues, %u resolved, %u in hand, %u overdue\n",
                          expected.issues_total,
                          expected.issues_resolved + expected.issues_closed,
                          expected.issues_open, expected.issues_overdue);
  g_assert_nonnull (strstr (text, line));
  for (guint s = 0; s < GT_N_STAGES; s++)
    {
      g_clear_pointer (&line, g_free);
      line = g_strdup_printf ("  %s: %u\n", gt_stage_get_label ((GtStage) s),
                              expected.by_stage[s]);
      g_assert_nonnull (strstr (text, line));
    }
}

/* A year with nothing in it: only the register itself counts, as it stands
 * (projects are not dated), and the issues found by that year's end: none,
 * for every issue of the demo is dated, and years later. */
static void
test_other_year (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtSummary this_year, long_ago;

  gt_summary_compute (f->store, YEAR, &f->today, &this_year, &error);
  g_assert_no_error (error);
  gt_summary_compute (f->store, 1990, &f->today, &long_ago, &error);
  g_assert_no_error (error);

  g_assert_cmpint (long_ago.year, ==, 1990);
  g_assert_cmpuint (long_ago.projects, ==, this_year.projects);
  g_assert_cmpint (long_ago.total_investment, ==, this_year.total_investment);
  g_assert_cmpint (long_ago.annual_plan, ==, 0);
  g_assert_cmpint (long_ago.completed, ==, 0);
  g_assert_cmpuint (this_year.issues_total, >, 0);
  g_assert_cmpuint (long_ago.issues_total, ==, 0);
  g_assert_cmpuint (long_ago.issues_overdue, ==, 0);
}

static int
month_index (int year,
             int month)
{
  return year * 12 + month - 1;
}

/* Every started project reports each month since its start, at most the last 12,
 * up to today's month; the year's reports add up to the project's figure. */
static void
assert_reports (GtStore     *store,
                GtProject   *project,
                const GDate *today,
                guint       *n_behind,
                guint       *n_ahead)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  const GDate *start = gt_project_get_actual_start (project);
  int today_month = month_index (g_date_get_year (today), g_date_get_month (today));
  guint wanted = 0;
  gint64 in_year = 0, in_all = 0;
  gint64 plan = gt_project_get_annual_plan (project);

  reports = gt_store_list_monthly_reports (store, gt_project_get_id (project), &error);
  g_assert_no_error (error);
  if (start != NULL)
    wanted = (guint) MIN (12, today_month -
                              month_index (g_date_get_year (start), g_date_get_month (start)) + 1);
  g_assert_cmpuint (reports->len, ==, wanted);

  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *report = g_ptr_array_index (reports, i);

      g_assert_cmpint (month_index (gt_monthly_report_get_year (report),
                                    gt_monthly_report_get_month (report)),
                       ==, today_month - (int) (reports->len - 1 - i));
      g_assert_cmpint (gt_monthly_report_get_completed (report), >=, 0);
      g_assert_cmpint (gt_monthly_report_get_completed (report) % 10000, ==, 0);
      g_assert_cmpstr (gt_monthly_report_get_progress_note (report), !=, "");
      in_all += gt_monthly_report_get_completed (report);
      if (gt_monthly_report_get_year (report) == YEAR)
        in_year += gt_monthly_report_get_completed (report);
    }
  g_assert_cmpint (in_year, ==, gt_project_get_completed (project));
  g_assert_cmpint (in_all, <=, gt_project_get_total_investment (project));

  /* 序时进度 by November is 11/12 of the plan; 10 points short of it is behind. */
  if (start != NULL && g_date_get_year (start) < YEAR && plan > 0 &&
      gt_project_get_stage (project) == GT_STAGE_UNDER_CONSTRUCTION)
    {
      if (in_year * 12 * 100 < plan * (11 * 100 - 120))
        (*n_behind)++;
      else if (in_year * 12 > plan * 11)
        (*n_ahead)++;
    }
}

static void
assert_milestones (GtStore     *store,
                   GtProject   *project,
                   const GDate *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) milestones = NULL;
  GtStage stage = gt_project_get_stage (project);

  milestones = gt_store_list_milestones (store, gt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (milestones->len, ==, 7);

  for (guint i = 0; i < milestones->len; i++)
    {
      GtMilestone *milestone = g_ptr_array_index (milestones, i);
      const GDate *actual_start = gt_milestone_get_actual_start (milestone);
      const GDate *actual_end = gt_milestone_get_actual_end (milestone);
      int percent = gt_milestone_get_percent (milestone);

      g_assert_cmpint (gt_milestone_get_position (milestone), ==, (int) i);
      g_assert_cmpstr (gt_milestone_get_name (milestone), !=, "");
      g_assert_nonnull (gt_milestone_get_planned_start (milestone));
      g_assert_nonnull (gt_milestone_get_planned_end (milestone));
      g_assert_cmpint (g_date_compare (gt_milestone_get_planned_start (milestone),
                                       gt_milestone_get_planned_end (milestone)), <=, 0);

      /* Done, under way or not begun, and never in the future. */
      g_assert_cmpint (percent == 100, ==, actual_end != NULL);
      g_assert_cmpint (percent > 0, ==, actual_start != NULL);
      if (actual_start != NULL)
        g_assert_cmpint (g_date_compare (actual_start, today), <=, 0);
      if (actual_end != NULL)
        g_assert_cmpint (g_date_compare (actual_end, today), <=, 0);
    }

  /* 开工准备 is done once the works have started; 主体施工 not begun before. */
  if (stage >= GT_STAGE_UNDER_CONSTRUCTION)
    g_assert_cmpint (gt_milestone_get_percent (g_ptr_array_index (milestones, 2)), ==, 100);
  else
    g_assert_cmpint (gt_milestone_get_percent (g_ptr_array_index (milestones, 3)), ==, 0);
  if (stage >= GT_STAGE_COMPLETED)
    g_assert_cmpint (gt_milestone_get_percent (g_ptr_array_index (milestones, 5)), ==, 100);
  if (stage == GT_STAGE_OPERATING)
    g_assert_cmpint (gt_milestone_get_percent (g_ptr_array_index (milestones, 6)), ==, 100);
}

static void
assert_project (GtStore     *store,
                GtProject   *project,
                const GDate *today)
{
  GtStage stage = gt_project_get_stage (project);
  const GDate *actual_start = gt_project_get_actual_start (project);
  const GDate *actual_end = gt_project_get_actual_end (project);
  /* The national shape (YYMM-RRRRRR-DD-TT-NNNNNC, gt-project-code.h). */
  g_autoptr(GRegex) code = g_regex_new ("^[0-9]{2}(0[1-9]|1[0-2])-130523-[0-9]{2}-0[123]-"
                                        "[0-9]{6}$", 0, 0, NULL);
  GtUnit *locality = gt_store_lookup_unit (store, gt_project_get_locality_id (project));
  GtUnit *unit = gt_store_lookup_unit (store, gt_project_get_unit_id (project));

  g_assert_true (g_regex_match (code, gt_project_get_code (project), 0, NULL));
  g_assert_cmpstr (gt_project_get_owner (project), !=, "");
  g_assert_cmpstr (gt_project_get_content (project), !=, "");
  g_assert_cmpstr (gt_project_get_category (project), !=, "");
  g_assert_cmpint (gt_project_get_total_investment (project), >=, 10000000);
  g_assert_cmpint (gt_project_get_total_investment (project), <=, G_GINT64_CONSTANT (5000000000));
  g_assert_cmpint (gt_project_get_annual_plan (project), <=,
                   gt_project_get_total_investment (project));
  g_assert_true (gt_project_validate (project, NULL));

  g_assert_nonnull (gt_store_lookup_leader (store, gt_project_get_leader_id (project)));
  g_assert_nonnull (unit);
  g_assert_cmpint (gt_unit_get_kind (unit), ==, GT_UNIT_KIND_DEPARTMENT);
  g_assert_nonnull (locality);
  g_assert_true (gt_unit_kind_is_locality (gt_unit_get_kind (locality)));

  g_assert_nonnull (gt_project_get_planned_start (project));
  g_assert_nonnull (gt_project_get_planned_end (project));
  switch (stage)
    {
    case GT_STAGE_PLANNED:
    case GT_STAGE_SIGNED:
    case GT_STAGE_PREPARING:
      g_assert_null (actual_start);
      g_assert_null (actual_end);
      break;
    case GT_STAGE_UNDER_CONSTRUCTION:
      g_assert_nonnull (actual_start);
      g_assert_cmpint (g_date_compare (actual_start, today), <=, 0);
      g_assert_null (actual_end);
      break;
    case GT_STAGE_COMPLETED:
    case GT_STAGE_OPERATING:
    default:
      g_assert_nonnull (actual_start);
      g_assert_nonnull (actual_end);
      g_assert_cmpint (g_date_compare (actual_start, actual_end), <, 0);
      g_assert_cmpint (g_date_compare (actual_end, today), <=, 0);
      break;
    }
}

static void
test_promises (Fixture       *f,
               gconstpointer  data)
{
  GListModel *projects = gt_store_get_projects (f->store);
  GListModel *leaders = gt_store_get_leaders (f->store);
  GListModel *units = gt_store_get_units (f->store);
  GListModel *issues = gt_store_get_issues (f->store);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  guint by_stage[GT_N_STAGES] = { 0 }, by_level[GT_N_LEVELS] = { 0 };
  guint by_status[GT_N_ISSUE_STATUSES] = { 0 }, by_category[GT_N_ISSUE_CATEGORIES] = { 0 };
  guint n_departments = 0, n_localities = 0, n_parks = 0, n_overdue = 0;
  guint n_behind = 0, n_ahead = 0;

  gt_store_set_year (f->store, YEAR);
  g_assert_cmpuint (g_list_model_get_n_items (projects), >=, 60);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      g_assert_true (g_hash_table_add (names, (gpointer) gt_project_get_name (project)));
      by_stage[gt_project_get_stage (project)]++;
      by_level[gt_project_get_level (project)]++;
      assert_project (f->store, project, &f->today);
      assert_milestones (f->store, project, &f->today);
      assert_reports (f->store, project, &f->today, &n_behind, &n_ahead);
    }
  for (guint s = 0; s < GT_N_STAGES; s++)
    g_assert_cmpuint (by_stage[s], >, 0);
  for (guint l = 0; l < GT_N_LEVELS; l++)
    g_assert_cmpuint (by_level[l], >, 0);
  g_assert_cmpuint (n_behind, >, 0);
  g_assert_cmpuint (n_ahead, >, 0);

  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, 8);
  for (guint i = 0; i < g_list_model_get_n_items (leaders); i++)
    {
      g_autoptr(GtLeader) leader = g_list_model_get_item (leaders, i);

      g_assert_cmpstr (gt_leader_get_title (leader), !=, "");
      g_assert_cmpstr (gt_leader_get_phone (leader), !=, "");
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);
      GtUnitKind kind = gt_unit_get_kind (unit);

      n_departments += kind == GT_UNIT_KIND_DEPARTMENT;
      n_localities += gt_unit_kind_is_locality (kind);
      n_parks += kind == GT_UNIT_KIND_PARK;
    }
  g_assert_cmpuint (n_departments, >=, 12);
  g_assert_cmpuint (n_localities, >=, 15);
  g_assert_cmpuint (n_parks, >=, 1);

  g_assert_cmpuint (g_list_model_get_n_items (issues), >=, 40);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      g_autoptr(GError) error = NULL;
      GtProject *project = gt_store_lookup_project (f->store, gt_issue_get_project_id (issue));

      gt_issue_validate (issue, &error);
      g_assert_no_error (error);
      g_assert_nonnull (project);
      by_status[gt_issue_get_status (issue)]++;
      by_category[gt_issue_get_category (issue)]++;
      n_overdue += gt_issue_is_overdue (issue, &f->today);
      /* Open issues hold up projects that are not finished. */
      if (gt_issue_status_is_open (gt_issue_get_status (issue)))
        g_assert_cmpint (gt_project_get_stage (project), <=, GT_STAGE_UNDER_CONSTRUCTION);
    }
  for (guint s = 0; s < GT_N_ISSUE_STATUSES; s++)
    g_assert_cmpuint (by_status[s], >, 0);
  for (guint c = 0; c < GT_N_ISSUE_CATEGORIES; c++)
    g_assert_cmpuint (by_category[c], >, 0);
  g_assert_cmpuint (n_overdue, >, 0);
  g_assert_cmpuint (n_overdue, <, by_status[GT_ISSUE_STATUS_ASSIGNED]);
}

static char *
summary_json (GtStore     *store,
              const GDate *today)
{
  g_autoptr(GError) error = NULL;
  GtSummary summary;

  gt_summary_compute (store, YEAR, today, &summary, &error);
  g_assert_no_error (error);
  return gt_summary_to_json (&summary);
}

static void
test_determinism (Fixture       *f,
                  gconstpointer  data)
{
  GtDemoSize other_seed = *gt_demo_size_default ();
  g_autoptr(GtStore) again = open_demo (f->dir, "again.db", NULL, &f->today);
  g_autoptr(GtStore) other = NULL;
  g_autofree char *json = summary_json (f->store, &f->today);
  g_autofree char *json_again = summary_json (again, &f->today);
  g_autofree char *json_other = NULL;
  GListModel *projects = gt_store_get_projects (f->store);
  GListModel *projects_again = gt_store_get_projects (again);

  g_assert_cmpstr (json, ==, json_again);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==,
                    g_list_model_get_n_items (projects_again));
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) a = g_list_model_get_item (projects, i);
      g_autoptr(GtProject) b = g_list_model_get_item (projects_again, i);

      g_assert_cmpstr (gt_project_get_name (a), ==, gt_project_get_name (b));
      g_assert_cmpstr (gt_project_get_notes (a), ==, gt_project_get_notes (b));
    }

  /* …and it is the seed that decides, not a constant. */
  other_seed.seed++;
  other = open_demo (f->dir, "other.db", &other_seed, &f->today);
  json_other = summary_json (other, &f->today);
  g_assert_cmpstr (json, !=, json_other);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *issues = gt_store_get_issues (f->store);
  g_autoptr(GtIssue) issue = g_list_model_get_item (issues, 0);
  GtProject *project = gt_store_lookup_project (f->store, gt_issue_get_project_id (issue));
  GtSummary before, after, restored, walked;
  guint n_issues = 0, n_open = 0;

  gt_store_set_year (f->store, YEAR);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) other = g_list_model_get_item (issues, i);

      if (gt_issue_get_project_id (other) == gt_project_get_id (project))
        {
          n_issues++;
          n_open += gt_issue_status_is_open (gt_issue_get_status (other));
        }
    }
  g_assert_cmpuint (n_issues, >, 0);

  gt_summary_compute (f->store, YEAR, &f->today, &before, &error);
  g_assert_no_error (error);
  g_object_ref (project);
  gt_store_delete_project (f->store, project, &error);
  g_assert_no_error (error);
  gt_summary_compute (f->store, YEAR, &f->today, &after, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (after.projects, ==, before.projects - 1);
  g_assert_cmpuint (after.by_stage[gt_project_get_stage (project)], ==,
                    before.by_stage[gt_project_get_stage (project)] - 1);
  g_assert_cmpint (after.total_investment, ==,
                   before.total_investment - gt_project_get_total_investment (project));
  g_assert_cmpint (after.annual_plan, ==,
                   before.annual_plan - gt_project_get_annual_plan (project));
  g_assert_cmpint (after.completed, ==, before.completed - gt_project_get_completed (project));
  g_assert_cmpuint (after.issues_total, ==, before.issues_total - n_issues);
  g_assert_cmpuint (after.issues_open, ==, before.issues_open - n_open);
  count_by_walking (f->store, &f->today, &walked);
  assert_summary_equal (&after, &walked);

  /* Undoing the deletion brings the figures back exactly. */
  gt_store_restore_project (f->store, project, &error);
  g_assert_no_error (error);
  gt_summary_compute (f->store, YEAR, &f->today, &restored, &error);
  g_assert_no_error (error);
  assert_summary_equal (&restored, &before);
  g_object_unref (project);
}

/* Other sizes keep their counts, and their names unique: more reports than 12 a
 * project reach further back, fewer drop the oldest months. */
static void
test_size (Fixture       *f,
           gconstpointer  data)
{
  const GtDemoSize *size_p = data;
  const GtDemoSize size = *size_p;
  g_autoptr(GtStore) store = open_demo (f->dir, "big.db", &size, &f->today);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *projects = gt_store_get_projects (store);
  guint n_reports = 0;
  GtSummary summary;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, size.projects);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_issues (store)), ==, size.issues);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      g_autoptr(GPtrArray) reports = NULL;

      g_assert_true (g_hash_table_add (names, (gpointer) gt_project_get_name (project)));
      reports = gt_store_list_monthly_reports (store, gt_project_get_id (project), &error);
      g_assert_no_error (error);
      n_reports += reports->len;
    }
  g_assert_cmpuint (n_reports, ==, size.reports);

  gt_summary_compute (store, YEAR, &f->today, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.projects, ==, size.projects);
  g_assert_cmpuint (summary.issues_total, ==, size.issues);
}

int
main (int   argc,
      char *argv[])
{
  static const GtDemoSize more_reports = { .projects = 400, .issues = 1500,
                                           .reports = 4400, .seed = 99 };
  static const GtDemoSize fewer_reports = { .projects = 80, .issues = 41,
                                            .reports = 300, .seed = 5 };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/summary/json-reader", test_json_reader);
  g_test_add ("/summary/figures", Fixture, NULL, fixture_set_up, test_figures,
              fixture_tear_down);
  g_test_add ("/summary/other-year", Fixture, NULL, fixture_set_up, test_other_year,
              fixture_tear_down);
  g_test_add ("/summary/delete", Fixture, NULL, fixture_set_up, test_delete,
              fixture_tear_down);
  g_test_add ("/demo/promises", Fixture, NULL, fixture_set_up, test_promises,
              fixture_tear_down);
  g_test_add ("/demo/determinism", Fixture, NULL, fixture_set_up, test_determinism,
              fixture_tear_down);
  g_test_add ("/demo/size/more-reports", Fixture, &more_reports, fixture_set_up, test_size,
              fixture_tear_down);
  g_test_add ("/demo/size/fewer-reports", Fixture, &fewer_reports, fixture_set_up, test_size,
              fixture_tear_down);

  return g_test_run ();
}
