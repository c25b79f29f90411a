/* gt-report-cells.c: the columns and cells of the monthly entry sheet.
 *
 * The sheet works like the spreadsheet it replaces: type a figure, press Enter to
 * go down to the next project or Tab to go right; the figure is saved as the cell
 * is left. What cannot be saved (a negative or non-numeric amount, a percentage
 * over 100) stays in the cell, marked and selected, with the reason on the line
 * under the sheet (and as its tooltip), and the cursor stays with it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-column-fit.h"
#include "gt-format.h"
#include "gt-reports-view-private.h"
#include "gt-window.h"

#define MAX_FOCUS_TRIES 12

static const struct {
  const char *title;
  int         width;        /* fixed width, −1 to expand */
  int         chars;        /* entry width */
  gboolean    numeric;
} column_defs[N_REPORT_COLUMNS] = {
  [REPORT_COL_NAME] = { NC_("reports column", "Project"), -1, 0, FALSE },
  [REPORT_COL_LOCALITY] = { NC_("reports column", "Locality"), 96, 0, FALSE },
  [REPORT_COL_PLAN] = { NC_("reports column", "Year plan (10k yuan)"), 110, 0, TRUE },
  [REPORT_COL_PREVIOUS] = { NC_("reports column", "Last month (10k yuan)"), 110, 0, TRUE },
  [REPORT_COL_COMPLETED] = { NC_("reports column", "This month (10k yuan)"), 124, 9, TRUE },
  [REPORT_COL_CUMULATIVE] = { NC_("reports column", "Year to date (10k yuan)"), 120, 0, TRUE },
  [REPORT_COL_SHARE] = { NC_("reports column", "Of year plan"), 84, 0, TRUE },
  [REPORT_COL_PERCENT] = { NC_("reports column", "Complete (%)"), 84, 4, TRUE },
  [REPORT_COL_NOTE] = { NC_("reports column", "Physical progress"), 220, 14, FALSE },
  [REPORT_COL_PROBLEMS] = { NC_("reports column", "Problems"), 180, 12, FALSE },
};

const char *
_gt_reports_view_column_title (ReportColumnId id)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "reports column", column_defs[id].title);
}

static const char *
column_title (ReportColumnId id)
{
  return _gt_reports_view_column_title (id);
}

static gboolean
column_is_editable (ReportColumnId id)
{
  return id == REPORT_COL_COMPLETED || id == REPORT_COL_PERCENT ||
         id == REPORT_COL_NOTE || id == REPORT_COL_PROBLEMS;
}

static gpointer
entry_key (guint          position,
           ReportColumnId column)
{
  return GUINT_TO_POINTER (position * N_REPORT_COLUMNS + column + 1);
}

/* Text of the cells */

