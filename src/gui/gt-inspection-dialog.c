/* gt-inspection-dialog.c: which week's 督查专报 the window saves.
 *
 * The report is the county's, of one week (Monday to Sunday). Offices make
 * it either at the week's end or on the Monday after, so the last choice,
 * counted in weeks back from today (this week, last week…) rather than as a
 * date, is what the dialog offers the next time: a date kept would be stale.
 * Twelve weeks back are offered; older ones stay on the command line
 * (guatu --export-pdf FILE --chart inspection --week DAY).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-editor-actions.h"
#include "gt-format.h"
#include "gt-inspection-dialog.h"
#include "gt-inspection.h"
#include "gt-office-settings.h"

#define WEEKS_KEY "inspection-report-weeks-ago"

struct _GtInspectionDialog
{
  AdwWindow    parent_instance;

  GSettings   *settings;    /* NULL when the schema is not installed */
  GDate        this_monday;
  AdwComboRow *week_row;
};

G_DEFINE_FINAL_TYPE (GtInspectionDialog, gt_inspection_dialog, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "This week, 2026年11月30日 – 12月6日" and so on back. */
static char *
week_label (const GDate *monday,
            guint        weeks_ago)
{
  g_autofree char *from = gt_format_date (monday);
  g_autofree char *to = NULL;
  GDate sunday = *monday;

  g_date_add_days (&sunday, 6);
  to = gt_format_date (&sunday);
  if (weeks_ago == 0)
    /* TRANSLATORS: the week's Monday and Sunday */
    return g_strdup_printf (_("This week, %s – %s"), from, to);
  if (weeks_ago == 1)
    return g_strdup_printf (_("Last week, %s – %s"), from, to);
  /* TRANSLATORS: weeks before this one (2 or more), then the week's Monday and Sunday */
  return g_strdup_printf (ngettext ("%u week ago, %s – %s", "%u weeks ago, %s – %s",
                                    weeks_ago),
                          weeks_ago, from, to);
}

static void
fill_weeks (GtInspectionDialog *self)
{
  g_autoptr(GtkStringList) weeks = gtk_string_list_new (NULL);

  for (guint i = 0; i < GT_INSPECTION_DIALOG_N_WEEKS; i++)
    {
      GDate monday = self->this_monday;
      g_autofree char *label = NULL;

      g_date_subtract_days (&monday, 7 * i);
      label = week_label (&monday, i);
      gtk_string_list_append (weeks, label);
    }
  adw_combo_row_set_model (self->week_row, G_LIST_MODEL (weeks));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gt_inspection_dialog_save (GT_INSPECTION_DIALOG (widget));
}

static void
gt_inspection_dialog_dispose (GObject *object)
{
  GtInspectionDialog *self = GT_INSPECTION_DIALOG (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gt_inspection_dialog_parent_class)->dispose (object);
}

static void
gt_inspection_dialog_class_init (GtInspectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_inspection_dialog_dispose;

  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gt_editor_class_install_actions (widget_class, save_action);
}

static void
gt_inspection_dialog_init (GtInspectionDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *save;

  gtk_window_set_title (GTK_WINDOW (self), _("Weekly Inspection Report"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 300);

  save = gt_editor_add_header (GTK_BOX (box));
  /* Saving asks for the file next. */
  gtk_button_set_label (GTK_BUTTON (save), _("_Save…"));
  gtk_button_set_use_underline (GTK_BUTTON (save), TRUE);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Inspection Report"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Every county leader’s slow and problem projects, "
                                           "and what was decided on site in the week, as a "
                                           "PDF on A4."));
  self->week_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->week_row), _("_Week"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->week_row), TRUE);
  /* The week's dates in full, under the title rather than cut beside it. */
  adw_combo_row_set_use_subtitle (self->week_row, TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->week_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);

  self->settings = gt_office_settings_open (WEEKS_KEY);
}

GtInspectionDialog *
gt_inspection_dialog_new (GtkWindow   *parent,
                          const GDate *today)
{
  GtInspectionDialog *self;
  GDate day, sunday;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (GT_TYPE_INSPECTION_DIALOG, "transient-for", parent, NULL);
  if (today != NULL && g_date_valid (today))
    day = *today;
  else
    {
      g_date_clear (&day, 1);
      g_date_set_time_t (&day, time (NULL));
    }
  gt_inspection_get_week (&day, &self->this_monday, &sunday);
  fill_weeks (self);
  if (self->settings != NULL)
    gt_inspection_dialog_set_weeks_ago (self, g_settings_get_int (self->settings, WEEKS_KEY));
  gtk_widget_grab_focus (GTK_WIDGET (self->week_row));
  return self;
}

guint
gt_inspection_dialog_get_weeks_ago (GtInspectionDialog *self)
{
  guint selected;

  g_return_val_if_fail (GT_IS_INSPECTION_DIALOG (self), 0);

  selected = adw_combo_row_get_selected (self->week_row);
  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

void
gt_inspection_dialog_set_weeks_ago (GtInspectionDialog *self,
                                    guint               weeks_ago)
{
  g_return_if_fail (GT_IS_INSPECTION_DIALOG (self));

  adw_combo_row_set_selected (self->week_row,
                              MIN (weeks_ago, GT_INSPECTION_DIALOG_N_WEEKS - 1));
}

void
gt_inspection_dialog_get_monday (GtInspectionDialog *self,
                                 GDate              *monday)
{
  g_return_if_fail (GT_IS_INSPECTION_DIALOG (self));
  g_return_if_fail (monday != NULL);

  *monday = self->this_monday;
  g_date_subtract_days (monday, 7 * gt_inspection_dialog_get_weeks_ago (self));
}

void
gt_inspection_dialog_save (GtInspectionDialog *self)
{
  GDate monday;

  g_return_if_fail (GT_IS_INSPECTION_DIALOG (self));

  if (self->settings != NULL)
    g_settings_set_int (self->settings, WEEKS_KEY,
                        (int) gt_inspection_dialog_get_weeks_ago (self));
  gt_inspection_dialog_get_monday (self, &monday);
  g_object_ref (self);
  g_signal_emit (self, signals[CHOSEN], 0, (guint) g_date_get_julian (&monday));
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}
