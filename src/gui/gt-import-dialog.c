/* gt-import-dialog.c: the preview of a ledger import, and the import.
 *
 * Every change of sheet or of a column's field plans the import again from the
 * rows already read, so that what the dialog shows is exactly what Import does:
 * the rows as they will land and the names it would create, which Import waits
 * for someone to confirm.
 *
 * Reading a workbook and planning thousands of rows takes seconds, so both run
 * in a worker thread (GTask), with a bar that moves and Cancel, and the window
 * answers meanwhile. The GtStore is the main thread's: the worker plans against
 * a second connection to the same file (gt_store_open_deferring_check() on
 * gt_store_get_path()), which it only reads, rather than against a snapshot of
 * the main store's rows taken on the main thread, because the plan reads
 * projects, reports and names through the store's own API and a snapshot would
 * have to copy all of it. SQLite gives that connection a consistent view of the
 * file as committed. The plan then gets the main store (gt_import_plan_set_store())
 * and Import applies it on the main thread, in one transaction, planning the
 * rows again under the write lock as it always did; what another desk or the
 * command line wrote meanwhile is said as before. Cancel (or closing the
 * dialog) drops the worker's result, and the register is never touched by it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-import.h"
#include "gt-import-dialog.h"
#include "gt-import-names-group.h"
#include "gt-import-preview.h"
#include "gt-import-rows-group.h"

/* A long list of problems says enough after this many; the count says the rest. */
#define MAX_PROBLEMS_SHOWN 200

struct _GtImportDialog
{
  AdwWindow             parent_instance;

  GtStore              *store;
  char                 *path;
  GtLedgerSheet        *sheet;
  GtLedgerMapping      *mapping;
  GtImportPlan         *plan;
  GPtrArray            *column_rows;    /* AdwComboRow, one per column */
  GPtrArray            *problem_rows;
  gboolean              loading;
  /* The worker's job under way, if any. */
  GCancellable         *cancellable;
  guint                 pulse_id;
  /* Why Import failed, said again once the plan made anew is shown. */
  char                 *apply_error;

  /* template children */
  GtkWidget            *import_button;
  AdwPreferencesGroup  *summary_group;
  AdwPreferencesGroup  *sheet_group;
  AdwComboRow          *sheet_row;
  GtkLabel             *summary_label;
  GtkLabel             *stages_label;
  GtkLabel             *detail_label;
  AdwPreferencesGroup  *problems_group;
  AdwPreferencesGroup  *columns_group;
  GtkWidget            *progress_box;
  GtkProgressBar       *progress_bar;
  GtImportRowsGroup    *rows_group;
  GtImportNamesGroup   *names_group;
};

G_DEFINE_FINAL_TYPE (GtImportDialog, gt_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  READ,
  N_SIGNALS
};

/* What the worker is handed and gives back. It owns its sheet and mapping
 * while it runs: the dialog may be gone before it ends. */
typedef struct {
  char            *path;
  int              sheet_index;       /* −1: the first ledger-like sheet */
  char            *register_path;
  int              year;              /* the main store's */
  GDate            today;
  GtLedgerSheet   *sheet;             /* in (to plan again) and out */
  GtLedgerMapping *mapping;           /* in (to plan again) and out */
  gboolean         again;             /* planning the dialog's sheet again */
  GtImportPlan    *plan;              /* out, against a second store */
  GPtrArray       *outcomes;          /* out, GtImportRowOutcome */
  GPtrArray       *new_names;         /* out, GtImportNewName */
  char            *failure;           /* out: read, but no ledger */
} Job;

static void
job_free (Job *job)
{
  /* The plan points into the sheet and the mapping. */
  g_clear_pointer (&job->plan, gt_import_plan_free);
  g_clear_pointer (&job->outcomes, g_ptr_array_unref);
  g_clear_pointer (&job->new_names, g_ptr_array_unref);
  g_clear_pointer (&job->mapping, gt_ledger_mapping_free);
  g_clear_pointer (&job->sheet, gt_ledger_sheet_free);
  g_free (job->failure);
  g_free (job->register_path);
  g_free (job->path);
  g_free (job);
}

static guint signals[N_SIGNALS];

static void
get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_time_t (today, time (NULL));
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
add_problem_row (GtImportDialog *self,
                 const char     *title,
                 const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Cell texts are the ledger's, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "error");
  adw_preferences_group_add (self->problems_group, row);
  g_ptr_array_add (self->problem_rows, row);
}

