/* test-formalities.c: approval formalities (审批手续): late and due soon at
 * chosen days, the template and its backward dates (倒排) worked out by hand,
 * the store's edits and lists, and the lights an overdue approval turns.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-format.h"
#include "gt-gantt-rows.h"
#include "gt-office-settings.h"
#include "gt-rag.h"
#include "gt-store-formalities.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  GtStore *store;
  gint64   planning;    /* 县自然资源和规划局 */
  gint64   housing;     /* 县住房和城乡建设局 */
  gint64   project;     /* planned to start 2023-06-01 */
} Fixture;

static GDate *
date (const char *iso)
{
  GDate *day = g_date_new ();

  g_assert_true (gt_date_parse_iso (iso, day));
  return day;
}

static char *
iso (const GDate *day)
{
  return day != NULL ? gt_date_to_iso (day) : g_strdup ("-");
}

static gint64
add_unit (Fixture    *f,
          const char *name,
          GtUnitKind  kind)
{
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, kind);
  g_assert_true (gt_store_add_unit (f->store, unit, &error));
  g_assert_no_error (error);
  return gt_unit_get_id (unit);
}

static gint64
add_project (Fixture    *f,
             const char *name,
             const char *planned_start,
             GtStage     stage)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) start = date (planned_start);

  gt_project_set_name (project, name);
  gt_project_set_level (project, GT_LEVEL_COUNTY);
  gt_project_set_stage (project, stage);
  gt_project_set_planned_start (project, start);
  g_assert_true (gt_store_add_project (f->store, project, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  path = gt_test_register_location (f->dir, "guatu.db");
  f->store = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_store_set_year (f->store, 2023);
  /* A township named like a department comes after the department. */
  add_unit (f, "自然资源所", GT_UNIT_KIND_TOWNSHIP);
  f->planning = add_unit (f, "县自然资源和规划局", GT_UNIT_KIND_DEPARTMENT);
  f->housing = add_unit (f, "县住房和城乡建设局", GT_UNIT_KIND_DEPARTMENT);
  f->project = add_project (f, "城东污水处理厂", "2023-06-01", GT_STAGE_PREPARING);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtFormality *
formality (gint64            project_id,
           const char       *kind,
           const char       *planned,
           GtFormalityState  state)
{
  GtFormality *formality = gt_formality_new ();

  gt_formality_set_project_id (formality, project_id);
  gt_formality_set_kind (formality, kind);
  if (planned != NULL)
    {
      g_autoptr(GDate) day = date (planned);

      gt_formality_set_planned_on (formality, day);
    }
  gt_formality_set_state (formality, state);
  return formality;
}

/* Late the day after its planned day, not on it; due soon for the week up to
 * it; given or not needed, never either. */
static void
test_late_and_due (void)
{
  g_autoptr(GtFormality) f = formality (1, "环评批复", "2023-04-10", GT_FORMALITY_DOING);
  static const struct {
    const char *today;
    gboolean    overdue;
    int         days;
    gboolean    soon;
  } cases[] = {
    { "2023-04-02", FALSE, 0, FALSE },
    { "2023-04-03", FALSE, 0, TRUE },
    { "2023-04-10", FALSE, 0, TRUE },
    { "2023-04-11", TRUE, 1, FALSE },
    { "2023-05-10", TRUE, 30, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) today = date (cases[i].today);
      int days = -1;

      g_assert_cmpint (gt_formality_is_overdue (f, today, &days), ==, cases[i].overdue);
      g_assert_cmpint (days, ==, cases[i].days);
      g_assert_cmpint (gt_formality_is_due_soon (f, today), ==, cases[i].soon);
    }
  for (GtFormalityState state = GT_FORMALITY_DONE; state <= GT_FORMALITY_NOT_NEEDED; state++)
    {
      g_autoptr(GDate) today = date ("2023-05-10");
      g_autoptr(GDate) soon = date ("2023-04-09");

      gt_formality_set_state (f, state);
      g_assert_false (gt_formality_is_overdue (f, today, NULL));
      g_assert_false (gt_formality_is_due_soon (f, soon));
    }
  /* Not planned: neither. */
  gt_formality_set_state (f, GT_FORMALITY_TODO);
  gt_formality_set_planned_on (f, NULL);
  {
    g_autoptr(GDate) today = date ("2023-05-10");

    g_assert_false (gt_formality_is_overdue (f, today, NULL));
    g_assert_false (gt_formality_is_due_soon (f, today));
  }

  for (GtFormalityState state = 0; state < GT_N_FORMALITY_STATES; state++)
    {
      GtFormalityState back = GT_N_FORMALITY_STATES;

      g_assert_true (gt_formality_state_from_id (gt_formality_state_to_id (state), &back));
      g_assert_cmpint (back, ==, state);
    }
  g_assert_cmpstr (gt_formality_state_to_id (GT_FORMALITY_NOT_NEEDED), ==, "not_needed");
}

/* The built-in list: eight approvals in order, 5+20+20+20+30+20+15+7 days;
 * planned back from a start of 2023-06-01. */
/* As it stood at a month's close: given on the close or after it, in hand then. */
static void
test_as_of (void)
{
  g_autoptr(GtFormality) f = formality (1, "环评批复", "2023-04-10", GT_FORMALITY_DONE);
  g_autoptr(GDate) given = date ("2023-05-01");
  g_autoptr(GDate) april_close = date ("2023-05-01");
  g_autoptr(GDate) march_close = date ("2023-04-01");
  g_autoptr(GDate) may_close = date ("2023-06-01");

  gt_formality_set_actual_on (f, given);
  {
    /* Given on the first day after April: still in hand at April's close, and
     * 20 days late then; the register's own copy unchanged. */
    g_autoptr(GtFormality) then = gt_formality_as_of (f, april_close);
    int days = 0;

    g_assert_true (then != f);
    g_assert_cmpint (gt_formality_get_state (then), ==, GT_FORMALITY_DOING);
    g_assert_null (gt_formality_get_actual_on (then));
    g_assert_true (gt_formality_is_overdue (then, april_close, &days));
    g_assert_cmpint (days, ==, 21);
    g_assert_cmpint (gt_formality_get_state (f), ==, GT_FORMALITY_DONE);
  }
  {
    g_autoptr(GtFormality) then = gt_formality_as_of (f, march_close);

    g_assert_true (gt_formality_is_open (then));
    g_assert_false (gt_formality_is_due_soon (then, march_close));
  }
  {
    /* Given before May's close: given, and the same object. */
    g_autoptr(GtFormality) then = gt_formality_as_of (f, may_close);

    g_assert_true (then == f);
    g_assert_false (gt_formality_is_open (then));
  }
  /* Given with no day: given whenever asked. */
  gt_formality_set_actual_on (f, NULL);
  {
    g_autoptr(GtFormality) then = gt_formality_as_of (f, march_close);

    g_assert_false (gt_formality_is_open (then));
  }
}

static void
test_default_plan (void)
{
  g_autoptr(GtFormalityTemplate) tmpl = gt_formality_template_new_default ();
  g_autoptr(GDate) start = date ("2023-06-01");
  g_autoptr(GPtrArray) plan = gt_formality_template_plan (tmpl, start, 42, NULL);
  /* The last by the day before the start; each before it by the day the
   * next is applied for: 05-31 − 7 = 05-24, − 15 = 05-09, − 20 = 04-19,
   * − 30 = 03-20, − 20 = 02-28, − 20 = 02-08, − 20 = 01-19. */
  static const char * const expected[] = {
    "2023-01-19", "2023-02-08", "2023-02-28", "2023-03-20",
    "2023-04-19", "2023-05-09", "2023-05-24", "2023-05-31",
  };
  static const guint days[] = { 5, 20, 20, 20, 30, 20, 15, 7 };

  g_assert_cmpuint (gt_formality_template_get_n_items (tmpl), ==, 8);
  g_assert_cmpuint (plan->len, ==, 8);
  for (guint i = 0; i < plan->len; i++)
    {
      GtFormality *f = g_ptr_array_index (plan, i);
      g_autofree char *planned = iso (gt_formality_get_planned_on (f));

      g_assert_cmpstr (planned, ==, expected[i]);
      g_assert_cmpuint (gt_formality_template_get_days (tmpl, i), ==, days[i]);
      g_assert_cmpint (gt_formality_get_limit_days (f), ==, (int) days[i]);
      g_assert_cmpint (gt_formality_get_position (f), ==, (int) i);
      g_assert_cmpint (gt_formality_get_project_id (f), ==, 42);
      g_assert_cmpint (gt_formality_get_state (f), ==, GT_FORMALITY_TODO);
      g_assert_cmpstr (gt_formality_get_kind (f), ==, gt_formality_template_get_kind (tmpl, i));
      /* No units: the department kept in the note. */
      g_assert_cmpstr (gt_formality_get_note (f), ==,
                       gt_formality_template_get_department (tmpl, i));
    }
  g_assert_cmpstr (gt_formality_template_get_kind (tmpl, 0), ==, "Project Approval or Filing");
  g_assert_cmpstr (gt_formality_template_get_kind (tmpl, 7), ==, "Construction Permit");

  /* No start: nothing planned. */
  {
    g_autoptr(GPtrArray) unplanned = gt_formality_template_plan (tmpl, NULL, 42, NULL);

    g_assert_null (gt_formality_get_planned_on (g_ptr_array_index (unplanned, 0)));
  }
}

static void
test_template_text (void)
{
  g_autoptr(GtFormalityTemplate) tmpl = gt_formality_template_new_default ();
  g_autoptr(GtFormalityTemplate) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gt_formality_template_to_string (tmpl);
  g_autofree char *text_again = NULL;
  static const char * const bad[] = {
    "", "立项", "立项|发改局", "|发改局|5", "立项|发改局|五", "立项|发改局|-1",
    "立项|发改局|3651", "立项|发改局|5;", "立项|发改|局|5",
  };

  again = gt_formality_template_parse (text, &error);
  g_assert_no_error (error);
  text_again = gt_formality_template_to_string (again);
  g_assert_cmpstr (text_again, ==, text);

  g_clear_pointer (&again, gt_formality_template_free);
  again = gt_formality_template_parse (" 立项 | 发改局 | 5 ;备案||0", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_formality_template_get_n_items (again), ==, 2);
  g_assert_cmpstr (gt_formality_template_get_kind (again, 0), ==, "立项");
  g_assert_cmpstr (gt_formality_template_get_department (again, 0), ==, "发改局");
  g_assert_cmpstr (gt_formality_template_get_department (again, 1), ==, "");
  g_assert_cmpuint (gt_formality_template_get_days (again, 1), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GtFormalityTemplate) refused = gt_formality_template_parse (bad[i], &error);

      g_assert_null (refused);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
}

/* A category's own list, else the one for all (""), else the built-in; a
 * text that does not parse is passed over. */
static void
test_template_for_category (void)
{
  g_autoptr(GVariant) templates = NULL;
  GVariantBuilder builder;
  static const struct {
    const char *category;
    const char *first;
    guint       n;
  } cases[] = {
    { "水利", "取水许可", 2 },
    { "交通", "立项", 1 },
    { "", "立项", 1 },
    { NULL, "立项", 1 },
    { "坏的", "立项", 1 },
  };

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", "水利", "取水许可|水利局|20;施工许可|住建局|7");
  g_variant_builder_add (&builder, "{ss}", "", "立项|发改局|5");
  g_variant_builder_add (&builder, "{ss}", "坏的", "施工许可");
  templates = g_variant_ref_sink (g_variant_builder_end (&builder));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GtFormalityTemplate) tmpl =
        gt_formality_template_for_category (templates, cases[i].category);

      g_assert_cmpuint (gt_formality_template_get_n_items (tmpl), ==, cases[i].n);
      g_assert_cmpstr (gt_formality_template_get_kind (tmpl, 0), ==, cases[i].first);
    }
  {
    g_autoptr(GtFormalityTemplate) builtin = gt_formality_template_for_category (NULL, "水利");

    g_assert_cmpuint (gt_formality_template_get_n_items (builtin), ==, 8);
  }
}

