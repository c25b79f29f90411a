/* test-gantt-rows.c: the wall chart's rows as core gathers them from the
 * register for the renderer (which never reads a store): every project once,
 * named as the register names it and its leader and unit, grouped and ordered,
 * numbered in print order, with its milestones, physical progress and light;
 * the slides' rows of the red and amber projects; and the month's figures and
 * briefing under the office's rules (gt-office-month.h), the same whatever
 * output asks and following a changed rule.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-gantt-rows.h"
#include "gt-office-month.h"
#include "gt-office-settings.h"
#include "gt-store-formalities.h"
#include "gt-test-util.h"

typedef struct {
  char       *dir;
  GtStore    *store;
  GDate       today;
  GPtrArray  *projects;     /* GtProject, every live one */
  GHashTable *milestones;
  GPtrArray  *approvals;    /* GtFormality, every live project's */
  GHashTable *lights;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *model;

  f->dir = gt_test_make_dir ();
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 15, 11, 2026);
  f->store = gt_test_open_demo (f->dir, &f->today);
  model = gt_store_get_projects (f->store);
  f->projects = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (f->projects, g_list_model_get_item (model, i));
  g_assert_cmpuint (f->projects->len, >, 10);
  f->milestones = gt_store_list_all_milestones (f->store, &error);
  g_assert_no_error (error);
  f->approvals = gt_store_list_all_formalities (f->store, 0, &error);
  g_assert_no_error (error);
  f->lights = gt_rag_judge_as_of (f->store, gt_rag_rules_default (), &f->today, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_hash_table_unref (f->lights);
  g_hash_table_unref (f->milestones);
  g_ptr_array_unref (f->approvals);
  g_ptr_array_unref (f->projects);
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static const char *
unit_name (GtStore *store,
           gint64   id)
{
  GtUnit *unit = id != 0 ? gt_store_lookup_unit (store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : NULL;
}

static gboolean
same_date (const GDate *a,
           const GDate *b)
{
  gboolean valid_b = b != NULL && g_date_valid (b);

  if (!g_date_valid (a) || !valid_b)
    return g_date_valid (a) == valid_b;
  return g_date_compare (a, b) == 0;
}

/* What the row of @project must say, from the register itself. */
static void
check_project_row (Fixture          *f,
                   const GtGanttRow *row,
                   GtProject        *project)
{
  gint64 id = gt_project_get_id (project);
  GtLeader *leader = gt_project_get_leader_id (project) != 0
                     ? gt_store_lookup_leader (f->store, gt_project_get_leader_id (project))
                     : NULL;
  GPtrArray *nodes = g_hash_table_lookup (f->milestones, &id);
  guint n_nodes = nodes != NULL ? nodes->len : 0;
  guint n_approvals = 0, n_given = 0;
  int percent = 0;

  g_assert_cmpint (row->kind, ==, GT_GANTT_ROW_PROJECT);
  g_assert_cmpstr (row->label, ==, gt_project_get_name (project));
  g_assert_cmpstr (row->leader, ==, leader != NULL ? gt_leader_get_name (leader) : NULL);
  g_assert_cmpstr (row->unit, ==, unit_name (f->store, gt_project_get_unit_id (project)));
  g_assert_true (same_date (&row->planned_start, gt_project_get_planned_start (project)));
  g_assert_true (same_date (&row->planned_end, gt_project_get_planned_end (project)));
  g_assert_true (same_date (&row->actual_start, gt_project_get_actual_start (project)));
  g_assert_true (same_date (&row->actual_end, gt_project_get_actual_end (project)));
  g_assert_cmpint (row->status, ==,
                   GPOINTER_TO_INT (g_hash_table_lookup (f->lights, &id)));
  g_assert_true (row->has_figures);
  g_assert_cmpint (row->total_investment, ==, gt_project_get_total_investment (project));
  g_assert_cmpint (row->annual_plan, ==, gt_project_get_annual_plan (project));
  g_assert_cmpint (row->completed, ==, gt_project_get_completed (project));

  /* The nodes, then the approvals due on a day (one not needed is not drawn). */
  for (guint i = 0; i < f->approvals->len; i++)
    {
      GtFormality *approval = g_ptr_array_index (f->approvals, i);

      if (gt_formality_get_project_id (approval) != id ||
          gt_formality_get_planned_on (approval) == NULL ||
          gt_formality_get_state (approval) == GT_FORMALITY_NOT_NEEDED)
        continue;
      n_approvals++;
      n_given += gt_formality_get_state (approval) == GT_FORMALITY_DONE;
    }
  g_assert_cmpuint (row->n_milestones, ==, n_nodes + n_approvals);
  for (guint i = n_nodes; i < row->n_milestones; i++)
    {
      g_assert_true (row->milestones[i].approval);
      n_given -= row->milestones[i].done;
    }
  g_assert_cmpuint (n_given, ==, 0);
  for (guint i = 0; i < n_nodes; i++)
    {
      GtMilestone *node = g_ptr_array_index (nodes, i);

      g_assert_cmpstr (row->milestones[i].name, ==, gt_milestone_get_name (node));
      g_assert_true (same_date (&row->milestones[i].planned_end,
                                gt_milestone_get_planned_end (node)));
      g_assert_cmpint (row->milestones[i].done, ==,
                       gt_milestone_get_actual_end (node) != NULL ||
                       gt_milestone_get_percent (node) >= 100);
      percent += gt_milestone_get_percent (node);
    }
  /* Physical progress: the milestones' mean, 100 once finished. */
  if (gt_project_get_actual_end (project) != NULL)
    g_assert_cmpint (row->percent, ==, 100);
  else
    g_assert_cmpint (row->percent, ==, n_nodes > 0 ? CLAMP (percent / (int) n_nodes, 0, 100) : 0);
  g_assert_cmpint (row->has_progress, ==,
                   gt_project_get_actual_end (project) != NULL || n_nodes > 0);
}

static GtProject *
find_project (Fixture *f,
              gint64   id)
{
  for (guint i = 0; i < f->projects->len; i++)
    if (gt_project_get_id (g_ptr_array_index (f->projects, i)) == id)
      return g_ptr_array_index (f->projects, i);
  return NULL;
}

/* By locality: a band a locality, named, in name order with the unnamed one
 * last; its projects in name order below it, numbered 1… in print order. */
static void
test_by_locality (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtGanttRows) rows = gt_gantt_rows_new (f->store, f->projects, f->milestones,
                                                   f->lights, GT_GANTT_GROUP_LOCALITY);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  const GtGanttRow *all;
  const GtGanttRow *group = NULL;
  const char *last_name = NULL;
  guint n_rows, serial = 0;
  gboolean unnamed = FALSE;

  all = gt_gantt_rows_get_rows (rows, &n_rows);
  g_assert_cmpuint (n_rows, ==, gt_gantt_rows_get_n_rows (rows));
  g_assert_cmpuint (n_rows, ==, f->projects->len + gt_gantt_rows_get_n_groups (rows));
  g_assert_cmpuint (gt_gantt_rows_get_n_groups (rows), >, 1);
  g_assert_cmpint (all[0].kind, ==, GT_GANTT_ROW_GROUP);

  for (guint i = 0; i < n_rows; i++)
    {
      const GtGanttRow *row = &all[i];
      GtProject *project;
      const char *locality;

      if (row->kind == GT_GANTT_ROW_GROUP)
        {
          /* Each locality once; the bands in name order, the unnamed last. */
          g_assert_false (unnamed);
          g_assert_false (g_hash_table_contains (titles, row->label));
          if (group != NULL && !g_str_equal (row->label, "No locality"))
            g_assert_cmpint (g_utf8_collate (group->label, row->label), <, 0);
          unnamed = g_str_equal (row->label, "No locality");
          g_hash_table_add (titles, (gpointer) row->label);
          g_assert_cmpuint (row->n_milestones, ==, 0);
          group = row;
          last_name = NULL;
          continue;
        }

      project = find_project (f, row->id);
      g_assert_nonnull (project);
      g_assert_false (g_hash_table_contains (seen, &row->id));
      g_hash_table_add (seen, (gpointer) &row->id);
      g_assert_cmpuint (row->serial, ==, ++serial);
      g_assert_cmpint (gt_gantt_rows_find (rows, row->id), ==, (int) i);
      check_project_row (f, row, project);

      locality = unit_name (f->store, gt_project_get_locality_id (project));
      g_assert_cmpstr (group->label, ==, locality != NULL ? locality : "No locality");
      if (last_name != NULL)
        g_assert_cmpint (g_utf8_collate (last_name, row->label), <=, 0);
      last_name = row->label;
      /* The band's bracket spans its projects' plans. */
      if (g_date_valid (&row->planned_start))
        g_assert_cmpint (g_date_compare (&group->planned_start, &row->planned_start), <=, 0);
      if (g_date_valid (&row->planned_end))
        g_assert_cmpint (g_date_compare (&group->planned_end, &row->planned_end), >=, 0);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, f->projects->len);
  g_assert_cmpint (gt_gantt_rows_find (rows, -7), ==, -1);
}

/* Every grouping holds every project once; ungrouped, no bands. */
static void
test_groupings (Fixture       *f,
                gconstpointer  data)
{
  for (GtGanttGrouping grouping = 0; grouping < GT_GANTT_N_GROUPS; grouping++)
    {
      g_autoptr(GtGanttRows) rows = gt_gantt_rows_new (f->store, f->projects, f->milestones,
                                                       NULL, grouping);
      const GtGanttRow *all;
      guint n_rows, n_projects = 0;

      all = gt_gantt_rows_get_rows (rows, &n_rows);
      for (guint i = 0; i < n_rows; i++)
        if (all[i].kind == GT_GANTT_ROW_PROJECT)
          {
            n_projects++;
            g_assert_cmpint (all[i].status, ==, GT_GANTT_STATUS_NONE);
            g_assert_nonnull (find_project (f, all[i].id));
          }
      g_assert_cmpuint (n_projects, ==, f->projects->len);
      if (grouping == GT_GANTT_GROUP_NONE)
        g_assert_cmpuint (gt_gantt_rows_get_n_groups (rows), ==, 0);
      else
        g_assert_cmpuint (gt_gantt_rows_get_n_groups (rows), >, 0);
      if (grouping == GT_GANTT_GROUP_STAGE)
        for (guint i = 1; i < n_rows; i++)
          if (all[i].kind == GT_GANTT_ROW_PROJECT && all[i - 1].kind == GT_GANTT_ROW_PROJECT)
            g_assert_cmpint (gt_project_get_stage (find_project (f, all[i - 1].id)), <=,
                             gt_project_get_stage (find_project (f, all[i].id)));
    }
}

/* A project without a locality, unit or leader: its group is named for the
 * lack and comes after every named one, though "A" sorts first. */
static void
test_unnamed_last (Fixture       *f,
                   gconstpointer  data)
{
  static const struct {
    GtGanttGrouping  grouping;
    const char      *title;
  } cases[] = {
    { GT_GANTT_GROUP_LOCALITY, "No locality" },
    { GT_GANTT_GROUP_UNIT, "No responsible unit" },
    { GT_GANTT_GROUP_LEADER, "No leader" },
  };
  g_autoptr(GtProject) orphan = gt_project_new ();
  g_autoptr(GPtrArray) projects = g_ptr_array_copy (f->projects, (GCopyFunc) g_object_ref,
                                                    NULL);

  g_ptr_array_set_free_func (projects, g_object_unref);
  gt_project_set_id (orphan, 999999);
  gt_project_set_name (orphan, "A project of no one");
  g_ptr_array_add (projects, g_object_ref (orphan));

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GtGanttRows) rows = gt_gantt_rows_new (f->store, projects, NULL, NULL,
                                                       cases[c].grouping);
      const GtGanttRow *all;
      guint n_rows, last_group = 0;
      int index;

      all = gt_gantt_rows_get_rows (rows, &n_rows);
      for (guint i = 0; i < n_rows; i++)
        if (all[i].kind == GT_GANTT_ROW_GROUP)
          last_group = i;
      g_assert_cmpstr (all[last_group].label, ==, cases[c].title);
      index = gt_gantt_rows_find (rows, 999999);
      g_assert_cmpint (index, >, (int) last_group);
      g_assert_null (all[index].unit);
      g_assert_null (all[index].leader);
    }
}

