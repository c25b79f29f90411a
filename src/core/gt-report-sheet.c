/* gt-report-sheet.c: the monthly entry sheet.
 *
 * One query reads the reports from last month back to January (or last
 * December) for every project, and one the year's plans; the lines are built
 * from those in the order of the store's project list.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "gt-report-sheet.h"
#include "gt-store-private.h"

struct _GtReportSheet
{
  GObject parent_instance;

  GtStore *store;
  GListModel *projects;
  gulong store_changed_id;
  GPtrArray *rows;            /* GtReportRow */
  int year;
  int month;
  gboolean saving;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GtReportSheet, gt_report_sheet, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      list_model_iface_init))

/* ?1 first month read, ?2 this month. */
static const GtDbQuery reports_query =
  GT_DB_QUERY ("report-sheet-reports",
               "SELECT r.id, r.project_id, r.month, r.completed, r.progress_note, r.percent,"
               "       r.problems"
               " FROM monthly_reports r JOIN projects p ON p.id = r.project_id"
               " WHERE p.deleted = 0 AND r.month >= ?1 AND r.month <= ?2");

/* ?1 the year. */
static const GtDbQuery plans_query =
  GT_DB_QUERY ("report-sheet-plans",
               "SELECT a.project_id, a.amount"
               " FROM annual_plans a JOIN projects p ON p.id = a.project_id"
               " WHERE p.deleted = 0 AND a.year = ?1");

/* What the query found for one project. */
typedef struct {
  GtMonthlyReport *report;    /* this month's, or NULL */
  gint64 previous;            /* −1 when none */
  gint64 before;
  gboolean filed_before;
  gint64 plan;
} Found;

static GType
gt_report_sheet_get_item_type (GListModel *model)
{
  return GT_TYPE_REPORT_ROW;
}

static guint
gt_report_sheet_get_n_items (GListModel *model)
{
  return GT_REPORT_SHEET (model)->rows->len;
}

