/* gt-reports-view.c: the monthly entry sheet (月报填报).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-filing-dialog.h"
#include "gt-format.h"
#include "gt-history.h"
#include "gt-lazy-icons.h"
#include "gt-month-actions.h"
#include "gt-month-signoff.h"
#include "gt-reports-view-private.h"
#include "gt-returns-dialog.h"
#include "gt-templates-export.h"
#include "gt-wrap-box.h"

G_DEFINE_FINAL_TYPE (GtReportsView, gt_reports_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_gt_reports_view_update_totals (GtReportsView *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sheet));
  g_autofree char *month_text = NULL;
  g_autofree char *cumulative_text = NULL;
  g_autofree char *share_text = NULL;
  g_autofree char *totals = NULL;
  gint64 plan, month, cumulative;

  gt_report_sheet_get_totals (self->sheet, &plan, &month, &cumulative);
  month_text = gt_format_money (month);
  cumulative_text = gt_format_money (cumulative);
  share_text = gt_format_percent (plan > 0 ? (double) cumulative / plan : -1);

  /* "Filed 60 of 66 · this month 1.23亿元 · 1—10月 12.3亿元, 80.1% of the plan" */
  totals = g_strdup_printf (_("Filed %u of %u · this month %s · January to month %d: %s, "
                              "%s of the year plan"),
                            gt_report_sheet_count_filed (self->sheet), n_items, month_text,
                            gt_report_sheet_get_month (self->sheet), cumulative_text,
                            share_text);
  gtk_label_set_text (self->totals_label, totals);
  gt_report_total_update (self->total, G_LIST_MODEL (self->lines));
}

/* The line under the sheet: why the figure in @entry was refused, where the eye
 * is rather than only in the cell's tooltip. A NULL @message clears it, if it
 * was @entry's. */
void
_gt_reports_view_show_cell_error (GtReportsView *self,
                                  GtkWidget     *entry,
                                  const char    *message)
{
  GtkWidget *label = GTK_WIDGET (self->error_label);

  if (message == NULL)
    {
      if (self->error_entry != entry)
        return;
      g_clear_weak_pointer (&self->error_entry);
      gtk_label_set_text (self->error_label, "");
      gtk_widget_set_visible (label, FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (label),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  g_set_weak_pointer (&self->error_entry, entry);
  gtk_label_set_text (self->error_label, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
  gtk_widget_set_visible (label, TRUE);
}

static void
show_error (GtReportsView *self,
            GError        *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Read the Monthly Reports"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_gt_reports_view_figures_editable (GtReportsView *self)
{
  return gt_connection_store_is_writable (self->store) && !self->month_closed;
}

static void
set_cells_editable (GtkWidget *widget,
                    gboolean   editable)
{
  if (GTK_IS_EDITABLE (widget) && gtk_widget_has_css_class (widget, "report-cell"))
    {
      gtk_editable_set_editable (GTK_EDITABLE (widget), editable);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    set_cells_editable (child, editable);
}

/* A signed-off month (定稿) is shown as such, and its figures read only: the
 * register would refuse them anyway (its triggers), whoever typed. */
static void
update_signoff (GtReportsView *self)
{
  g_autoptr(GError) error = NULL;
  int year = gt_report_sheet_get_year (self->sheet);
  int month = gt_report_sheet_get_month (self->sheet);

  self->month_closed = gt_history_is_month_closed (self->store, year, month, &error);
  if (error != NULL)
    g_warning ("%s", error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->signed_off_label), self->month_closed);
  gtk_button_set_label (self->signoff_button,
                        self->month_closed ? _("Reopen…") : _("Sign Off…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->signoff_button),
                               self->month_closed
                               ? _("Reopen this month, saying why, so that its figures can "
                                   "change again")
                               : _("Sign off this month’s figures: no one can change them "
                                   "until the month is reopened"));
  set_cells_editable (GTK_WIDGET (self->column_view), _gt_reports_view_figures_editable (self));
}

static void
signoff_done (GtkWidget *widget)
{
  update_signoff (GT_REPORTS_VIEW (widget));
}

static void
signoff_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtReportsView *self = GT_REPORTS_VIEW (widget);

  gt_month_signoff_run (widget, self->store, gt_report_sheet_get_year (self->sheet),
                        gt_report_sheet_get_month (self->sheet), !self->month_closed,
                        signoff_done);
}

void
gt_reports_view_set_month (GtReportsView *self,
                           int            year,
                           int            month)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (GT_IS_REPORTS_VIEW (self));
  g_return_if_fail (month >= 1 && month <= 12);

  if (!gt_report_sheet_load (self->sheet, year, month, &error))
    {
      show_error (self, error);
      return;
    }

  title = gt_format_month (year, month);
  gtk_label_set_text (self->month_label, title);
  update_signoff (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->sheet)) > 0
                                    ? "sheet" : "empty");
  _gt_reports_view_update_totals (self);
}

int
gt_reports_view_get_year (GtReportsView *self)
{
  g_return_val_if_fail (GT_IS_REPORTS_VIEW (self), 0);
  return gt_report_sheet_get_year (self->sheet);
}

int
gt_reports_view_get_month (GtReportsView *self)
{
  g_return_val_if_fail (GT_IS_REPORTS_VIEW (self), 0);
  return gt_report_sheet_get_month (self->sheet);
}

gboolean
gt_reports_view_focus_line (GtReportsView *self,
                            guint          position)
{
  g_return_val_if_fail (GT_IS_REPORTS_VIEW (self), FALSE);

  self->focus_tries = 0;
  return _gt_reports_view_focus_cell (self, position, REPORT_COL_COMPLETED);
}

static void
step_month (GtkWidget *widget,
            int        delta)
{
  GtReportsView *self = GT_REPORTS_VIEW (widget);
  int year = gt_report_sheet_get_year (self->sheet);
  int month = gt_report_sheet_get_month (self->sheet);

  gt_month_add (&year, &month, delta);
  gt_reports_view_set_month (self, year, month);
}

static void
sheet_items_changed_cb (GtReportsView *self)
{
  _gt_reports_view_update_totals (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->sheet)) > 0
                                    ? "sheet" : "empty");
}