static void
show_plan (GtImportDialog *self,
           const char     *failure)
{
  GPtrArray *problems = self->plan != NULL ? gt_import_plan_get_problems (self->plan) : NULL;
  const GtImportCounts *counts = self->plan != NULL ? gt_import_plan_get_counts (self->plan)
                                                    : NULL;
  g_autofree char *summary = NULL;
  gboolean can_import;
  guint unconfirmed = gt_import_names_group_count_unconfirmed (self->names_group);

  clear_rows (self->problems_group, self->problem_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->rows_group), failure == NULL && self->plan != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->names_group),
                          failure == NULL && self->plan != NULL
                          && gtk_widget_get_visible (GTK_WIDGET (self->names_group)));

  if (failure != NULL)
    summary = g_strdup (failure);
  else if (counts->created + counts->updated == 0)
    summary = g_strdup (_("The sheet has no project rows."));
  else
    {
      g_autofree char *created = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u project will be created", "%u projects will be created",
                     counts->created), counts->created);
      g_autofree char *updated = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", counts->updated),
        counts->updated);

      /* Translators: "3 projects will be created, 2 updated" */
      summary = g_strdup_printf (_("%s, %s"), created, updated);
    }

  for (guint i = 0; problems != NULL && i < MIN (problems->len, MAX_PROBLEMS_SHOWN); i++)
    {
      GtImportProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *where = NULL;

      if (problem->column[0] != '\0')
        /* Translators: where a problem is: row, column and the cell's text */
        where = g_strdup_printf (_("Row %u, column %s: “%s”"), problem->row, problem->column,
                                 problem->value);
      else
        where = g_strdup_printf (_("Row %u"), problem->row);
      add_problem_row (self, problem->reason, where);
    }
  if (problems != NULL && problems->len > MAX_PROBLEMS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "… and %u more problem", "… and %u more problems",
                     problems->len - MAX_PROBLEMS_SHOWN), problems->len - MAX_PROBLEMS_SHOWN);

      add_problem_row (self, more, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group),
                          problems != NULL && problems->len > 0);

  can_import = failure == NULL && problems != NULL && problems->len == 0
               && counts->created + counts->updated > 0 && unconfirmed == 0;
  if (problems != NULL && problems->len > 0)
    {
      g_autofree char *count = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", problems->len),
        problems->len);
      /* Translators: the import summary and the count of problems */
      g_autofree char *both = g_strdup_printf (_("%s — %s"), summary, count);

      g_free (summary);
      summary = g_steal_pointer (&both);
    }
  if (failure == NULL && unconfirmed > 0)
    {
      g_autofree char *count = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u new name to confirm", "%u new names to confirm",
                     unconfirmed), unconfirmed);
      g_autofree char *both = g_strdup_printf (_("%s — %s"), summary, count);

      g_free (summary);
      summary = g_steal_pointer (&both);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->stages_label), FALSE);
  /* A row refused is counted as nothing yet: the stages wait for a clean plan. */
  if (self->plan != NULL && failure == NULL && problems->len == 0
      && counts->created + counts->updated > 0)
    {
      g_autofree char *stages = gt_import_counts_describe_stages (counts);
      g_autofree char *skipped = gt_import_plan_describe_skipped (self->plan);
      /* Translators: under the import summary; "Stages: 152 from 形象进度, …" */
      g_autofree char *line = g_strdup_printf (_("Stages: %s"), stages);

      /* An office checks an import by counting rows: the rows that are not
       * projects are named here, before anything is written. */
      if (skipped != NULL)
        {
          /* Translators: under the stages line; "Not projects, skipped: 6 group
           * headings (rows 4, 46, …); 7 totals or subtotals (rows …)" */
          g_autofree char *both = g_strdup_printf (_("%s\nNot projects, skipped: %s"), line,
                                                   skipped);

          g_free (line);
          line = g_steal_pointer (&both);
        }
      gtk_label_set_label (self->stages_label, line);
      gtk_widget_set_visible (GTK_WIDGET (self->stages_label), TRUE);
    }
  if (self->plan != NULL && failure == NULL)
    {
      int year, month;
      gboolean cumulative;

      if (gt_import_plan_get_report_month (self->plan, &year, &month, &cumulative))
        {
          g_autofree char *when = gt_format_month (year, month);
          g_autofree char *detail = g_strdup_printf (
            cumulative
            /* Translators: under the import summary; %s is a month, "March 2023" */
            ? _("Investment completed goes to the report of %s, less what earlier months’ "
                "reports already hold.")
            : _("Investment completed goes to the report of %s."), when);

          gtk_label_set_label (self->detail_label, detail);
          gtk_widget_set_visible (GTK_WIDGET (self->detail_label), TRUE);
        }
    }
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", can_import);
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) reader = NULL;

  if (job->sheet == NULL)
    {
      job->sheet = gt_ledger_sheet_load (job->path, job->sheet_index, &error);
      if (job->sheet == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  if (job->mapping == NULL)
    {
      job->mapping = gt_ledger_mapping_guess (job->sheet, &error);
      if (job->mapping == NULL)
        {
          /* Read, but no ledger: the dialog says so. */
          job->failure = g_strdup (error->message);
          g_task_return_boolean (task, TRUE);
          return;
        }
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  /* Only read, never written: see the comment at the top. */
  reader = gt_store_open_deferring_check (job->register_path, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (job->year != 0)
    gt_store_set_year (reader, job->year);
  job->plan = gt_import_plan_new (reader, job->sheet, job->mapping, &job->today);
  if (g_task_return_error_if_cancelled (task))
    return;
  job->outcomes = gt_import_plan_list_rows (job->plan);
  job->new_names = gt_import_plan_list_new_names (job->plan);
  g_task_return_boolean (task, TRUE);
}

static gboolean
pulse_cb (gpointer user_data)
{
  GtImportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

/* While the worker runs, nothing that it reads may change: the sheet and the
 * columns wait, and so does Import. */
static void
set_busy (GtImportDialog *self,
          gboolean        busy)
{
  gtk_widget_set_visible (self->progress_box, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sheet_group), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_group), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.reload", !busy);
  if (busy)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
      if (self->pulse_id == 0)
        self->pulse_id = g_timeout_add (100, pulse_cb, self);
    }
  else
    g_clear_handle_id (&self->pulse_id, g_source_remove);
}

static void show_columns (GtImportDialog *self);

/* The workbook's sheets, once it is read. */
static void
show_sheets (GtImportDialog *self)
{
  g_autoptr(GtkStringList) names = NULL;

  names = gtk_string_list_new ((const char *const *) self->sheet->sheet_names);
  self->loading = TRUE;
  adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->sheet_row, self->sheet->sheet);
  self->loading = FALSE;
  /* A CSV file, or a workbook of one sheet, has nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_group),
                          g_strv_length (self->sheet->sheet_names) > 1);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GtImportDialog) self = user_data;
  GTask *task = G_TASK (result);
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean new_sheet;

  /* Cancelled: the dialog is closing, or closed; the job's results go with it. */
  if (g_task_get_cancellable (task) != self->cancellable
      || g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    return;
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (task, &error))
    {
      /* Planning again failed (the register could not be opened): the sheet
       * and columns lent to the worker come back, to try once more. */
      if (job->again)
        {
          self->sheet = g_steal_pointer (&job->sheet);
          self->mapping = g_steal_pointer (&job->mapping);
        }
      show_plan (self, error->message);
      g_signal_emit (self, signals[READ], 0);
      return;
    }

  new_sheet = !job->again;
  g_clear_pointer (&self->plan, gt_import_plan_free);
  if (new_sheet)
    {
      g_clear_pointer (&self->mapping, gt_ledger_mapping_free);
      g_clear_pointer (&self->sheet, gt_ledger_sheet_free);
    }
  self->sheet = g_steal_pointer (&job->sheet);
  self->mapping = g_steal_pointer (&job->mapping);
  self->plan = g_steal_pointer (&job->plan);
  if (self->plan != NULL)
    gt_import_plan_set_store (self->plan, self->store);

  gt_import_rows_group_set_rows (self->rows_group, job->outcomes);
  gt_import_names_group_set_names (self->names_group, job->new_names);
  if (new_sheet)
    {
      show_columns (self);
      show_sheets (self);
    }
  show_plan (self, job->failure);
  if (self->apply_error != NULL)
    {
      gtk_label_set_label (self->summary_label, self->apply_error);
      g_clear_pointer (&self->apply_error, g_free);
    }
  g_signal_emit (self, signals[READ], 0);
}

/* Reads sheet @index of the file (when @sheet is NULL) and plans it in the
 * worker; with @sheet and @mapping (the dialog's, lent to the worker until it
 * ends) plans them again. */
static void
start_job (GtImportDialog  *self,
           int              index,
           GtLedgerSheet   *sheet,
           GtLedgerMapping *mapping)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job->path = g_strdup (self->path);
  job->sheet_index = index;
  job->register_path = g_strdup (gt_store_get_path (self->store));
  job->year = gt_store_get_year (self->store);
  get_today (&job->today);
  job->sheet = sheet;
  job->mapping = mapping;
  job->again = sheet != NULL;

  /* No source object: the task may end in the worker, and a widget must not. */
  task = g_task_new (NULL, self->cancellable, read_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  /* Cancel answers at once; a read under way ends on its own and is dropped. */
  g_task_set_return_on_cancel (task, TRUE);

  gtk_label_set_label (self->summary_label, sheet == NULL ? _("Reading the ledger…")
                                                          : _("Checking the rows…"));
  gtk_widget_set_visible (GTK_WIDGET (self->stages_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), FALSE);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, read_in_thread);
}