/* The rows own what they were built from: an export's figures replace the
 * register's, and the note is a copy. */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GtGanttRows) rows = gt_gantt_rows_new (f->store, f->projects, NULL, NULL,
                                                   GT_GANTT_GROUP_NONE);
  gint64 id = gt_project_get_id (g_ptr_array_index (f->projects, 0));
  g_autofree char *note = g_strdup ("主体完工");
  const GtGanttRow *row;

  gt_gantt_rows_set_figures (rows, id, 300, 200, 100, note);
  gt_gantt_rows_set_figures (rows, -7, 1, 1, 1, "nowhere");
  g_clear_pointer (&note, g_free);
  row = &gt_gantt_rows_get_rows (rows, NULL)[gt_gantt_rows_find (rows, id)];
  g_assert_cmpint (row->total_investment, ==, 300);
  g_assert_cmpint (row->annual_plan, ==, 200);
  g_assert_cmpint (row->completed, ==, 100);
  g_assert_cmpstr (row->progress_note, ==, "主体完工");
  /* No milestones given: only the approvals, which the rows read themselves. */
  for (guint i = 0; i < row->n_milestones; i++)
    g_assert_true (row->milestones[i].approval);
}

/* The slides' wall chart: the briefing's red and amber projects, each once,
 * in name order, with the briefing's light, and nothing green. */
