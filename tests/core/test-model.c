/* test-model.c: the value types of the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "gt-format.h"
#include "gt-issue.h"
#include "gt-leader.h"
#include "gt-milestone.h"
#include "gt-monthly-report.h"
#include "gt-project.h"
#include "gt-unit.h"

/* Records every notify::, in order. */
typedef struct {
  GPtrArray *names;
} NotifyLog;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           NotifyLog  *log)
{
  g_ptr_array_add (log->names, g_strdup (pspec->name));
}

static void
log_watch (NotifyLog *log,
           gpointer   object)
{
  log->names = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (object, "notify", G_CALLBACK (notify_cb), log);
}

static void
log_clear (NotifyLog *log)
{
  g_ptr_array_set_size (log->names, 0);
}

static guint
log_count (NotifyLog  *log,
           const char *name)
{
  guint count = 0;

  for (guint i = 0; i < log->names->len; i++)
    count += g_str_equal (g_ptr_array_index (log->names, i), name);

  return count;
}

static void
log_free (NotifyLog *log,
          gpointer   object)
{
  g_signal_handlers_disconnect_by_data (object, log);
  g_ptr_array_unref (log->names);
}

static GDate *
date_new (int year,
          int month,
          int day)
{
  return g_date_new_dmy (day, month, year);
}

/* A value of @pspec's type that differs from its default. */
static void
different_value (GParamSpec *pspec,
                 GValue     *value)
{
  g_value_init (value, pspec->value_type);

  if (G_IS_PARAM_SPEC_INT64 (pspec))
    {
      GParamSpecInt64 *p = G_PARAM_SPEC_INT64 (pspec);
      g_value_set_int64 (value, p->default_value < p->maximum ? p->default_value + 1 : p->minimum);
    }
  else if (G_IS_PARAM_SPEC_INT (pspec))
    {
      GParamSpecInt *p = G_PARAM_SPEC_INT (pspec);
      g_value_set_int (value, p->default_value < p->maximum ? p->default_value + 1 : p->minimum);
    }
  else if (G_IS_PARAM_SPEC_STRING (pspec))
    g_value_set_string (value, "重点项目 test");
  else if (G_IS_PARAM_SPEC_BOXED (pspec) && pspec->value_type == G_TYPE_DATE)
    g_value_take_boxed (value, date_new (2023, 3, 29));
  else
    g_assert_not_reached ();
}

static void
assert_values_equal (const GValue *a,
                     const GValue *b)
{
  g_assert_true (G_VALUE_TYPE (a) == G_VALUE_TYPE (b));

  if (G_VALUE_TYPE (a) == G_TYPE_DATE)
    {
      const GDate *da = g_value_get_boxed (a);
      const GDate *db = g_value_get_boxed (b);

      g_assert_nonnull (da);
      g_assert_nonnull (db);
      g_assert_cmpint (g_date_compare (da, db), ==, 0);
    }
  else if (G_VALUE_HOLDS_STRING (a))
    g_assert_cmpstr (g_value_get_string (a), ==, g_value_get_string (b));
  else if (G_VALUE_HOLDS_INT (a))
    g_assert_cmpint (g_value_get_int (a), ==, g_value_get_int (b));
  else if (G_VALUE_HOLDS_INT64 (a))
    g_assert_cmpint (g_value_get_int64 (a), ==, g_value_get_int64 (b));
  else
    g_assert_not_reached ();
}

/* Every writable property: its default reads back, a new value reads back with
 * exactly one notification of it, and setting the same value again is silent. */
static void
check_properties (GType        type,
                  const char **expected)
{
  g_autoptr(GObject) object = g_object_new (type, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  NotifyLog log;

  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_test_message ("%s:%s", g_type_name (type), expected[i]);
      g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (object),
                                                      expected[i]));
    }

  log_watch (&log, object);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) back = G_VALUE_INIT;

      g_test_message ("%s:%s", g_type_name (type), pspec->name);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_true (pspec->flags & G_PARAM_STATIC_NAME);

      if (!(pspec->flags & G_PARAM_WRITABLE))
        continue;

      /* Unset dates read as NULL, text as "". */
      g_value_init (&back, pspec->value_type);
      g_object_get_property (object, pspec->name, &back);
      if (G_VALUE_HOLDS_STRING (&back))
        g_assert_cmpstr (g_value_get_string (&back), ==, "");
      else if (G_VALUE_TYPE (&back) == G_TYPE_DATE)
        g_assert_null (g_value_get_boxed (&back));
      else
        g_assert_true (g_param_value_defaults (pspec, &back));
      g_value_unset (&back);

      different_value (pspec, &value);
      log_clear (&log);
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (log_count (&log, pspec->name), ==, 1);

      g_value_init (&back, pspec->value_type);
      g_object_get_property (object, pspec->name, &back);
      assert_values_equal (&value, &back);

      log_clear (&log);
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (log.names->len, ==, 0);
    }

  log_free (&log, object);
}