/* From Preferences (the settings key), by category. */
static void
test_template_load (void)
{
  g_autoptr(GSettings) settings = gt_office_settings_open (GT_FORMALITY_TEMPLATES_KEY);
  g_autoptr(GtFormalityTemplate) water = NULL;
  g_autoptr(GtFormalityTemplate) roads = NULL;
  GVariantBuilder builder;

  g_assert_nonnull (settings);
  {
    g_autoptr(GtFormalityTemplate) builtin = gt_formality_template_load ("水利");

    g_assert_cmpuint (gt_formality_template_get_n_items (builtin), ==, 8);
  }
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", "水利", "取水许可|水利局|20;施工许可|住建局|7");
  g_assert_true (g_settings_set_value (settings, GT_FORMALITY_TEMPLATES_KEY,
                                       g_variant_builder_end (&builder)));
  water = gt_formality_template_load ("水利");
  roads = gt_formality_template_load ("交通");
  g_assert_cmpuint (gt_formality_template_get_n_items (water), ==, 2);
  g_assert_cmpstr (gt_formality_template_get_kind (water, 0), ==, "取水许可");
  g_assert_cmpuint (gt_formality_template_get_n_items (roads), ==, 8);
  g_settings_reset (settings, GT_FORMALITY_TEMPLATES_KEY);
}