static void
replan (GtImportDialog *self)
{
  GtLedgerSheet *sheet = g_steal_pointer (&self->sheet);
  GtLedgerMapping *mapping = g_steal_pointer (&self->mapping);

  /* The plan points into the sheet and mapping the worker now holds. */
  g_clear_pointer (&self->plan, gt_import_plan_free);
  start_job (self, sheet->sheet, sheet, mapping);
}

static void
names_changed_cb (GtImportDialog *self)
{
  if (self->plan != NULL && self->cancellable == NULL)
    show_plan (self, NULL);
}

static void
field_changed_cb (AdwComboRow    *row,
                  GParamSpec     *pspec,
                  GtImportDialog *self)
{
  guint column;

  /* While the worker plans, the mapping is its own. */
  if (self->loading || self->mapping == NULL)
    return;
  column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  gt_ledger_mapping_set_field (self->mapping, column, adw_combo_row_get_selected (row));

  /* A field taken from another column shows there as not imported. */
  self->loading = TRUE;
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, i),
                                gt_ledger_mapping_column (self->mapping, i)->field);
  self->loading = FALSE;
  replan (self);
}

static GListModel *
field_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (int f = 0; f < GT_N_LEDGER_FIELDS; f++)
    gtk_string_list_append (labels, gt_ledger_field_get_label (f));
  return G_LIST_MODEL (labels);
}