static char *
format_cell (GtReportsView  *self,
             ReportColumnId  id,
             GtReportRow    *row)
{
  GtProject *project = gt_report_row_get_project (row);
  GtMonthlyReport *report = gt_report_row_get_report (row);
  gboolean filed = gt_report_row_has_report (row);
  gint64 plan = gt_report_row_get_annual_plan (row);
  GtUnit *locality;

  switch (id)
    {
    case REPORT_COL_NAME:
      return g_strdup (gt_project_get_name (project));
    case REPORT_COL_LOCALITY:
      locality = gt_store_lookup_unit (self->store, gt_project_get_locality_id (project));
      return g_strdup (locality != NULL ? gt_unit_get_name (locality) : "");
    case REPORT_COL_PLAN:
      return plan > 0 ? gt_format_wan (plan) : g_strdup ("—");
    case REPORT_COL_PREVIOUS:
      return gt_report_row_get_previous_completed (row) < 0
             ? g_strdup ("—") : gt_format_wan (gt_report_row_get_previous_completed (row));
    case REPORT_COL_COMPLETED:
      return filed ? gt_format_wan (gt_monthly_report_get_completed (report)) : g_strdup ("");
    case REPORT_COL_CUMULATIVE:
      return gt_format_wan (gt_report_row_get_cumulative (row));
    case REPORT_COL_SHARE:
      return gt_format_percent (plan > 0 ? (double) gt_report_row_get_cumulative (row) / plan
                                         : -1);
    case REPORT_COL_PERCENT:
      return filed ? g_strdup_printf ("%d", gt_monthly_report_get_percent (report))
                   : g_strdup ("");
    case REPORT_COL_NOTE:
      return g_strdup (gt_monthly_report_get_progress_note (report));
    case REPORT_COL_PROBLEMS:
      return g_strdup (gt_monthly_report_get_problems (report));
    case N_REPORT_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
set_invalid (GtkWidget  *entry,
             const char *message)
{
  GtReportsView *self = g_object_get_data (G_OBJECT (entry), "view");
  GtReportRow *row = g_object_get_data (G_OBJECT (entry), "row");
  ReportColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));

  if (message != NULL)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (!GTK_IS_EDITABLE (entry) || self == NULL)
    return;

  if (message != NULL && row != NULL)
    {
      g_autofree char *line = NULL;

      /* TRANSLATORS: the line under the monthly sheet: a project, a column,
       * then why the figure typed there was refused, e.g. "城北污水处理厂,
       * This month (10k yuan): Amounts cannot be negative." */
      line = g_strdup_printf (_("%s, %s: %s"),
                              gt_project_get_name (gt_report_row_get_project (row)),
                              column_title (id), message);

      /* The cell is described by the reason, so a screen reader says it with
       * the cell's name, and points to the line that shows it. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                      self->error_label, -1);
      _gt_reports_view_show_cell_error (self, entry, line);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (entry),
                                     GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
      _gt_reports_view_show_cell_error (self, entry, NULL);
    }
}

static void
refresh_cell (GtkWidget *cell)
{
  GtReportsView *self = g_object_get_data (G_OBJECT (cell), "view");
  ReportColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column"));
  GtReportRow *row = g_object_get_data (G_OBJECT (cell), "row");
  g_autofree char *text = NULL;

  if (row == NULL)
    return;

  text = format_cell (self, id, row);
  if (GTK_IS_EDITABLE (cell))
    {
      /* A refused figure stays until it is put right or Escape drops it. */
      if (!gtk_widget_has_css_class (cell, "error") &&
          g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (cell)), text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (cell), text);
    }
  else
    gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
}

static void
row_changed_cb (GtReportRow *row,
                GtkWidget   *cell)
{
  refresh_cell (cell);
  _gt_reports_view_update_totals (g_object_get_data (G_OBJECT (cell), "view"));
}

/* Saving */