/* Departments found among the units as registers name them. */
static void
test_match_unit (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *units = gt_store_get_units (f->store);

  g_assert_cmpint (gt_formality_template_match_unit (units, "自然资源局"), ==, f->planning);
  g_assert_cmpint (gt_formality_template_match_unit (units, "县自然资源和规划局"), ==,
                   f->planning);
  g_assert_cmpint (gt_formality_template_match_unit (units, "自然资源"), ==, f->planning);
  g_assert_cmpint (gt_formality_template_match_unit (units, "住房和城乡建设局"), ==, f->housing);
  g_assert_cmpint (gt_formality_template_match_unit (units, "住建局"), ==, f->housing);
  g_assert_cmpint (gt_formality_template_match_unit (units, "生态环境局"), ==, 0);
  g_assert_cmpint (gt_formality_template_match_unit (units, "局"), ==, 0);
  g_assert_cmpint (gt_formality_template_match_unit (units, ""), ==, 0);
}

static char *
describe (GPtrArray *formalities)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < formalities->len; i++)
    {
      GtFormality *f = g_ptr_array_index (formalities, i);
      g_autofree char *planned = iso (gt_formality_get_planned_on (f));
      g_autofree char *actual = iso (gt_formality_get_actual_on (f));

      g_string_append_printf (out, "%d %s %" G_GINT64_FORMAT " %d %s %s %s %s|",
                              gt_formality_get_position (f), gt_formality_get_kind (f),
                              gt_formality_get_approver_unit_id (f),
                              gt_formality_get_limit_days (f), planned, actual,
                              gt_formality_state_to_id (gt_formality_get_state (f)),
                              gt_formality_get_note (f));
    }
  return g_string_free (out, FALSE);
}