/* An example of what a column holds: its first value below the header. */
static const char *
first_value (GtImportDialog *self,
             guint           column)
{
  guint last = MIN (gt_ledger_sheet_n_rows (self->sheet), self->mapping->header_row + 50);

  for (guint r = self->mapping->header_row + 1; r < last; r++)
    {
      const char *text = gt_ledger_sheet_get (self->sheet, r, column);

      if (text[0] != '\0')
        return text;
    }
  return "";
}

static void
show_columns (GtImportDialog *self)
{
  g_autoptr(GListModel) labels = field_labels ();

  clear_rows (self->columns_group, self->column_rows);
  if (self->mapping == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->columns_group), FALSE);
      return;
    }

  self->loading = TRUE;
  for (guint c = 0; c < self->mapping->columns->len; c++)
    {
      GtLedgerColumn *column = gt_ledger_mapping_column (self->mapping, c);
      g_autofree char *letter = gt_ledger_column_letter (c);
      const char *sample = first_value (self, c);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_combo_row_new ();

      subtitle = sample[0] != '\0'
                 /* Translators: a column letter and the first value under the header */
                 ? g_strdup_printf (_("Column %s, e.g. “%s”"), letter, sample)
                 : g_strdup_printf (_("Column %s"), letter);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     column->header[0] != '\0' ? column->header : letter);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), labels);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), column->field);
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (c));
      g_signal_connect (row, "notify::selected", G_CALLBACK (field_changed_cb), self);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
  self->loading = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), TRUE);
}

static void
sheet_changed_cb (GtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->sheet_row);

  if (self->loading || self->sheet == NULL || selected == GTK_INVALID_LIST_POSITION
      || (int) selected == self->sheet->sheet)
    return;
  /* The columns shown are the old sheet's until the new one is read. */
  g_clear_pointer (&self->plan, gt_import_plan_free);
  start_job (self, (int) selected, NULL, NULL);
}