static gboolean
parse_percent (const char  *text,
               int         *percent,
               GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 value;

  /* Full-width digits and a trailing % (either width), as typed by IMEs. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      if ((c == '%' || c == 0xFF05) && *next == '\0')
        break;
      g_string_append_unichar (digits, c);
    }

  if (!g_ascii_string_to_unsigned (digits->str, 10, 0, 100, &value, NULL))
    {
      g_set_error_literal (error, GT_FORMAT_ERROR, GT_FORMAT_ERROR_INVALID,
                           _("Type a whole number of percent from 0 to 100."));
      return FALSE;
    }
  *percent = (int) value;
  return TRUE;
}

/* Saves what @entry holds if it differs from the report; TRUE when the cell may
 * be left (saved, or nothing to save). */
static gboolean
commit_entry (GtkWidget *entry)
{
  GtReportsView *self = g_object_get_data (G_OBJECT (entry), "view");
  ReportColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
  GtReportRow *row = g_object_get_data (G_OBJECT (entry), "row");
  g_autofree char *text = NULL;
  g_autoptr(GtMonthlyReport) edited = NULL;
  g_autoptr(GError) error = NULL;
  GtMonthlyReport *report;
  gboolean filed;
  gint64 yuan = 0;
  int percent = 0;

  if (row == NULL)
    return TRUE;

  report = gt_report_row_get_report (row);
  filed = gt_report_row_has_report (row);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  edited = gt_monthly_report_copy (report);

  switch (id)
    {
    case REPORT_COL_COMPLETED:
      if (*text == '\0' && !filed)
        break;
      if (*text != '\0' && !gt_parse_wan (text, &yuan, &error))
        break;
      gt_monthly_report_set_completed (edited, yuan);
      break;
    case REPORT_COL_PERCENT:
      if (*text == '\0' && !filed)
        break;
      if (*text != '\0' && !parse_percent (text, &percent, &error))
        break;
      gt_monthly_report_set_percent (edited, percent);
      break;
    case REPORT_COL_NOTE:
      gt_monthly_report_set_progress_note (edited, text);
      break;
    case REPORT_COL_PROBLEMS:
      gt_monthly_report_set_problems (edited, text);
      break;
    case REPORT_COL_NAME:
    case REPORT_COL_LOCALITY:
    case REPORT_COL_PLAN:
    case REPORT_COL_PREVIOUS:
    case REPORT_COL_CUMULATIVE:
    case REPORT_COL_SHARE:
    case N_REPORT_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  if (error == NULL &&
      gt_monthly_report_get_completed (edited) == gt_monthly_report_get_completed (report) &&
      gt_monthly_report_get_percent (edited) == gt_monthly_report_get_percent (report) &&
      g_strcmp0 (gt_monthly_report_get_progress_note (edited),
                 gt_monthly_report_get_progress_note (report)) == 0 &&
      g_strcmp0 (gt_monthly_report_get_problems (edited),
                 gt_monthly_report_get_problems (report)) == 0 &&
      (filed || *text == '\0'))
    {
      set_invalid (entry, NULL);
      refresh_cell (entry);
      return TRUE;
    }

  if (error == NULL)
    gt_report_sheet_save (self->sheet, row, edited, &error);

  if (error != NULL)
    {
      set_invalid (entry, error->message);
      /* A failed save (a full disk, a read-only file) is more than a typo: say
       * it where it is seen, not only in the cell's tooltip. The typed value
       * stays in the cell. */
      if (error->domain == GT_STORE_ERROR)
        {
          GtkRoot *root = gtk_widget_get_root (entry);

          if (GT_IS_WINDOW (root))
            gt_window_show_toast (GT_WINDOW (root), error->message);
        }
      return FALSE;
    }

  set_invalid (entry, NULL);
  refresh_cell (entry);
  return TRUE;
}

/* Moving between cells */

static ReportColumnId
next_editable (ReportColumnId id,
               int            step,
               int           *row_step)
{
  int column = id;

  *row_step = 0;
  do
    {
      column += step;
      if (column >= N_REPORT_COLUMNS)
        {
          column = 0;
          *row_step = 1;
        }
      else if (column < 0)
        {
          column = N_REPORT_COLUMNS - 1;
          *row_step = -1;
        }
    }
  while (!column_is_editable (column));

  return column;
}

static void
scroll_into_view (GtReportsView *self,
                  GtkWidget     *cell)
{
  GtkWidget *view = GTK_WIDGET (self->column_view);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  GtkWidget *list = gtk_widget_get_last_child (view);
  double x, y, list_x = 0, list_y = 0;
  int width = gtk_widget_get_width (cell);
  int height = gtk_widget_get_height (cell);

  if (!gtk_widget_translate_coordinates (cell, view, 0, 0, &x, &y))
    return;
  /* The header row is above the rows' list: a cell under it is hidden. */
  if (list != NULL)
    gtk_widget_translate_coordinates (list, view, 0, 0, &list_x, &list_y);

  if (y < list_y)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) -
                                           (list_y - y));
  else if (y + height > gtk_widget_get_height (view))
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) +
                                           (y + height - gtk_widget_get_height (view)));

  if (x < 0)
    gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_value (hadjustment) + x);
  else if (x + width > gtk_widget_get_width (view))
    gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_value (hadjustment) +
                                           (x + width - gtk_widget_get_width (view)));
}