static void
test_lagging (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtBriefing) briefing = gt_briefing_new (f->store, 2026, 10, GT_BRIEFING_BY_LOCALITY,
                                                    NULL, NULL, &f->today, &error);
  g_autoptr(GtGanttRows) rows = NULL;
  const GtGanttRow *all;
  guint n_rows;

  g_assert_no_error (error);
  g_assert_cmpuint (briefing->lagging->len, >, 0);
  rows = gt_gantt_rows_new_lagging (f->store, briefing, &error);
  g_assert_no_error (error);
  all = gt_gantt_rows_get_rows (rows, &n_rows);
  g_assert_cmpuint (n_rows, ==, briefing->lagging->len);
  g_assert_cmpuint (gt_gantt_rows_get_n_groups (rows), ==, 0);
  for (guint i = 1; i < n_rows; i++)
    g_assert_cmpint (g_utf8_collate (all[i - 1].label, all[i].label), <=, 0);
  for (guint i = 0; i < briefing->lagging->len; i++)
    {
      gint64 id = g_array_index (briefing->lagging, gint64, i);
      int index = gt_gantt_rows_find (rows, id);

      g_assert_cmpint (index, >=, 0);
      g_assert_cmpint (all[index].status, ==,
                       GPOINTER_TO_INT (g_hash_table_lookup (briefing->figures->lights, &id)));
      g_assert_cmpint (all[index].status, !=, GT_GANTT_STATUS_GREEN);
      g_assert_cmpstr (all[index].label, ==, gt_project_get_name (find_project (f, id)));
    }
}