/* After the ledger was corrected in Excel or WPS: read it again, the same
 * sheet, its columns guessed anew; names already confirmed stay confirmed. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtImportDialog *self = GT_IMPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    return;
  g_clear_pointer (&self->plan, gt_import_plan_free);
  start_job (self, self->sheet != NULL ? self->sheet->sheet : -1, NULL, NULL);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GtImportDialog *self = GT_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtImportCounts counts;

  if (self->plan == NULL)
    return;
  if (!gt_import_plan_apply (self->plan, &error))
    {
      /* The plan is spent; a fresh one shows the register as it now is. */
      g_free (self->apply_error);
      self->apply_error = g_strdup (error->message);
      replan (self);
      return;
    }

  /* The counts of the plan applied, made again under the write lock: another
   * import (the command line, another window) may have come between. */
  counts = *gt_import_plan_get_counts (self->plan);
  if (gt_import_plan_get_changed (self->plan))
    /* Translators: a toast after an import whose result differs from its preview */
    message = g_strdup_printf (_("Imported: %u created, %u updated — not as previewed, since "
                                 "the register changed meanwhile"),
                               counts.created, counts.updated);
  else
    /* Translators: a toast after an import; "Imported: 3 created, 2 updated" */
    message = g_strdup_printf (_("Imported: %u created, %u updated"), counts.created,
                               counts.updated);
  g_signal_emit (self, signals[IMPORTED], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Cancel, Escape or the window's own close: a read under way is dropped. */
static gboolean
gt_import_dialog_close_request (GtkWindow *window)
{
  GtImportDialog *self = GT_IMPORT_DIALOG (window);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  return GTK_WINDOW_CLASS (gt_import_dialog_parent_class)->close_request (window);
}

static void
gt_import_dialog_dispose (GObject *object)
{
  GtImportDialog *self = GT_IMPORT_DIALOG (object);

  /* Closing while the worker reads is Cancel: its result is dropped. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_IMPORT_DIALOG);
  g_clear_pointer (&self->plan, gt_import_plan_free);
  g_clear_pointer (&self->mapping, gt_ledger_mapping_free);
  g_clear_pointer (&self->sheet, gt_ledger_sheet_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_import_dialog_parent_class)->dispose (object);
}

static void
gt_import_dialog_finalize (GObject *object)
{
  GtImportDialog *self = GT_IMPORT_DIALOG (object);

  g_free (self->path);
  g_free (self->apply_error);
  g_ptr_array_unref (self->column_rows);
  g_ptr_array_unref (self->problem_rows);

  G_OBJECT_CLASS (gt_import_dialog_parent_class)->finalize (object);
}

static void
gt_import_dialog_class_init (GtImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_import_dialog_dispose;
  object_class->finalize = gt_import_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = gt_import_dialog_close_request;

  /* Emitted after a successful import, with a message saying what it did. */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Emitted when the worker has read the file or planned again, and the
   * dialog shows what it found (or why it could not). */
  signals[READ] = g_signal_new ("read", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (GT_TYPE_IMPORT_ROWS_GROUP);
  g_type_ensure (GT_TYPE_IMPORT_NAMES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, sheet_group);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, stages_label);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, rows_group);
  gtk_widget_class_bind_template_child (widget_class, GtImportDialog, names_group);
  gtk_widget_class_bind_template_callback (widget_class, sheet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, names_changed_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.reload", NULL, reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gt_import_dialog_init (GtImportDialog *self)
{
  self->column_rows = g_ptr_array_new ();
  self->problem_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtImportDialog *
gt_import_dialog_new (GtkWindow   *parent,
                      GtStore     *store,
                      const char  *path,
                      GError     **error)
{
  GtImportDialog *self;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  /* Belonging to the application, the dialog is one of its windows. */
  self = g_object_new (GT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->path = g_strdup (path);

  basename = g_filename_display_basename (path);
  adw_preferences_group_set_title (self->summary_group, basename);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->rows_group), FALSE);
  start_job (self, -1, NULL, NULL);

  return self;
}

gboolean
gt_import_dialog_is_busy (GtImportDialog *self)
{
  g_return_val_if_fail (GT_IS_IMPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}