static gpointer
gt_report_sheet_get_item (GListModel *model,
                          guint       position)
{
  GtReportSheet *self = GT_REPORT_SHEET (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = gt_report_sheet_get_item_type;
  iface->get_n_items = gt_report_sheet_get_n_items;
  iface->get_item = gt_report_sheet_get_item;
}

static void
found_free (gpointer data)
{
  Found *found = data;

  g_clear_object (&found->report);
  g_free (found);
}

static Found *
get_found (GHashTable *table,
           gint64      project_id)
{
  Found *found = g_hash_table_lookup (table, &project_id);

  if (found == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = project_id;
      found = g_new0 (Found, 1);
      found->previous = -1;
      g_hash_table_insert (table, key, found);
    }
  return found;
}

/* Adds "Could not read the monthly reports" to @local and passes it on. */
static gboolean
failed (GError  *local,
        GError **error)
{
  g_prefix_error (&local, "%s: ", _("Could not read the monthly reports"));
  g_propagate_error (error, local);
  return FALSE;
}

static gboolean
read_reports (GtReportSheet  *self,
              GHashTable     *table,
              GError        **error)
{
  int previous_year = self->month == 1 ? self->year - 1 : self->year;
  int previous_month = self->month == 1 ? 12 : self->month - 1;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GError *local = NULL;
  GtDbStmt *stmt;

  first = g_strdup_printf ("%04d-%02d", previous_year, self->month == 1 ? 12 : 1);
  last = g_strdup_printf ("%04d-%02d", self->year, self->month);

  stmt = gt_db_prepare (_gt_store_get_db (self->store), &reports_query, &local);
  if (stmt == NULL)
    return failed (local, error);
  gt_db_stmt_bind_text (stmt, 1, first);
  gt_db_stmt_bind_text (stmt, 2, last);

  while (gt_db_stmt_next (stmt, &local))
    {
      Found *found = get_found (table, gt_db_stmt_get_int64 (stmt, 1));
      const char *month_text = gt_db_stmt_get_text (stmt, 2);
      gint64 completed = gt_db_stmt_get_int64 (stmt, 3);
      int year, month;

      if (month_text == NULL || sscanf (month_text, "%d-%d", &year, &month) != 2)
        continue;

      if (year == self->year && month == self->month)
        {
          found->report = gt_monthly_report_new ();
          gt_monthly_report_set_id (found->report, gt_db_stmt_get_int64 (stmt, 0));
          gt_monthly_report_set_project_id (found->report, gt_db_stmt_get_int64 (stmt, 1));
          gt_monthly_report_set_month (found->report, year, month);
          gt_monthly_report_set_completed (found->report, completed);
          gt_monthly_report_set_progress_note (found->report, gt_db_stmt_get_text (stmt, 4));
          gt_monthly_report_set_percent (found->report, (int) gt_db_stmt_get_int64 (stmt, 5));
          gt_monthly_report_set_problems (found->report, gt_db_stmt_get_text (stmt, 6));
        }
      if (year == previous_year && month == previous_month)
        found->previous = completed;
      if (year == self->year && month < self->month)
        {
          found->before += completed;
          found->filed_before = TRUE;
        }
    }
  gt_db_stmt_reset (stmt);

  if (local != NULL)
    return failed (local, error);
  return TRUE;
}

static gboolean
read_plans (GtReportSheet  *self,
            GHashTable     *table,
            GError        **error)
{
  GError *local = NULL;
  GtDbStmt *stmt = gt_db_prepare (_gt_store_get_db (self->store), &plans_query, &local);

  if (stmt == NULL)
    return failed (local, error);
  gt_db_stmt_bind_int64 (stmt, 1, self->year);
  while (gt_db_stmt_next (stmt, &local))
    get_found (table, gt_db_stmt_get_int64 (stmt, 0))->plan = gt_db_stmt_get_int64 (stmt, 1);
  gt_db_stmt_reset (stmt);

  if (local != NULL)
    return failed (local, error);
  return TRUE;
}

gboolean
gt_report_sheet_load (GtReportSheet  *self,
                      int             year,
                      int             month,
                      GError        **error)
{
  g_autoptr(GHashTable) table = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint removed, n_projects;

  g_return_val_if_fail (GT_IS_REPORT_SHEET (self), FALSE);
  g_return_val_if_fail (year >= 1 && year <= 9999 && month >= 1 && month <= 12, FALSE);

  self->year = year;
  self->month = month;
  table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, found_free);
  if (!read_reports (self, table, error) || !read_plans (self, table, error))
    return FALSE;

  n_projects = g_list_model_get_n_items (self->projects);
  rows = g_ptr_array_new_full (n_projects, g_object_unref);
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (self->projects, i);
      gint64 id = gt_project_get_id (project);
      Found *found = g_hash_table_lookup (table, &id);
      g_autoptr(GtMonthlyReport) blank = NULL;

      if (found == NULL || found->report == NULL)
        {
          blank = gt_monthly_report_new ();
          gt_monthly_report_set_project_id (blank, id);
          gt_monthly_report_set_month (blank, year, month);
        }
      g_ptr_array_add (rows, _gt_report_row_new (project,
                                                 blank != NULL ? blank : found->report,
                                                 blank == NULL,
                                                 found != NULL ? found->previous : -1,
                                                 found != NULL ? found->before : 0,
                                                 found != NULL && found->filed_before,
                                                 found != NULL ? found->plan : 0));
    }

  removed = self->rows->len;
  g_ptr_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->rows->len);
  return TRUE;
}

/* Projects come and go, a report is put back by undo, an import brings a
 * month's figures: the sheet reads its month again. Its own saves it knows. */
static void
store_changed_cb (GtStore       *store,
                  GtReportSheet *self)
{
  g_autoptr(GError) error = NULL;

  if (self->saving || self->month == 0)
    return;
  if (!gt_report_sheet_load (self, self->year, self->month, &error))
    g_warning ("%s", error->message);
}

static gboolean
reload_idle_cb (gpointer data)
{
  GtReportSheet *self = data;

  if (self->store != NULL)
    store_changed_cb (self->store, self);
  return G_SOURCE_REMOVE;
}