/* Once a frame: the list lays out the rows it scrolled to before it paints. */
static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  GtReportsView *self = user_data;

  self->focus_tick_id = 0;
  if (self->focus_tries++ < MAX_FOCUS_TRIES)
    _gt_reports_view_focus_cell (self, self->focus_position, self->focus_column);
  return G_SOURCE_REMOVE;
}

gboolean
_gt_reports_view_focus_cell (GtReportsView  *self,
                             guint           position,
                             ReportColumnId  column)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  GtkWidget *entry;
  GtkAdjustment *vadjustment;
  double row_height;

  if (position >= n_items)
    return FALSE;

  entry = g_hash_table_lookup (self->entries, entry_key (position, column));
  if (entry != NULL && gtk_widget_get_mapped (entry))
    {
      if (self->focus_tick_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->focus_tick_id);
      self->focus_tick_id = 0;
      self->focus_tries = 0;
      gtk_widget_grab_focus (entry);
      gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
      scroll_into_view (self, entry);
      return TRUE;
    }

  /* The line is not on screen, so its cells are not made yet: scroll to where
   * it should be and try again once the list has laid it out. */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  row_height = gtk_adjustment_get_upper (vadjustment) / MAX (n_items, 1);
  gtk_adjustment_set_value (vadjustment,
                            position * row_height -
                            gtk_adjustment_get_page_size (vadjustment) / 2);
  self->focus_position = position;
  self->focus_column = column;
  if (self->focus_tick_id == 0)
    self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view),
                                                        focus_tick_cb, self, NULL);
  return TRUE;
}

static void
move_from (GtkWidget *entry,
           int        row_step,
           int        column_step)
{
  GtReportsView *self = g_object_get_data (G_OBJECT (entry), "view");
  ReportColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "position"));
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  int wrap = 0;

  if (!commit_entry (entry))
    {
      /* The cursor stays, with the refused text selected: what is typed next
       * replaces it rather than being added to it ("-5150"). */
      gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
      gtk_widget_error_bell (entry);
      return;
    }

  if (column_step != 0)
    id = next_editable (id, column_step, &wrap);
  row_step += wrap;
  if ((row_step < 0 && position == 0) || (row_step > 0 && position + 1 >= n_items))
    return;

  self->focus_tries = 0;
  _gt_reports_view_focus_cell (self, position + row_step, id);
}

static void
entry_activate_cb (GtkEntry *entry)
{
  move_from (GTK_WIDGET (entry), 1, 0);
}