/* A line matches when the project's name or locality holds every word typed. */
static gboolean
line_matches (gpointer item,
              gpointer user_data)
{
  GtReportsView *self = user_data;
  GtProject *project = gt_report_row_get_project (item);
  GtUnit *locality;
  g_autofree char *text = NULL;
  g_autofree char *haystack = NULL;
  g_auto(GStrv) words = NULL;

  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  locality = gt_store_lookup_unit (self->store, gt_project_get_locality_id (project));
  text = g_strconcat (gt_project_get_name (project), " ",
                      locality != NULL ? gt_unit_get_name (locality) : "", NULL);
  haystack = g_utf8_casefold (text, -1);
  words = g_strsplit_set (self->search, " \t　", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
search_changed_cb (GtReportsView *self)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gt_report_total_update (self->total, G_LIST_MODEL (self->lines));
}

static void
stop_search_cb (GtReportsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search goes to the first line found, ready to type its figure. */
static void
search_activate_cb (GtReportsView *self)
{
  gt_reports_view_focus_line (self, 0);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtReportsView *self = GT_REPORTS_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Report Templates… (报送模板), for the month on the page. */
static void
export_templates_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GtReportsView *self = GT_REPORTS_VIEW (widget);

  gt_templates_export_start (widget, self->store, gt_report_sheet_get_year (self->sheet),
                             gt_report_sheet_get_month (self->sheet));
}

/* Import Returns… (导入回执): the units' filled-in templates, previewed first. */
static void
import_returns_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtReportsView *self = GT_REPORTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  gt_returns_dialog_present (self->store, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                             NULL);
}

/* Who Has Filed (报送情况), for the month on the page. */
static void
filing_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtReportsView *self = GT_REPORTS_VIEW (widget);

  gt_filing_dialog_show (widget, self->store, gt_report_sheet_get_year (self->sheet),
                         gt_report_sheet_get_month (self->sheet));
}

