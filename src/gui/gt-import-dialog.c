/* gt-import-dialog.c: the preview of a ledger import, and the import.
 *
 * Every change of sheet or of a column's field plans the import again from the
 * rows already read, so that what the dialog shows is exactly what Import does.
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
};

G_DEFINE_FINAL_TYPE (GtImportDialog, gt_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

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

  clear_rows (self->problems_group, self->problem_rows);

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
               && counts->created + counts->updated > 0;
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
replan (GtImportDialog *self)
{
  GDate today;

  g_clear_pointer (&self->plan, gt_import_plan_free);
  get_today (&today);
  self->plan = gt_import_plan_new (self->store, self->sheet, self->mapping, &today);
  show_plan (self, NULL);
}

static void
field_changed_cb (AdwComboRow    *row,
                  GParamSpec     *pspec,
                  GtImportDialog *self)
{
  guint column;

  if (self->loading)
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

/* Reads sheet @index and guesses its columns; FALSE with @error when the file
 * cannot be read at all. A sheet that is no ledger is shown as such. */
static gboolean
load_sheet (GtImportDialog  *self,
            int              index,
            GError         **error)
{
  g_autoptr(GError) guess_error = NULL;
  GtLedgerSheet *sheet = gt_ledger_sheet_load (self->path, index, error);

  if (sheet == NULL)
    return FALSE;

  g_clear_pointer (&self->plan, gt_import_plan_free);
  g_clear_pointer (&self->mapping, gt_ledger_mapping_free);
  g_clear_pointer (&self->sheet, gt_ledger_sheet_free);
  self->sheet = sheet;
  self->mapping = gt_ledger_mapping_guess (sheet, &guess_error);

  show_columns (self);
  if (self->mapping == NULL)
    show_plan (self, guess_error->message);
  else
    replan (self);
  return TRUE;
}

static void
sheet_changed_cb (GtImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->sheet_row);

  if (self->loading || self->sheet == NULL || selected == GTK_INVALID_LIST_POSITION
      || (int) selected == self->sheet->sheet)
    return;
  if (!load_sheet (self, (int) selected, &error))
    show_plan (self, error->message);
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
      replan (self);
      gtk_label_set_label (self->summary_label, error->message);
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

static void
gt_import_dialog_dispose (GObject *object)
{
  GtImportDialog *self = GT_IMPORT_DIALOG (object);

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

  /* Emitted after a successful import, with a message saying what it did. */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

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
  gtk_widget_class_bind_template_callback (widget_class, sheet_changed_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
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
  g_autoptr(GtkStringList) names = NULL;

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
  if (!load_sheet (self, -1, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  basename = g_filename_display_basename (path);
  adw_preferences_group_set_title (self->summary_group, basename);
  names = gtk_string_list_new ((const char *const *) self->sheet->sheet_names);
  self->loading = TRUE;
  adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->sheet_row, 0);
  self->loading = FALSE;
  /* A CSV file, or a workbook of one sheet, has nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_group),
                          g_strv_length (self->sheet->sheet_names) > 1);

  return self;
}