static void
count_changed (GtStore *store,
               guint   *count)
{
  (*count)++;
}

static void
test_store_edits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtFormalityTemplate) tmpl =
    gt_formality_template_parse ("用地规划许可|自然资源局|20;施工许可|住建局|7", NULL);
  g_autoptr(GtProject) project = g_object_ref (gt_store_lookup_project (f->store, f->project));
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GtFormality) extra = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 other;
  guint changed = 0;

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_false (gt_store_has_formalities (f->store, f->project));
  g_assert_true (gt_store_apply_formality_template (f->store, project, tmpl, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (gt_store_has_formalities (f->store, f->project));

  list = gt_store_list_formalities (f->store, f->project, &error);
  g_assert_no_error (error);
  text = describe (list);
  {
    g_autofree char *expected = g_strdup_printf (
      "0 用地规划许可 %" G_GINT64_FORMAT " 20 2023-05-24 - todo |"
      "1 施工许可 %" G_GINT64_FORMAT " 7 2023-05-31 - todo |", f->planning, f->housing);

    g_assert_cmpstr (text, ==, expected);
  }

  /* Given: state and date. */
  {
    GtFormality *given = g_ptr_array_index (list, 0);
    g_autoptr(GDate) on = date ("2023-05-20");
    g_autoptr(GPtrArray) reread = NULL;
    g_autofree char *after = NULL;

    gt_formality_set_state (given, GT_FORMALITY_DONE);
    gt_formality_set_actual_on (given, on);
    gt_formality_set_note (given, "规划证已核发");
    g_assert_true (gt_store_update_formality (f->store, given, &error));
    g_assert_no_error (error);
    reread = gt_store_list_formalities (f->store, f->project, &error);
    after = describe (reread);
    g_assert_nonnull (strstr (after, "2023-05-24 2023-05-20 done 规划证已核发|"));
  }

  /* One added goes last; one without a name or with a date out of range is
   * refused. */
  extra = formality (f->project, "节能审查", NULL, GT_FORMALITY_NOT_NEEDED);
  g_assert_true (gt_store_add_formality (f->store, extra, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_formality_get_id (extra), >, 0);
  g_assert_cmpint (gt_formality_get_position (extra), ==, 2);
  {
    g_autoptr(GtFormality) nameless = formality (f->project, "", NULL, GT_FORMALITY_TODO);
    g_autoptr(GtFormality) ancient = formality (f->project, "立项", NULL, GT_FORMALITY_TODO);
    g_autoptr(GDate) old = g_date_new_dmy (1, 1, 1800);

    g_assert_false (gt_store_add_formality (f->store, nameless, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
    gt_formality_set_planned_on (ancient, old);
    g_assert_false (gt_store_add_formality (f->store, ancient, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
  }

  /* Across projects, by department; one department only. */
  other = add_project (f, "工业园标准厂房", "2023-09-01", GT_STAGE_SIGNED);
  {
    g_autoptr(GtFormality) theirs = formality (other, "工程规划许可", "2023-07-01",
                                               GT_FORMALITY_DOING);
    g_autoptr(GPtrArray) all = NULL;
    g_autoptr(GPtrArray) planning = NULL;

    gt_formality_set_approver_unit_id (theirs, f->planning);
    g_assert_true (gt_store_add_formality (f->store, theirs, &error));
    g_assert_no_error (error);
    all = gt_store_list_all_formalities (f->store, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 4);
    /* No department last. */
    g_assert_cmpstr (gt_formality_get_kind (g_ptr_array_index (all, 3)), ==, "节能审查");
    planning = gt_store_list_all_formalities (f->store, f->planning, &error);
    g_assert_cmpuint (planning->len, ==, 2);
    g_assert_cmpstr (gt_formality_get_kind (g_ptr_array_index (planning, 0)), ==,
                     "用地规划许可");
    g_assert_cmpstr (gt_formality_get_kind (g_ptr_array_index (planning, 1)), ==,
                     "工程规划许可");
  }

  /* Deleted: gone; again: not found. A deleted project's are not listed. */
  g_assert_true (gt_store_delete_formality (f->store, extra, &error));
  g_assert_no_error (error);
  g_assert_false (gt_store_delete_formality (f->store, extra, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (gt_store_delete_project (f->store, gt_store_lookup_project (f->store, other),
                                          &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) all = gt_store_list_all_formalities (f->store, 0, &error);

    g_assert_cmpuint (all->len, ==, 2);
  }
}

static GtRag
light_of (GHashTable *lights,
          gint64      id)
{
  return (GtRag) GPOINTER_TO_INT (g_hash_table_lookup (lights, &id));
}

static guint
reasons_of (GHashTable *reasons,
            gint64      id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (reasons, &id));
}

/* An approval past its planned day is a late node for the lights: amber, red
 * past the rule's days; as of a day before it was given, it was late then. */
/* The project's approvals as they are, ids too: what undo must give back. */
static char *
describe_now (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = gt_store_list_formalities (f->store, f->project, &error);
  GString *out = g_string_new (NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    g_string_append_printf (out, "#%" G_GINT64_FORMAT " ",
                            gt_formality_get_id (g_ptr_array_index (list, i)));
  text = describe (list);
  g_string_append (out, text);
  return g_string_free (out, FALSE);
}

/* Each edit of a project's approvals is one step of undo, and redo: planning
 * them from the template, giving one, deleting one, adding one. Undo gives
 * back exactly what was there, ids kept; one made stale by another program
 * is refused. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GtFormalityTemplate) tmpl =
    gt_formality_template_parse ("用地规划许可|自然资源局|20;施工许可|住建局|7", NULL);
  GtProject *project = gt_store_lookup_project (f->store, f->project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GtFormality) extra = NULL;
  char *states[5] = { NULL, };

  states[0] = describe_now (f);
  g_assert_true (gt_store_apply_formality_template (f->store, project, tmpl, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Plan the Approvals of “城东污水处理厂”");
  states[1] = describe_now (f);

  list = gt_store_list_formalities (f->store, f->project, &error);
  gt_formality_set_state (g_ptr_array_index (list, 0), GT_FORMALITY_DONE);
  gt_formality_set_note (g_ptr_array_index (list, 0), "已核发");
  g_assert_true (gt_store_update_formality (f->store, g_ptr_array_index (list, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Edit Approval “用地规划许可”");
  states[2] = describe_now (f);

  g_assert_true (gt_store_delete_formality (f->store, g_ptr_array_index (list, 1), &error));
  g_assert_no_error (error);
  states[3] = describe_now (f);

  extra = formality (f->project, "环评批复", "2023-04-01", GT_FORMALITY_DOING);
  g_assert_true (gt_store_add_formality (f->store, extra, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Approval “环评批复”");
  states[4] = describe_now (f);
  for (int i = 0; i < 4; i++)
    g_assert_cmpstr (states[i], !=, states[i + 1]);

  for (int i = 4; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (gt_store_undo (f->store, &error));
      g_assert_no_error (error);
      now = describe_now (f);
      g_assert_cmpstr (now, ==, states[i - 1]);
    }
  for (int i = 1; i <= 4; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (gt_store_redo (f->store, &error));
      g_assert_no_error (error);
      now = describe_now (f);
      g_assert_cmpstr (now, ==, states[i]);
    }

  /* Another program gives the new one meanwhile: its undo would take that
   * away without a word, and is refused. */
  {
    g_autoptr(GtStore) other = gt_store_open (gt_store_get_path (f->store), &error);
    g_autoptr(GPtrArray) theirs = NULL;
    g_autofree char *before = NULL;

    g_assert_no_error (error);
    theirs = gt_store_list_formalities (other, f->project, &error);
    for (guint i = 0; i < theirs->len; i++)
      gt_formality_set_state (g_ptr_array_index (theirs, i), GT_FORMALITY_DONE);
    g_assert_true (gt_store_update_formality (other, g_ptr_array_index (theirs, 1), &error));
    g_assert_no_error (error);
    g_assert_true (gt_test_refresh_until_changed (f->store));
    before = describe_now (f);
    g_assert_false (gt_store_undo (f->store, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    {
      g_autofree char *after = describe_now (f);

      g_assert_cmpstr (after, ==, before);
    }
  }
  for (int i = 0; i < 5; i++)
    g_free (states[i]);
}

static void
test_lights (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtFormality) permit = formality (f->project, "施工许可", "2023-03-31",
                                             GT_FORMALITY_DOING);
  g_autoptr(GError) error = NULL;
  const GtRagRules *rules = gt_rag_rules_default ();
  static const struct {
    const char *today;
    GtRag       rag;
    gboolean    late;
  } cases[] = {
    { "2023-03-31", GT_RAG_GREEN, FALSE },
    { "2023-04-10", GT_RAG_AMBER, TRUE },
    { "2023-04-30", GT_RAG_AMBER, TRUE },   /* 30 days: not more than 30 */
    { "2023-05-01", GT_RAG_RED, TRUE },
  };

  g_assert_cmpint (rules->red_milestone_days, ==, 30);
  g_assert_true (gt_store_add_formality (f->store, permit, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) today = date (cases[i].today);
      g_autoptr(GHashTable) lights = NULL;
      g_autoptr(GHashTable) reasons = NULL;
      g_autoptr(GHashTable) as_of = NULL;
      g_autoptr(GHashTable) as_of_reasons = NULL;
      g_autoptr(GDate) eve = date (cases[i].today);
      GtRagInput input;
      guint why = 0;

      lights = gt_rag_judge_all_with_reasons (f->store, rules, today, &reasons, &error);
      g_assert_no_error (error);
      g_assert_cmpint (light_of (lights, f->project), ==, cases[i].rag);
      g_assert_cmpint (!!(reasons_of (reasons, f->project) & GT_RAG_REASON_FORMALITY_OVERDUE),
                       ==, cases[i].late);

      /* One project's input says the same. */
      g_assert_true (gt_rag_input_from_store (f->store, gt_store_lookup_project (f->store,
                                                                                 f->project),
                                              today, &input, &error));
      g_assert_no_error (error);
      g_assert_cmpint (gt_rag_judge (rules, &input, today, &why), ==, cases[i].rag);
      g_assert_cmpuint (input.overdue_formalities, ==, cases[i].late ? 1 : 0);
      if (cases[i].late)
        {
          g_autofree char *words = gt_rag_describe (rules, &input, today);

          g_assert_nonnull (strstr (words, "An approval "));
          g_assert_nonnull (strstr (words, " days overdue"));
        }

      /* As of the day before: judged at its close, the same day's rule. */
      g_date_subtract_days (eve, 1);
      as_of = gt_rag_judge_as_of (f->store, rules, eve, &as_of_reasons, &error);
      g_assert_no_error (error);
      g_assert_cmpint (light_of (as_of, f->project), ==, cases[i].rag);
    }

  /* Given on 2023-04-20: not late today, late as of 2023-04-10 all the same. */
  {
    g_autoptr(GDate) given = date ("2023-04-20");
    g_autoptr(GDate) today = date ("2023-05-10");
    g_autoptr(GDate) then = date ("2023-04-09");
    g_autoptr(GHashTable) lights = NULL;
    g_autoptr(GHashTable) as_of = NULL;

    gt_formality_set_state (permit, GT_FORMALITY_DONE);
    gt_formality_set_actual_on (permit, given);
    g_assert_true (gt_store_update_formality (f->store, permit, &error));
    g_assert_no_error (error);
    lights = gt_rag_judge_all (f->store, rules, today, &error);
    g_assert_cmpint (light_of (lights, f->project), ==, GT_RAG_GREEN);
    as_of = gt_rag_judge_as_of (f->store, rules, then, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (light_of (as_of, f->project), ==, GT_RAG_AMBER);
  }

  /* Not needed: never late. */
  {
    g_autoptr(GDate) today = date ("2023-05-10");
    g_autoptr(GHashTable) lights = NULL;

    gt_formality_set_state (permit, GT_FORMALITY_NOT_NEEDED);
    gt_formality_set_actual_on (permit, NULL);
    g_assert_true (gt_store_update_formality (f->store, permit, &error));
    lights = gt_rag_judge_all (f->store, rules, today, &error);
    g_assert_cmpint (light_of (lights, f->project), ==, GT_RAG_GREEN);
  }
}

/* On the wall chart: a marker per approval planned and needed, on its day,
 * done once given, after the project's nodes. */
static void
test_wall_chart_markers (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GtFormality) given = formality (f->project, "立项", "2023-01-19", GT_FORMALITY_DONE);
  g_autoptr(GtFormality) open = formality (f->project, "施工许可", "2023-05-31",
                                           GT_FORMALITY_DOING);
  g_autoptr(GtFormality) skipped = formality (f->project, "节能审查", "2023-05-09",
                                              GT_FORMALITY_NOT_NEEDED);
  g_autoptr(GtFormality) unplanned = formality (f->project, "环评批复", NULL, GT_FORMALITY_TODO);
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtGanttRows *rows;
  const GtGanttRow *row;
  guint n_rows = 0;
  g_autofree char *day = NULL;

  g_assert_true (gt_store_add_formality (f->store, given, &error));
  g_assert_true (gt_store_add_formality (f->store, open, &error));
  g_assert_true (gt_store_add_formality (f->store, skipped, &error));
  g_assert_true (gt_store_add_formality (f->store, unplanned, &error));
  g_ptr_array_add (projects, gt_store_lookup_project (f->store, f->project));
  rows = gt_gantt_rows_new (f->store, projects, NULL, NULL, GT_GANTT_GROUP_NONE);
  row = gt_gantt_rows_get_rows (rows, &n_rows);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_cmpuint (row->n_milestones, ==, 2);
  g_assert_true (row->milestones[0].approval && row->milestones[0].done);
  g_assert_cmpstr (row->milestones[0].name, ==, "立项");
  g_assert_true (row->milestones[1].approval && !row->milestones[1].done);
  day = gt_date_to_iso (&row->milestones[1].planned_end);
  g_assert_cmpstr (day, ==, "2023-05-31");
  g_assert_false (g_date_valid (&row->milestones[1].planned_start));
  gt_gantt_rows_free (rows);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/formalities/undo", test_undo);
  g_test_add_func ("/formalities/late-and-due", test_late_and_due);
  g_test_add_func ("/formalities/as-of", test_as_of);
  g_test_add_func ("/formalities/default-plan", test_default_plan);
  g_test_add_func ("/formalities/template-text", test_template_text);
  g_test_add_func ("/formalities/template-for-category", test_template_for_category);
  g_test_add_func ("/formalities/template-load", test_template_load);
  ADD ("/formalities/match-unit", test_match_unit);
  ADD ("/formalities/store-edits", test_store_edits);
  ADD ("/formalities/lights", test_lights);
  ADD ("/formalities/wall-chart-markers", test_wall_chart_markers);

  return g_test_run ();
}