static void
gt_report_sheet_dispose (GObject *object)
{
  GtReportSheet *self = GT_REPORT_SHEET (object);

  g_clear_signal_handler (&self->store_changed_id, self->store);
  g_clear_object (&self->projects);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_report_sheet_parent_class)->dispose (object);
}

static void
gt_report_sheet_finalize (GObject *object)
{
  GtReportSheet *self = GT_REPORT_SHEET (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (gt_report_sheet_parent_class)->finalize (object);
}

static void
gt_report_sheet_class_init (GtReportSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_report_sheet_dispose;
  object_class->finalize = gt_report_sheet_finalize;
}

static void
gt_report_sheet_init (GtReportSheet *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

GtReportSheet *
gt_report_sheet_new (GtStore *store)
{
  GtReportSheet *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_object_new (GT_TYPE_REPORT_SHEET, NULL);
  self->store = g_object_ref (store);
  self->projects = g_object_ref (gt_store_get_projects (store));
  self->store_changed_id = g_signal_connect (store, "changed",
                                             G_CALLBACK (store_changed_cb), self);
  return self;
}

int
gt_report_sheet_get_year (GtReportSheet *self)
{
  g_return_val_if_fail (GT_IS_REPORT_SHEET (self), 0);
  return self->year;
}

int
gt_report_sheet_get_month (GtReportSheet *self)
{
  g_return_val_if_fail (GT_IS_REPORT_SHEET (self), 0);
  return self->month;
}

gboolean
gt_report_sheet_save (GtReportSheet    *self,
                      GtReportRow      *row,
                      GtMonthlyReport  *edited,
                      GError          **error)
{
  GtMonthlyReport *current;
  GError *local = NULL;
  gboolean ok;

  g_return_val_if_fail (GT_IS_REPORT_SHEET (self), FALSE);
  g_return_val_if_fail (GT_IS_REPORT_ROW (row), FALSE);
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (edited), FALSE);

  current = gt_report_row_get_report (row);
  g_return_val_if_fail (gt_monthly_report_get_project_id (edited) ==
                        gt_monthly_report_get_project_id (current), FALSE);
  g_return_val_if_fail (gt_monthly_report_get_year (edited) == self->year &&
                        gt_monthly_report_get_month (edited) == self->month, FALSE);

  self->saving = TRUE;
  /* Over the report as the sheet shows it: another desk's newer figures for
   * the month are refused, not written over. */
  ok = gt_store_save_monthly_report_over (self->store,
                                          gt_report_row_has_report (row) ? current : NULL,
                                          edited, &local);
  self->saving = FALSE;
  if (ok)
    _gt_report_row_set_report (row, edited);
  /* Refused: the sheet shows the newer figures, once the cell that was
   * saving has said so (not under it). */
  else if (g_error_matches (local, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
    g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle_cb, g_object_ref (self), g_object_unref);
  if (local != NULL)
    g_propagate_error (error, local);
  return ok;
}

void
gt_report_sheet_get_totals (GtReportSheet *self,
                            gint64        *annual_plan,
                            gint64        *completed_month,
                            gint64        *cumulative)
{
  gint64 plan = 0, month = 0, sum = 0;

  g_return_if_fail (GT_IS_REPORT_SHEET (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtReportRow *row = g_ptr_array_index (self->rows, i);

      plan += gt_report_row_get_annual_plan (row);
      month += gt_monthly_report_get_completed (gt_report_row_get_report (row));
      sum += gt_report_row_get_cumulative (row);
    }
  if (annual_plan != NULL)
    *annual_plan = plan;
  if (completed_month != NULL)
    *completed_month = month;
  if (cumulative != NULL)
    *cumulative = sum;
}

guint
gt_report_sheet_count_filed (GtReportSheet *self)
{
  guint filed = 0;

  g_return_val_if_fail (GT_IS_REPORT_SHEET (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    filed += gt_report_row_has_report (g_ptr_array_index (self->rows, i));
  return filed;
}