static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkWidget             *entry)
{
  state &= gtk_accelerator_get_default_mod_mask ();

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (state != 0 && state != GDK_SHIFT_MASK)
        return FALSE;
      move_from (entry, 0, state == GDK_SHIFT_MASK ? -1 : 1);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      move_from (entry, 0, -1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (state != 0)
        return FALSE;
      move_from (entry, -1, 0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (state != 0)
        return FALSE;
      move_from (entry, 1, 0);
      return TRUE;
    case GDK_KEY_Escape:
      if (!gtk_widget_has_css_class (entry, "error"))
        return FALSE;
      set_invalid (entry, NULL);
      refresh_cell (entry);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
entry_focus_leave_cb (GtkEventControllerFocus *controller,
                      GtkWidget               *entry)
{
  /* Leaving by mouse saves too; a refused figure stays marked in its cell. */
  commit_entry (entry);
}

/* Factories */

static GtkWidget *
entry_new (ReportColumnId id)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), column_defs[id].chars);
  if (column_defs[id].numeric)
    {
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
    }
  gtk_widget_add_css_class (entry, "report-cell");

  /* Before the entry and the window see Tab and the arrows. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), entry);
  gtk_widget_add_controller (entry, keys);
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave_cb), entry);
  gtk_widget_add_controller (entry, focus);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), NULL);

  return entry;
}

static GtkWidget *
cell_new (ReportColumn *column,
          gboolean      editable)
{
  GtkWidget *cell;

  if (editable)
    cell = entry_new (column->id);
  else
    {
      cell = gtk_inscription_new (NULL);
      gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), column_defs[column->id].numeric);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                         GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      if (column->id == REPORT_COL_PREVIOUS)
        gtk_widget_add_css_class (cell, "dim-label");
      if (column->id == REPORT_COL_NAME)
        gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 12);
    }

  g_object_set_data (G_OBJECT (cell), "view", column->view);
  g_object_set_data (G_OBJECT (cell), "column", GINT_TO_POINTER (column->id));
  return cell;
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  ReportColumn             *column)
{
  gtk_list_item_set_child (list_item, cell_new (column, column_is_editable (column->id)));
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 ReportColumn             *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GtReportRow *row = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  gulong handler;

  g_object_set_data (G_OBJECT (cell), "row", row);
  g_object_set_data (G_OBJECT (cell), "position", GUINT_TO_POINTER (position));
  handler = g_signal_connect (row, "changed", G_CALLBACK (row_changed_cb), cell);
  g_object_set_data (G_OBJECT (cell), "handler", GSIZE_TO_POINTER (handler));
  set_invalid (cell, NULL);
  refresh_cell (cell);

  if (GTK_IS_EDITABLE (cell))
    {
      /* Heard by a screen reader as "This month (10k yuan): 城北污水处理厂". */
      gtk_editable_set_editable (GTK_EDITABLE (cell),
                                 _gt_reports_view_figures_editable (column->view));
      g_autofree char *label =
        g_strdup_printf (_("%s: %s"), column_title (column->id),
                         gt_project_get_name (gt_report_row_get_project (row)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_hash_table_insert (column->view->entries, entry_key (position, column->id), cell);
    }
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   ReportColumn             *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GtReportRow *row = g_object_get_data (G_OBJECT (cell), "row");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "position"));
  gpointer key = entry_key (position, column->id);

  if (row != NULL)
    g_signal_handler_disconnect (row, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell),
                                                                           "handler")));
  g_object_set_data (G_OBJECT (cell), "row", NULL);
  if (g_hash_table_lookup (column->view->entries, key) == cell)
    g_hash_table_remove (column->view->entries, key);
}

void
_gt_reports_view_add_columns (GtReportsView *self)
{
  static const guint ranks[] = {
    REPORT_COL_COMPLETED, REPORT_COL_PERCENT, REPORT_COL_NOTE, REPORT_COL_PROBLEMS,
    REPORT_COL_PLAN, REPORT_COL_CUMULATIVE, REPORT_COL_SHARE, REPORT_COL_PREVIOUS,
    REPORT_COL_LOCALITY,
  };
  for (guint i = 0; i < N_REPORT_COLUMNS; i++)
    {
      ReportColumn *column = &self->columns[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;

      column->view = self;
      column->id = i;
      g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), column);
      g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), column);
      g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), column);

      view_column = gtk_column_view_column_new (column_title (i), g_object_ref (factory));
      gtk_column_view_column_set_resizable (view_column, TRUE);
      if (column_defs[i].width > 0)
        gtk_column_view_column_set_fixed_width (view_column, column_defs[i].width);
      else
        gtk_column_view_column_set_expand (view_column, TRUE);
      gtk_column_view_append_column (self->column_view, view_column);
    }

  /* On a narrow screen the figures typed each month stay, with the project's
   * name readable; what is only read gives way, the year plan (what they are
   * measured against) last, the sums and shares made from them before it. */
  gt_column_fit_attach (self->column_view, ranks, G_N_ELEMENTS (ranks), 220);
}