static void
assert_same_figures (const GtFigures *a,
                     const GtFigures *b)
{
  g_assert_cmpuint (a->total.projects, ==, b->total.projects);
  g_assert_cmpint (a->total.completed, ==, b->total.completed);
  g_assert_cmpuint (a->total.started, ==, b->total.started);
  g_assert_cmpfloat (a->start_target, ==, b->start_target);
  for (int rag = 0; rag < GT_N_RAGS; rag++)
    g_assert_cmpuint (a->total.by_rag[rag], ==, b->total.by_rag[rag]);
}

/* The office's month: the figures and briefing under the rules the settings
 * hold, which every output takes; a changed rule changes them. */
static void
test_office_month (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = gt_office_settings_open ("rag-amber-lag-points");
  g_autoptr(GtFigures) defaults = NULL;
  g_autoptr(GtFigures) office = NULL;
  g_autoptr(GtFigures) strict = NULL;
  g_autoptr(GtBriefing) briefing = NULL;
  GtOfficeRules rules;
  GtRagRules rag = *gt_rag_rules_default ();
  GtStartTargets targets = *gt_start_targets_default ();

  g_assert_nonnull (settings);
  defaults = gt_figures_compute (f->store, 2026, 10, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  office = gt_office_month_figures (f->store, 2026, 10, NULL, &error);
  g_assert_no_error (error);
  assert_same_figures (office, defaults);

  /* Stricter rules and targets, set as the preferences set them. */
  g_settings_set_double (settings, "rag-amber-lag-points", 1.0);
  g_settings_set_double (settings, "rag-red-lag-points", 2.0);
  g_settings_set_double (settings, "start-target-march", 90.0);
  gt_office_rules_load (&rules);
  g_assert_cmpfloat (rules.rag.amber_lag_points, ==, 1.0);
  g_assert_cmpfloat (rules.targets.by_march, ==, 0.9);
  rag.amber_lag_points = 1.0;
  rag.red_lag_points = 2.0;
  targets.by_march = 0.9;
  strict = gt_figures_compute (f->store, 2026, 3, &rag, &targets, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&office, gt_figures_free);
  office = gt_office_month_figures (f->store, 2026, 3, NULL, &error);
  g_assert_no_error (error);
  assert_same_figures (office, strict);
  g_assert_cmpfloat (office->start_target, ==, 0.9);

  g_clear_pointer (&strict, gt_figures_free);
  strict = gt_figures_compute (f->store, 2026, 10, &rag, &targets, NULL, &error);
  g_assert_no_error (error);
  /* The stricter rule turns some projects a worse colour. */
  g_assert_cmpuint (strict->total.by_rag[GT_RAG_RED], >, defaults->total.by_rag[GT_RAG_RED]);
  briefing = gt_office_month_briefing (f->store, 2026, 10, GT_BRIEFING_BY_UNIT, NULL, &error);
  g_assert_no_error (error);
  assert_same_figures (briefing->figures, strict);
  g_assert_cmpint (briefing->grouping, ==, GT_BRIEFING_BY_UNIT);

  g_settings_reset (settings, "rag-amber-lag-points");
  g_settings_reset (settings, "rag-red-lag-points");
  g_settings_reset (settings, "start-target-march");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/gantt-rows/by-locality", Fixture, NULL, fixture_set_up, test_by_locality,
              fixture_tear_down);
  g_test_add ("/gantt-rows/groupings", Fixture, NULL, fixture_set_up, test_groupings,
              fixture_tear_down);
  g_test_add ("/gantt-rows/unnamed-last", Fixture, NULL, fixture_set_up, test_unnamed_last,
              fixture_tear_down);
  g_test_add ("/gantt-rows/figures", Fixture, NULL, fixture_set_up, test_figures,
              fixture_tear_down);
  g_test_add ("/gantt-rows/lagging", Fixture, NULL, fixture_set_up, test_lagging,
              fixture_tear_down);
  g_test_add ("/office-month/rules", Fixture, NULL, fixture_set_up, test_office_month,
              fixture_tear_down);
  return g_test_run ();
}