/* While a server is gone nothing is typed that could not be saved: the
 * figures stay to read (cells bound later follow in gt-report-cells.c). */
static void
connection_changed_cb (GtReportsView *self)
{
  set_cells_editable (GTK_WIDGET (self->column_view), _gt_reports_view_figures_editable (self));
}

static void
gt_reports_view_constructed (GObject *object)
{
  GtReportsView *self = GT_REPORTS_VIEW (object);
  g_autoptr(GtkNoSelection) selection = NULL;
  int year, month;

  G_OBJECT_CLASS (gt_reports_view_parent_class)->constructed (object);

  self->sheet = gt_report_sheet_new (self->store);
  g_signal_connect_object (self->sheet, "items-changed",
                           G_CALLBACK (sheet_items_changed_cb), self, G_CONNECT_SWAPPED);
  _gt_reports_view_add_columns (self);
  _gt_reports_view_add_sorters (self);
  _gt_reports_view_add_footer (self);

  /* sheet → search → sort by the header clicked; the 合计 line is under them,
   * in a view of its own (gt-report-footer.c). */
  self->filter = gtk_custom_filter_new (line_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sheet)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->lines = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                         g_object_ref (gtk_column_view_get_sorter (
                                           self->column_view)));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->lines)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  self->settings = g_settings_new (APP_ID);
  _gt_reports_view_restore_sort (self);

  gt_month_get_default (self->store, &year, &month);
  gt_reports_view_set_month (self, year, month);
  gt_connection_watch (self->store, GTK_WIDGET (self), G_CALLBACK (connection_changed_cb));
  /* Returns dropped on the page are previewed in Import Returns… */
  gt_returns_dialog_add_drop_target (GTK_WIDGET (self), self->store);
}

static void
gt_reports_view_dispose (GObject *object)
{
  GtReportsView *self = GT_REPORTS_VIEW (object);

  g_clear_weak_pointer (&self->error_entry);
  /* Taking the columns away changes the sorter: that is no choice to remember,
   * and no sort to make. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  if (self->lines != NULL)
    gtk_sort_list_model_set_sorter (self->lines, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_REPORTS_VIEW);
  g_clear_object (&self->lines);
  g_clear_object (&self->filtered);
  g_clear_object (&self->total);
  g_clear_object (&self->settings);
  g_clear_object (&self->filter);
  g_clear_object (&self->sheet);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_reports_view_parent_class)->dispose (object);
}

static void
gt_reports_view_finalize (GObject *object)
{
  GtReportsView *self = GT_REPORTS_VIEW (object);

  g_hash_table_unref (self->entries);
  g_free (self->search);

  G_OBJECT_CLASS (gt_reports_view_parent_class)->finalize (object);
}

static void
gt_reports_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GtReportsView *self = GT_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_reports_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GtReportsView *self = GT_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_reports_view_class_init (GtReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gt_reports_view_constructed;
  object_class->dispose = gt_reports_view_dispose;
  object_class->finalize = gt_reports_view_finalize;
  object_class->get_property = gt_reports_view_get_property;
  object_class->set_property = gt_reports_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GT_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-reports-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, month_label);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_install_action (widget_class, "view.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "view.export-templates", NULL,
                                   export_templates_action);
  gtk_widget_class_install_action (widget_class, "view.import-returns", NULL,
                                   import_returns_action);
  gtk_widget_class_install_action (widget_class, "view.signoff", NULL, signoff_action);
  gtk_widget_class_install_action (widget_class, "view.filing-status", NULL,
                                   filing_status_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "view.filing-status", NULL);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, signed_off_label);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, signoff_button);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, totals_label);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, stack);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, footer_window);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, footer_view);
  gtk_widget_class_bind_template_child (widget_class, GtReportsView, error_label);

  gt_month_actions_install (widget_class, step_month);
}

static void
gt_reports_view_init (GtReportsView *self)
{
  self->entries = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gt_lazy_icons_defer (GTK_WIDGET (self));
}

GtkWidget *
gt_reports_view_new (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_REPORTS_VIEW, "store", store, NULL);
}
