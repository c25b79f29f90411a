/* gt-report-footer.c: the 合计 line pinned under the monthly entry sheet.
 *
 * The office's spreadsheets end with a 合计 line, and a clerk typing a figure
 * on line 10 of 66 wants to see the total move: so the line is not the last
 * row of the sheet's list, which would scroll out of sight, but a second column
 * view under it, one row high and without headers, whose columns follow the
 * sheet's (their widths as dragged, those a narrow window hides) and which
 * scrolls sideways with it through the same adjustment. Being in no sorted
 * model, it stays at the foot whatever the order; holding no entries, it is
 * never edited nor reached by Tab. Its cells are read as "合计, column: sum".
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-reports-view-private.h"

static gboolean
column_is_numeric (ReportColumnId id)
{
  return id >= REPORT_COL_PLAN && id <= REPORT_COL_PERCENT;
}

/* Sums of the money columns, the share of the plan they make, and nothing
 * where a sum means nothing (a percentage, words). */
static char *
format_total_cell (ReportColumnId  id,
                   GtReportTotal  *total)
{
  gint64 plan = gt_report_total_get_plan (total);
  guint n_lines = gt_report_total_get_n_lines (total);

  switch (id)
    {
    case REPORT_COL_NAME:
      /* TRANSLATORS: the label of the sum line at the foot of the monthly sheet */
      return g_strdup (C_("reports total", "Total"));
    case REPORT_COL_LOCALITY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects",
                                           n_lines), n_lines);
    case REPORT_COL_PLAN:
      return gt_format_wan (plan);
    case REPORT_COL_PREVIOUS:
      return gt_report_total_get_previous (total) < 0
             ? g_strdup ("—") : gt_format_wan (gt_report_total_get_previous (total));
    case REPORT_COL_COMPLETED:
      return gt_report_total_get_completed (total) < 0
             ? g_strdup ("—") : gt_format_wan (gt_report_total_get_completed (total));
    case REPORT_COL_CUMULATIVE:
      return gt_format_wan (gt_report_total_get_cumulative (total));
    case REPORT_COL_SHARE:
      return gt_format_percent (plan > 0 ? (double) gt_report_total_get_cumulative (total) / plan
                                         : -1);
    case REPORT_COL_PERCENT:
    case REPORT_COL_NOTE:
    case REPORT_COL_PROBLEMS:
      return g_strdup ("");
    case N_REPORT_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
refresh_total_cell (GtkWidget *cell)
{
  ReportColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column"));
  GtReportTotal *total = g_object_get_data (G_OBJECT (cell), "total");
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  if (total == NULL)
    return;
  text = format_total_cell (id, total);
  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);

  /* Heard as "Total, This month (10k yuan): 1,234.00", so that a screen reader
   * going along the line never takes a sum for a project's figure. */
  if (id == REPORT_COL_NAME)
    label = g_strdup (text);
  else
    label = g_strdup_printf (_("%s, %s: %s"), C_("reports total", "Total"),
                             _gt_reports_view_column_title (id), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          ReportColumn             *column)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), column_is_numeric (column->id));
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_add_css_class (cell, "report-total");
  /* As wide at least as the sheet's name cells, so that both views lay the
   * columns out alike when the window is too narrow for all of them. */
  if (column->id == REPORT_COL_NAME)
    gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 12);
  g_object_set_data (G_OBJECT (cell), "column", GINT_TO_POINTER (column->id));
  gtk_list_item_set_child (list_item, cell);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         ReportColumn             *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GtReportTotal *total = gtk_list_item_get_item (list_item);
  gulong handler;

  g_object_set_data (G_OBJECT (cell), "total", total);
  handler = g_signal_connect_swapped (total, "changed", G_CALLBACK (refresh_total_cell), cell);
  g_object_set_data (G_OBJECT (cell), "handler", GSIZE_TO_POINTER (handler));
  refresh_total_cell (cell);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ReportColumn             *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GtReportTotal *total = g_object_get_data (G_OBJECT (cell), "total");

  if (total != NULL)
    g_signal_handler_disconnect (total, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell),
                                                                             "handler")));
  g_object_set_data (G_OBJECT (cell), "total", NULL);
}

static void
follow_width_cb (GtkColumnViewColumn *sheet_column,
                 GParamSpec          *pspec,
                 GtkColumnViewColumn *foot_column)
{
  gtk_column_view_column_set_fixed_width (foot_column,
                                          gtk_column_view_column_get_fixed_width (sheet_column));
}

static void
follow_visible_cb (GtkColumnViewColumn *sheet_column,
                   GParamSpec          *pspec,
                   GtkColumnViewColumn *foot_column)
{
  gtk_column_view_column_set_visible (foot_column,
                                      gtk_column_view_column_get_visible (sheet_column));
}

static void
follow_scroll_cb (GtkAdjustment *sheet,
                  GtkAdjustment *foot)
{
  gtk_adjustment_set_value (foot, gtk_adjustment_get_value (sheet));
}

/* The footer laid out anew (a column shown or hidden): where the sheet is. */
static void
catch_up_cb (GtReportsView *self)
{
  follow_scroll_cb (gtk_scrolled_window_get_hadjustment (self->scrolled_window),
                    gtk_scrolled_window_get_hadjustment (self->footer_window));
}

void
_gt_reports_view_add_footer (GtReportsView *self)
{
  GListModel *sheet_columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GListStore) foot = g_list_store_new (GT_TYPE_REPORT_TOTAL);
  GtkNoSelection *selection;
  GtkWidget *header;

  self->total = gt_report_total_new ();
  g_list_store_append (foot, self->total);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&foot)));
  gtk_column_view_set_model (self->footer_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  for (guint i = 0; i < N_REPORT_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) sheet_column = g_list_model_get_item (sheet_columns, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) foot_column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), &self->columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), &self->columns[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), &self->columns[i]);
      /* The same title, so that the column is as wide as the sheet's at least. */
      foot_column = gtk_column_view_column_new (_gt_reports_view_column_title (i),
                                                g_object_ref (factory));
      gtk_column_view_column_set_expand (foot_column,
                                         gtk_column_view_column_get_expand (sheet_column));
      follow_width_cb (sheet_column, NULL, foot_column);
      follow_visible_cb (sheet_column, NULL, foot_column);
      g_signal_connect_object (sheet_column, "notify::fixed-width",
                               G_CALLBACK (follow_width_cb), foot_column, 0);
      g_signal_connect_object (sheet_column, "notify::visible",
                               G_CALLBACK (follow_visible_cb), foot_column, 0);
      gtk_column_view_append_column (self->footer_view, foot_column);
    }

  /* GTK 4.8 has no property for it: the header is the column view's first
   * child, and a hidden widget is measured as nothing. */
  header = gtk_widget_get_first_child (GTK_WIDGET (self->footer_view));
  if (header != NULL && header != gtk_widget_get_last_child (GTK_WIDGET (self->footer_view)))
    gtk_widget_set_visible (header, FALSE);

  /* Sideways it follows the sheet's scrolling. Not by sharing the sheet's
   * adjustment: two views configuring one adjustment in one layout pass make
   * each other allocate again. */
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scrolled_window),
                           "value-changed", G_CALLBACK (follow_scroll_cb),
                           gtk_scrolled_window_get_hadjustment (self->footer_window), 0);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->footer_window),
                           "changed", G_CALLBACK (catch_up_cb), self, G_CONNECT_SWAPPED);
}