static void
test_properties (void)
{
  const char *project[] = {
    "id", "code", "name", "owner", "content", "level", "category", "stage", "locality-id",
    "unit-id", "leader-id", "total-investment", "planned-start", "planned-end",
    "actual-start", "actual-end", "notes", "annual-plan", "completed", "completion-ratio",
    NULL
  };
  const char *leader[] = { "id", "name", "title", "phone", NULL };
  const char *unit[] = { "id", "name", "kind", "contact", "phone", NULL };
  const char *issue[] = {
    "id", "project-id", "description", "category", "status", "raised-on", "unit-id",
    "leader-id", "deadline", "resolution", "resolved-on", "closed-on", NULL
  };
  const char *milestone[] = {
    "id", "project-id", "name", "position", "planned-start", "planned-end", "actual-start",
    "actual-end", "percent", NULL
  };
  const char *report[] = {
    "id", "project-id", "year", "month", "completed", "progress-note", "percent",
    "problems", NULL
  };

  check_properties (GT_TYPE_PROJECT, project);
  check_properties (GT_TYPE_LEADER, leader);
  check_properties (GT_TYPE_UNIT, unit);
  check_properties (GT_TYPE_ISSUE, issue);
  check_properties (GT_TYPE_MILESTONE, milestone);
  check_properties (GT_TYPE_MONTHLY_REPORT, report);
}

static void
test_project_defaults (void)
{
  g_autoptr(GtProject) project = gt_project_new ();

  g_assert_cmpint (gt_project_get_id (project), ==, 0);
  g_assert_cmpstr (gt_project_get_name (project), ==, "");
  g_assert_cmpstr (gt_project_get_code (project), ==, "");
  g_assert_cmpint (gt_project_get_stage (project), ==, GT_STAGE_PLANNED);
  g_assert_cmpint (gt_project_get_level (project), ==, GT_LEVEL_COUNTY);
  g_assert_null (gt_project_get_planned_start (project));
  g_assert_null (gt_project_get_actual_end (project));
  g_assert_cmpfloat (gt_project_get_completion_ratio (project), <, 0);

  /* NULL text reads back as "" and is no change from "". */
  gt_project_set_owner (project, "某某建设有限公司");
  gt_project_set_owner (project, NULL);
  g_assert_cmpstr (gt_project_get_owner (project), ==, "");
}

static void
test_project_setters (void)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GDate) start = date_new (2023, 3, 1);
  g_autoptr(GDate) same = date_new (2023, 3, 1);
  g_autoptr(GDate) later = date_new (2024, 6, 30);
  GDate invalid;
  NotifyLog log;

  g_date_clear (&invalid, 1);
  log_watch (&log, project);

  gt_project_set_name (project, "年产10万吨新材料项目");
  g_assert_cmpstr (gt_project_get_name (project), ==, "年产10万吨新材料项目");
  gt_project_set_name (project, "年产10万吨新材料项目");
  g_assert_cmpuint (log_count (&log, "name"), ==, 1);

  gt_project_set_stage (project, GT_STAGE_UNDER_CONSTRUCTION);
  gt_project_set_stage (project, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (gt_project_get_stage (project), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpuint (log_count (&log, "stage"), ==, 1);

  gt_project_set_total_investment (project, 1250000000);
  gt_project_set_total_investment (project, 1250000000);
  g_assert_cmpint (gt_project_get_total_investment (project), ==, 1250000000);
  g_assert_cmpuint (log_count (&log, "total-investment"), ==, 1);

  /* A date is copied in, equal dates are no change, NULL and invalid unset it. */
  gt_project_set_planned_start (project, start);
  g_assert_true (gt_project_get_planned_start (project) != start);
  g_date_add_days (start, 10);
  g_assert_cmpint (g_date_get_day (gt_project_get_planned_start (project)), ==, 1);
  gt_project_set_planned_start (project, same);
  g_assert_cmpuint (log_count (&log, "planned-start"), ==, 1);
  gt_project_set_planned_start (project, later);
  g_assert_cmpuint (log_count (&log, "planned-start"), ==, 2);
  gt_project_set_planned_start (project, &invalid);
  g_assert_null (gt_project_get_planned_start (project));
  g_assert_cmpuint (log_count (&log, "planned-start"), ==, 3);
  gt_project_set_planned_start (project, NULL);
  g_assert_cmpuint (log_count (&log, "planned-start"), ==, 3);

  /* The ratio follows the plan and the completed figure, and says so. */
  log_clear (&log);
  gt_project_set_completed (project, 4500000);
  g_assert_cmpuint (log_count (&log, "completed"), ==, 1);
  g_assert_cmpuint (log_count (&log, "completion-ratio"), ==, 0);   /* still no plan */
  gt_project_set_annual_plan (project, 10000000);
  g_assert_cmpuint (log_count (&log, "completion-ratio"), ==, 1);
  g_assert_cmpfloat_with_epsilon (gt_project_get_completion_ratio (project), 0.45, 1e-9);
  gt_project_set_completed (project, 5000000);
  g_assert_cmpuint (log_count (&log, "completion-ratio"), ==, 2);
  g_assert_cmpfloat_with_epsilon (gt_project_get_completion_ratio (project), 0.5, 1e-9);
  gt_project_set_annual_plan (project, 0);
  g_assert_cmpfloat (gt_project_get_completion_ratio (project), <, 0);

  log_free (&log, project);
}

static GtProject *
full_project (void)
{
  GtProject *project = gt_project_new ();
  g_autoptr(GDate) d1 = date_new (2023, 3, 1);
  g_autoptr(GDate) d2 = date_new (2025, 12, 31);
  g_autoptr(GDate) d3 = date_new (2023, 4, 15);
  g_autoptr(GDate) d4 = date_new (2025, 11, 30);

  gt_project_set_id (project, 17);
  gt_project_set_code (project, "2303-341000-04-01-123456");
  gt_project_set_name (project, "城东污水处理厂扩建工程");
  gt_project_set_owner (project, "县城投公司");
  gt_project_set_content (project, "新增日处理能力5万吨");
  gt_project_set_level (project, GT_LEVEL_MUNICIPAL);
  gt_project_set_category (project, "社会民生");
  gt_project_set_stage (project, GT_STAGE_UNDER_CONSTRUCTION);
  gt_project_set_locality_id (project, 3);
  gt_project_set_unit_id (project, 4);
  gt_project_set_leader_id (project, 5);
  gt_project_set_total_investment (project, 320000000);
  gt_project_set_planned_start (project, d1);
  gt_project_set_planned_end (project, d2);
  gt_project_set_actual_start (project, d3);
  gt_project_set_actual_end (project, d4);
  gt_project_set_notes (project, "已完成主体结构");
  gt_project_set_annual_plan (project, 80000000);
  gt_project_set_completed (project, 26000000);

  return project;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

static gboolean
projects_equal (GtProject *a,
                GtProject *b)
{
  return gt_project_get_id (a) == gt_project_get_id (b)
    && g_str_equal (gt_project_get_code (a), gt_project_get_code (b))
    && g_str_equal (gt_project_get_name (a), gt_project_get_name (b))
    && g_str_equal (gt_project_get_owner (a), gt_project_get_owner (b))
    && g_str_equal (gt_project_get_content (a), gt_project_get_content (b))
    && gt_project_get_level (a) == gt_project_get_level (b)
    && g_str_equal (gt_project_get_category (a), gt_project_get_category (b))
    && gt_project_get_stage (a) == gt_project_get_stage (b)
    && gt_project_get_locality_id (a) == gt_project_get_locality_id (b)
    && gt_project_get_unit_id (a) == gt_project_get_unit_id (b)
    && gt_project_get_leader_id (a) == gt_project_get_leader_id (b)
    && gt_project_get_total_investment (a) == gt_project_get_total_investment (b)
    && dates_equal (gt_project_get_planned_start (a), gt_project_get_planned_start (b))
    && dates_equal (gt_project_get_planned_end (a), gt_project_get_planned_end (b))
    && dates_equal (gt_project_get_actual_start (a), gt_project_get_actual_start (b))
    && dates_equal (gt_project_get_actual_end (a), gt_project_get_actual_end (b))
    && g_str_equal (gt_project_get_notes (a), gt_project_get_notes (b))
    && gt_project_get_annual_plan (a) == gt_project_get_annual_plan (b)
    && gt_project_get_completed (a) == gt_project_get_completed (b);
}

typedef struct {
  GtProject *source;
  guint notifications;
  gboolean saw_half_done;
} AssignWatch;

static void
assign_notify_cb (GtProject   *project,
                  GParamSpec  *pspec,
                  AssignWatch *watch)
{
  watch->notifications++;
  if (!projects_equal (project, watch->source))
    watch->saw_half_done = TRUE;
}

static void
test_project_copy_assign (void)
{
  g_autoptr(GtProject) project = full_project ();
  g_autoptr(GtProject) copy = gt_project_copy (project);
  g_autoptr(GtProject) target = gt_project_new ();
  AssignWatch watch = { project, 0, FALSE };
  NotifyLog log;

  g_assert_true (copy != project);
  g_assert_true (projects_equal (copy, project));
  g_assert_cmpint (gt_project_get_id (copy), ==, 17);

  /* Detached: editing the copy leaves the original alone. */
  gt_project_set_name (copy, "改名后的项目");
  gt_project_set_planned_start (copy, NULL);
  g_assert_cmpstr (gt_project_get_name (project), ==, "城东污水处理厂扩建工程");
  g_assert_nonnull (gt_project_get_planned_start (project));

  /* Assign notifies only once every field holds its new value. */
  g_signal_connect (target, "notify", G_CALLBACK (assign_notify_cb), &watch);
  gt_project_assign (target, project);
  g_assert_true (projects_equal (target, project));
  g_assert_false (watch.saw_half_done);
  g_assert_cmpuint (watch.notifications, >=, 19);
  g_signal_handlers_disconnect_by_data (target, &watch);

  /* Assigning the copy back notifies just what differs. */
  log_watch (&log, project);
  gt_project_assign (project, copy);
  g_assert_cmpuint (log.names->len, ==, 2);
  g_assert_cmpuint (log_count (&log, "name"), ==, 1);
  g_assert_cmpuint (log_count (&log, "planned-start"), ==, 1);
  log_clear (&log);
  gt_project_assign (project, copy);
  g_assert_cmpuint (log.names->len, ==, 0);
  log_free (&log, project);
}

static void
test_project_validate (void)
{
  static const struct {
    const char *name;
    gint64 total, plan, completed;
    const char *planned_start, *planned_end, *actual_start, *actual_end;
    int code;   /* -1: valid */
  } cases[] = {
    { "项目", 0, 0, 0, NULL, NULL, NULL, NULL, -1 },
    { "项目", 100, 50, 10, "2023-01-01", "2023-01-01", "2023-02-01", "2023-02-01", -1 },
    { "项目", 0, 0, 0, NULL, "2020-01-01", "2023-02-01", NULL, -1 },
    { "", 0, 0, 0, NULL, NULL, NULL, NULL, GT_PROJECT_ERROR_NAME_REQUIRED },
    { "  \t", 0, 0, 0, NULL, NULL, NULL, NULL, GT_PROJECT_ERROR_NAME_REQUIRED },
    { "\u3000", 0, 0, 0, NULL, NULL, NULL, NULL, GT_PROJECT_ERROR_NAME_REQUIRED },
    { "项目", -1, 0, 0, NULL, NULL, NULL, NULL, GT_PROJECT_ERROR_NEGATIVE_AMOUNT },
    { "项目", 0, -1, 0, NULL, NULL, NULL, NULL, GT_PROJECT_ERROR_NEGATIVE_AMOUNT },
    { "项目", 0, 0, -1, NULL, NULL, NULL, NULL, GT_PROJECT_ERROR_NEGATIVE_AMOUNT },
    { "项目", 0, 0, 0, "2023-05-02", "2023-05-01", NULL, NULL,
      GT_PROJECT_ERROR_PLANNED_END_BEFORE_START },
    { "项目", 0, 0, 0, NULL, NULL, "2024-01-01", "2023-12-31",
      GT_PROJECT_ERROR_ACTUAL_END_BEFORE_START },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GtProject) project = gt_project_new ();
      g_autoptr(GError) error = NULL;
      const char *texts[4] = {
        cases[i].planned_start, cases[i].planned_end,
        cases[i].actual_start, cases[i].actual_end,
      };
      GDate dates[4];

      for (guint d = 0; d < 4; d++)
        {
          g_date_clear (&dates[d], 1);
          if (texts[d] != NULL)
            g_assert_true (gt_date_parse_iso (texts[d], &dates[d]));
        }

      g_test_message ("case %u", i);
      gt_project_set_name (project, cases[i].name);
      gt_project_set_total_investment (project, cases[i].total);
      gt_project_set_annual_plan (project, cases[i].plan);
      gt_project_set_completed (project, cases[i].completed);
      gt_project_set_planned_start (project, &dates[0]);
      gt_project_set_planned_end (project, &dates[1]);
      gt_project_set_actual_start (project, &dates[2]);
      gt_project_set_actual_end (project, &dates[3]);

      if (cases[i].code < 0)
        {
          g_assert_true (gt_project_validate (project, &error));
          g_assert_no_error (error);
        }
      else
        {
          g_assert_false (gt_project_validate (project, &error));
          g_assert_error (error, GT_PROJECT_ERROR, cases[i].code);
          g_assert_cmpuint (strlen (error->message), >, 10);
        }
    }
}

static void
test_project_search_key (void)
{
  g_autoptr(GtProject) project = gt_project_new ();
  const char *key;

  gt_project_set_name (project, "ＡＢＣ Logistics Park");
  gt_project_set_code (project, "XM-2023-01");
  gt_project_set_owner (project, "恒达物流");
  gt_project_set_notes (project, "notes are not searched");

  key = gt_project_get_search_key (project);
  g_assert_nonnull (strstr (key, "abc logistics park"));
  g_assert_nonnull (strstr (key, "xm-2023-01"));
  g_assert_nonnull (strstr (key, "恒达物流"));
  g_assert_null (strstr (key, "notes"));
  g_assert_true (gt_project_get_search_key (project) == key);     /* cached */

  gt_project_set_name (project, "Cold Chain");
  key = gt_project_get_search_key (project);
  g_assert_nonnull (strstr (key, "cold chain"));
  g_assert_null (strstr (key, "logistics"));

  gt_project_set_category (project, "Modern SERVICES");
  g_assert_nonnull (strstr (gt_project_get_search_key (project), "modern services"));
  gt_project_set_content (project, "Cold Storage");
  g_assert_nonnull (strstr (gt_project_get_search_key (project), "cold storage"));

  /* Fields are kept apart: no word runs from the end of one into the next. */
  g_assert_null (strstr (gt_project_get_search_key (project), "chainxm"));
  g_assert_null (strstr (gt_project_get_search_key (project), "chain xm"));
}

static void
test_leader_unit (void)
{
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GtLeader) leader_copy = NULL;
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GtUnit) unit_copy = NULL;
  g_autoptr(GError) error = NULL;
  NotifyLog log;

  g_assert_false (gt_leader_validate (leader, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  gt_leader_set_name (leader, " ");
  g_assert_false (gt_leader_validate (leader, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  gt_leader_set_id (leader, 9);
  gt_leader_set_name (leader, "张三");
  gt_leader_set_title (leader, "县委副书记");
  gt_leader_set_phone (leader, "0550-1234567");
  g_assert_true (gt_leader_validate (leader, &error));
  g_assert_no_error (error);

  leader_copy = gt_leader_copy (leader);
  g_assert_cmpint (gt_leader_get_id (leader_copy), ==, 9);
  g_assert_cmpstr (gt_leader_get_name (leader_copy), ==, "张三");
  g_assert_cmpstr (gt_leader_get_title (leader_copy), ==, "县委副书记");
  g_assert_cmpstr (gt_leader_get_phone (leader_copy), ==, "0550-1234567");

  gt_leader_set_title (leader_copy, "副县长");
  log_watch (&log, leader);
  gt_leader_assign (leader, leader_copy);
  g_assert_cmpuint (log.names->len, ==, 1);
  g_assert_cmpuint (log_count (&log, "title"), ==, 1);
  g_assert_cmpstr (gt_leader_get_title (leader), ==, "副县长");
  log_free (&log, leader);

  g_assert_false (gt_unit_validate (unit, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  gt_unit_set_id (unit, 4);
  gt_unit_set_name (unit, "城关镇");
  gt_unit_set_kind (unit, GT_UNIT_KIND_TOWNSHIP);
  gt_unit_set_contact (unit, "李四");
  gt_unit_set_phone (unit, "13800000000");
  g_assert_true (gt_unit_validate (unit, &error));
  g_assert_no_error (error);

  unit_copy = gt_unit_copy (unit);
  g_assert_cmpint (gt_unit_get_id (unit_copy), ==, 4);
  g_assert_cmpstr (gt_unit_get_name (unit_copy), ==, "城关镇");
  g_assert_cmpint (gt_unit_get_kind (unit_copy), ==, GT_UNIT_KIND_TOWNSHIP);
  g_assert_cmpstr (gt_unit_get_contact (unit_copy), ==, "李四");
  g_assert_cmpstr (gt_unit_get_phone (unit_copy), ==, "13800000000");

  gt_unit_set_kind (unit_copy, GT_UNIT_KIND_PARK);
  gt_unit_set_phone (unit_copy, NULL);
  log_watch (&log, unit);
  gt_unit_assign (unit, unit_copy);
  g_assert_cmpuint (log.names->len, ==, 2);
  g_assert_cmpuint (log_count (&log, "kind"), ==, 1);
  g_assert_cmpuint (log_count (&log, "phone"), ==, 1);
  g_assert_cmpstr (gt_unit_get_phone (unit), ==, "");
  log_free (&log, unit);
}

typedef struct {
  gint64 project_id;
  const char *description;
  GtIssueStatus status;
  gint64 unit_id;
  const char *raised_on, *deadline, *resolution, *resolved_on, *closed_on;
} IssueFields;

static void
set_issue_date (GtIssue     *issue,
                void       (*setter) (GtIssue *, const GDate *),
                const char  *text)
{
  GDate date;

  g_date_clear (&date, 1);
  if (text != NULL)
    g_assert_true (gt_date_parse_iso (text, &date));
  setter (issue, &date);
}

static GtIssue *
issue_new (const IssueFields *f)
{
  GtIssue *issue = gt_issue_new ();

  gt_issue_set_project_id (issue, f->project_id);
  gt_issue_set_description (issue, f->description);
  gt_issue_set_status (issue, f->status);
  gt_issue_set_unit_id (issue, f->unit_id);
  gt_issue_set_resolution (issue, f->resolution);
  set_issue_date (issue, gt_issue_set_raised_on, f->raised_on);
  set_issue_date (issue, gt_issue_set_deadline, f->deadline);
  set_issue_date (issue, gt_issue_set_resolved_on, f->resolved_on);
  set_issue_date (issue, gt_issue_set_closed_on, f->closed_on);

  return issue;
}

static void
test_issue_validate (void)
{
  static const struct {
    IssueFields f;
    int code;   /* -1: valid */
  } cases[] = {
    { { 1, "土地指标未落实", GT_ISSUE_STATUS_RAISED, 0, NULL, NULL, NULL, NULL, NULL }, -1 },
    { { 1, "土地指标未落实", GT_ISSUE_STATUS_RAISED, 0, "2023-03-01", "2023-03-31",
        NULL, NULL, NULL }, -1 },
    { { 1, "x", GT_ISSUE_STATUS_ASSIGNED, 2, "2023-03-01", "2023-03-01", NULL, NULL, NULL },
      -1 },
    { { 1, "x", GT_ISSUE_STATUS_RESOLVED, 2, "2023-03-01", "2023-03-31", "已落实",
        "2023-03-20", NULL }, -1 },
    { { 1, "x", GT_ISSUE_STATUS_RESOLVED, 0, NULL, NULL, "已落实", "2023-03-20", NULL }, -1 },
    { { 1, "x", GT_ISSUE_STATUS_CLOSED, 2, "2023-03-01", "2023-03-31", "已落实",
        "2023-03-20", "2023-03-20" }, -1 },
    { { 1, "x", GT_ISSUE_STATUS_CLOSED, 2, NULL, NULL, "已落实", "2023-03-20", NULL }, -1 },

    { { 0, "x", GT_ISSUE_STATUS_RAISED, 0, NULL, NULL, NULL, NULL, NULL },
      GT_ISSUE_ERROR_PROJECT_REQUIRED },
    { { 1, "", GT_ISSUE_STATUS_RAISED, 0, NULL, NULL, NULL, NULL, NULL },
      GT_ISSUE_ERROR_DESCRIPTION_REQUIRED },
    { { 1, " \u3000", GT_ISSUE_STATUS_RAISED, 0, NULL, NULL, NULL, NULL, NULL },
      GT_ISSUE_ERROR_DESCRIPTION_REQUIRED },
    { { 1, "x", GT_ISSUE_STATUS_ASSIGNED, 0, NULL, "2023-03-31", NULL, NULL, NULL },
      GT_ISSUE_ERROR_ASSIGNMENT_INCOMPLETE },
    { { 1, "x", GT_ISSUE_STATUS_ASSIGNED, 2, NULL, NULL, NULL, NULL, NULL },
      GT_ISSUE_ERROR_ASSIGNMENT_INCOMPLETE },
    { { 1, "x", GT_ISSUE_STATUS_RESOLVED, 2, NULL, NULL, "", "2023-03-20", NULL },
      GT_ISSUE_ERROR_RESOLUTION_INCOMPLETE },
    { { 1, "x", GT_ISSUE_STATUS_RESOLVED, 2, NULL, NULL, "已落实", NULL, NULL },
      GT_ISSUE_ERROR_RESOLUTION_INCOMPLETE },
    { { 1, "x", GT_ISSUE_STATUS_CLOSED, 2, NULL, NULL, " ", "2023-03-20", "2023-03-21" },
      GT_ISSUE_ERROR_RESOLUTION_INCOMPLETE },
    { { 1, "x", GT_ISSUE_STATUS_CLOSED, 2, NULL, NULL, "已落实", NULL, "2023-03-21" },
      GT_ISSUE_ERROR_RESOLUTION_INCOMPLETE },
    { { 1, "x", GT_ISSUE_STATUS_ASSIGNED, 2, "2023-03-01", "2023-02-28", NULL, NULL, NULL },
      GT_ISSUE_ERROR_DATE_ORDER },
    { { 1, "x", GT_ISSUE_STATUS_RESOLVED, 2, "2023-03-01", NULL, "已落实", "2023-02-28",
        NULL }, GT_ISSUE_ERROR_DATE_ORDER },
    { { 1, "x", GT_ISSUE_STATUS_CLOSED, 2, NULL, NULL, "已落实", "2023-03-20", "2023-03-19" },
      GT_ISSUE_ERROR_DATE_ORDER },
    { { 1, "x", GT_ISSUE_STATUS_RAISED, 0, "2023-03-20", NULL, NULL, NULL, "2023-03-19" },
      GT_ISSUE_ERROR_DATE_ORDER },
    /* Dates are held to 1900–2100, as a project's are. */
    { { 1, "x", GT_ISSUE_STATUS_ASSIGNED, 2, "1900-01-01", "2100-12-31", NULL, NULL, NULL },
      -1 },
    { { 1, "x", GT_ISSUE_STATUS_RAISED, 0, "1899-12-31", NULL, NULL, NULL, NULL },
      GT_ISSUE_ERROR_DATE_ORDER },
    { { 1, "x", GT_ISSUE_STATUS_ASSIGNED, 2, "2023-03-01", "2101-01-01", NULL, NULL, NULL },
      GT_ISSUE_ERROR_DATE_ORDER },
    { { 1, "x", GT_ISSUE_STATUS_CLOSED, 2, NULL, NULL, "已落实", "2023-03-20", "9999-03-21" },
      GT_ISSUE_ERROR_DATE_ORDER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GtIssue) issue = issue_new (&cases[i].f);
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      if (cases[i].code < 0)
        {
          g_assert_true (gt_issue_validate (issue, &error));
          g_assert_no_error (error);
        }
      else
        {
          g_assert_false (gt_issue_validate (issue, &error));
          g_assert_error (error, GT_ISSUE_ERROR, cases[i].code);
          g_assert_cmpuint (strlen (error->message), >, 10);
        }
    }
}

static void
test_issue_overdue (void)
{
  static const struct {
    GtIssueStatus status;
    const char *deadline;
    const char *today;
    gboolean overdue;
  } cases[] = {
    { GT_ISSUE_STATUS_ASSIGNED, "2023-03-31", "2023-04-01", TRUE },
    { GT_ISSUE_STATUS_RAISED, "2023-03-31", "2023-04-01", TRUE },
    { GT_ISSUE_STATUS_ASSIGNED, "2023-03-31", "2023-03-31", FALSE },  /* due today */
    { GT_ISSUE_STATUS_ASSIGNED, "2023-03-31", "2023-03-01", FALSE },
    { GT_ISSUE_STATUS_ASSIGNED, NULL, "2023-04-01", FALSE },
    { GT_ISSUE_STATUS_RESOLVED, "2023-03-31", "2023-04-01", FALSE },
    { GT_ISSUE_STATUS_CLOSED, "2023-03-31", "2023-04-01", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GtIssue) issue = gt_issue_new ();
      GDate today;

      g_test_message ("case %u", i);
      g_date_clear (&today, 1);
      g_assert_true (gt_date_parse_iso (cases[i].today, &today));
      gt_issue_set_status (issue, cases[i].status);
      set_issue_date (issue, gt_issue_set_deadline, cases[i].deadline);
      g_assert_cmpint (gt_issue_is_overdue (issue, &today), ==, cases[i].overdue);
    }

  /* Without a date, today is today: a deadline in 2000 is long past. */
  {
    g_autoptr(GtIssue) issue = gt_issue_new ();

    gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);
    set_issue_date (issue, gt_issue_set_deadline, "2000-01-01");
    g_assert_true (gt_issue_is_overdue (issue, NULL));
  }
}

static void
test_issue_copy_assign (void)
{
  IssueFields f = { 3, "环评批复未取得", GT_ISSUE_STATUS_CLOSED, 6, "2023-03-01",
                    "2023-03-31", "已取得批复", "2023-03-25", "2023-03-28" };
  g_autoptr(GtIssue) issue = issue_new (&f);
  g_autoptr(GtIssue) copy = NULL;
  NotifyLog log;

  gt_issue_set_id (issue, 12);
  gt_issue_set_leader_id (issue, 7);
  gt_issue_set_category (issue, GT_ISSUE_CATEGORY_ENVIRONMENT);

  copy = gt_issue_copy (issue);
  g_assert_cmpint (gt_issue_get_id (copy), ==, 12);
  g_assert_cmpint (gt_issue_get_project_id (copy), ==, 3);
  g_assert_cmpstr (gt_issue_get_description (copy), ==, "环评批复未取得");
  g_assert_cmpint (gt_issue_get_category (copy), ==, GT_ISSUE_CATEGORY_ENVIRONMENT);
  g_assert_cmpint (gt_issue_get_status (copy), ==, GT_ISSUE_STATUS_CLOSED);
  g_assert_cmpint (gt_issue_get_unit_id (copy), ==, 6);
  g_assert_cmpint (gt_issue_get_leader_id (copy), ==, 7);
  g_assert_cmpstr (gt_issue_get_resolution (copy), ==, "已取得批复");
  g_assert_true (dates_equal (gt_issue_get_raised_on (copy), gt_issue_get_raised_on (issue)));
  g_assert_true (dates_equal (gt_issue_get_deadline (copy), gt_issue_get_deadline (issue)));
  g_assert_true (dates_equal (gt_issue_get_resolved_on (copy),
                              gt_issue_get_resolved_on (issue)));
  g_assert_true (dates_equal (gt_issue_get_closed_on (copy), gt_issue_get_closed_on (issue)));
  g_assert_nonnull (gt_issue_get_closed_on (copy));
  g_assert_true (gt_issue_validate (copy, NULL));

  /* Reopening: status back to assigned, resolution cleared. */
  gt_issue_set_status (copy, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_resolution (copy, NULL);
  gt_issue_set_resolved_on (copy, NULL);
  gt_issue_set_closed_on (copy, NULL);
  g_assert_cmpint (gt_issue_get_status (issue), ==, GT_ISSUE_STATUS_CLOSED);

  log_watch (&log, issue);
  gt_issue_assign (issue, copy);
  g_assert_cmpuint (log.names->len, ==, 4);
  g_assert_cmpuint (log_count (&log, "status"), ==, 1);
  g_assert_cmpuint (log_count (&log, "resolution"), ==, 1);
  g_assert_cmpuint (log_count (&log, "resolved-on"), ==, 1);
  g_assert_cmpuint (log_count (&log, "closed-on"), ==, 1);
  g_assert_null (gt_issue_get_closed_on (issue));
  log_free (&log, issue);
}

static void
test_milestone (void)
{
  g_autoptr(GtMilestone) milestone = gt_milestone_new ();
  g_autoptr(GDate) start = date_new (2023, 5, 1);
  NotifyLog log;

  g_assert_cmpstr (gt_milestone_get_name (milestone), ==, "");
  g_assert_null (gt_milestone_get_planned_start (milestone));

  log_watch (&log, milestone);
  gt_milestone_set_name (milestone, "主体封顶");
  gt_milestone_set_position (milestone, 3);
  gt_milestone_set_project_id (milestone, 8);
  gt_milestone_set_planned_start (milestone, start);
  gt_milestone_set_planned_end (milestone, start);
  gt_milestone_set_actual_start (milestone, start);
  gt_milestone_set_actual_end (milestone, start);
  g_assert_cmpuint (log.names->len, ==, 7);
  g_assert_cmpint (gt_milestone_get_position (milestone), ==, 3);
  g_assert_cmpint (gt_milestone_get_project_id (milestone), ==, 8);
  g_assert_true (dates_equal (gt_milestone_get_actual_end (milestone), start));

  /* Out-of-range progress is held to 0–100, and clamping to the same value is
   * no change. */
  log_clear (&log);
  gt_milestone_set_percent (milestone, 150);
  g_assert_cmpint (gt_milestone_get_percent (milestone), ==, 100);
  gt_milestone_set_percent (milestone, 100);
  g_assert_cmpuint (log_count (&log, "percent"), ==, 1);
  gt_milestone_set_percent (milestone, -5);
  g_assert_cmpint (gt_milestone_get_percent (milestone), ==, 0);
  log_free (&log, milestone);
}

static void
test_monthly_report (void)
{
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  NotifyLog log;

  g_assert_cmpint (gt_monthly_report_get_year (report), ==, 0);
  g_assert_cmpint (gt_monthly_report_get_month (report), ==, 0);

  log_watch (&log, report);
  gt_monthly_report_set_month (report, 2023, 3);
  g_assert_cmpint (gt_monthly_report_get_year (report), ==, 2023);
  g_assert_cmpint (gt_monthly_report_get_month (report), ==, 3);
  g_assert_cmpuint (log.names->len, ==, 2);

  log_clear (&log);
  gt_monthly_report_set_month (report, 2023, 4);
  g_assert_cmpuint (log.names->len, ==, 1);
  g_assert_cmpuint (log_count (&log, "month"), ==, 1);
  gt_monthly_report_set_month (report, 2023, 4);
  g_assert_cmpuint (log.names->len, ==, 1);

  log_clear (&log);
  gt_monthly_report_set_completed (report, 5600000);
  gt_monthly_report_set_progress_note (report, "完成桩基施工");
  gt_monthly_report_set_problems (report, "");
  gt_monthly_report_set_percent (report, 35);
  gt_monthly_report_set_project_id (report, 2);
  g_assert_cmpuint (log.names->len, ==, 4);     /* problems was "" already */
  g_assert_cmpint (gt_monthly_report_get_completed (report), ==, 5600000);
  g_assert_cmpstr (gt_monthly_report_get_progress_note (report), ==, "完成桩基施工");
  g_assert_cmpint (gt_monthly_report_get_percent (report), ==, 35);
  gt_monthly_report_set_percent (report, 101);
  g_assert_cmpint (gt_monthly_report_get_percent (report), ==, 100);
  log_free (&log, report);
}

/* A bad month is a programming error, refused with a critical. */
static void
test_monthly_report_bad_month (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();

      gt_monthly_report_set_month (report, 2023, 13);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*month*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/properties", test_properties);
  g_test_add_func ("/model/project/defaults", test_project_defaults);
  g_test_add_func ("/model/project/setters", test_project_setters);
  g_test_add_func ("/model/project/copy-assign", test_project_copy_assign);
  g_test_add_func ("/model/project/validate", test_project_validate);
  g_test_add_func ("/model/project/search-key", test_project_search_key);
  g_test_add_func ("/model/leader-unit", test_leader_unit);
  g_test_add_func ("/model/issue/validate", test_issue_validate);
  g_test_add_func ("/model/issue/overdue", test_issue_overdue);
  g_test_add_func ("/model/issue/copy-assign", test_issue_copy_assign);
  g_test_add_func ("/model/milestone", test_milestone);
  g_test_add_func ("/model/monthly-report", test_monthly_report);
  g_test_add_func ("/model/monthly-report/bad-month", test_monthly_report_bad_month);

  return g_test_run ();
}
