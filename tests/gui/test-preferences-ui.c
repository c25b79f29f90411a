/* test-preferences-ui.c: Preferences as a clerk meets it: number boxes that
 * stay within what the settings take, a wheel that scrolls the page rather than
 * the box under the pointer, amber below red, and the 倒排工期 nodes edited as
 * a list.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-preferences.h"
#include "gt-schedule.h"
#include "gt-template-group.h"
#include "gt-test-ui.h"

static GtkWindow *
open_preferences (void)
{
  GtkWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "preferences",
                                  NULL);
  gt_test_ui_settle (300);
  prefs = gt_test_ui_find_window (GT_TYPE_PREFERENCES);
  g_assert_nonnull (prefs);
  return prefs;
}

static void
close_preferences (GtkWindow *prefs)
{
  gtk_window_destroy (prefs);
  gt_test_ui_settle (100);
}

static GtkSpinButton *
spin_of_row (GtkWindow  *prefs,
             const char *title)
{
  GtkWidget *row = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled, title);
  GtkWidget *spin;

  g_assert_nonnull (row);
  spin = gt_test_ui_find_widget (row, gt_test_ui_is_of_type,
                                 GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  return GTK_SPIN_BUTTON (spin);
}

/* Every box's lowest value is one its key takes: typing 0 where the settings
 * need 1 leaves 1, and no critical (G_DEBUG=fatal-criticals). */
static void
test_ranges (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *prefs = open_preferences ();
  GtkSpinButton *amber = spin_of_row (prefs, _("Late Start: Amber"));
  double min, max;

  gtk_spin_button_get_range (amber, &min, &max);
  g_assert_cmpfloat (min, ==, 1);
  gtk_spin_button_set_value (amber, 0);
  gt_test_ui_settle (50);
  g_assert_cmpint (g_settings_get_int (settings, "rag-amber-start-months"), ==, 1);
  g_settings_reset (settings, "rag-amber-start-months");
  close_preferences (prefs);
}

/* Amber cannot reach red, nor red come down to amber. */
static void
test_amber_below_red (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *prefs = open_preferences ();
  GtkSpinButton *amber = spin_of_row (prefs, _("Late Start: Amber"));
  GtkSpinButton *red = spin_of_row (prefs, _("Late Start: Red"));
  GtkSpinButton *amber_lag = spin_of_row (prefs, _("Investment Lag: Amber"));
  GtkSpinButton *red_lag = spin_of_row (prefs, _("Investment Lag: Red"));

  gtk_spin_button_set_value (red, 4);
  gtk_spin_button_set_value (amber, 9);
  g_assert_cmpint (g_settings_get_int (settings, "rag-amber-start-months"), ==, 3);
  gtk_spin_button_set_value (red, 1);
  g_assert_cmpint (g_settings_get_int (settings, "rag-red-start-months"), ==, 4);
  gtk_spin_button_set_value (red, 12);
  gtk_spin_button_set_value (amber, 9);
  g_assert_cmpint (g_settings_get_int (settings, "rag-amber-start-months"), ==, 9);

  gtk_spin_button_set_value (amber_lag, 50);
  g_assert_cmpfloat (g_settings_get_double (settings, "rag-amber-lag-points"), <,
                     g_settings_get_double (settings, "rag-red-lag-points"));
  gtk_spin_button_set_value (red_lag, 5);
  g_assert_cmpfloat (g_settings_get_double (settings, "rag-amber-lag-points"), <,
                     g_settings_get_double (settings, "rag-red-lag-points"));
  close_preferences (prefs);

  /* Stored the wrong way round before the rule: mended on opening. */
  g_settings_set_int (settings, "rag-red-start-months", 2);
  g_settings_set_int (settings, "rag-amber-start-months", 5);
  prefs = open_preferences ();
  g_assert_cmpint (g_settings_get_int (settings, "rag-amber-start-months"), ==, 1);
  close_preferences (prefs);
  g_settings_reset (settings, "rag-red-start-months");
  g_settings_reset (settings, "rag-amber-start-months");
  g_settings_reset (settings, "rag-red-lag-points");
  g_settings_reset (settings, "rag-amber-lag-points");
}

static GtkEventController *
scroll_guard (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "gt-scroll-guard") == 0)
        return controller;
    }
  return NULL;
}

/* A wheel turn over an unfocused box scrolls the page and leaves the value;
 * once the box has the focus, the turn is the box's. */
static void
test_wheel_scrolls_the_page (void)
{
  GtkWindow *prefs = open_preferences ();
  GtkSpinButton *spin = spin_of_row (prefs, _("Overdue Milestone: Red"));
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (spin), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  GtkEventController *guard = scroll_guard (GTK_WIDGET (spin));
  double value = gtk_spin_button_get_value (spin);
  double top;
  gboolean handled = FALSE;

  gtk_window_set_default_size (prefs, 640, 400);
  gt_test_ui_settle (300);
  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_nonnull (guard);
  /* Ahead of the spin button's own scroll controller. */
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (guard), ==, GTK_PHASE_CAPTURE);

  gtk_widget_grab_focus (gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled,
                                                 _("Office Name")));
  gtk_adjustment_set_value (adjustment, 0);
  top = gtk_adjustment_get_value (adjustment);
  g_signal_emit_by_name (guard, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, top);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, value);

  gtk_widget_grab_focus (GTK_WIDGET (spin));
  handled = TRUE;
  g_signal_emit_by_name (guard, "scroll", 0.0, 1.0, &handled);
  g_assert_false (handled);
  close_preferences (prefs);
}

static GtTemplateGroup *
template_group (GtkWindow *prefs)
{
  GtkWidget *group = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_of_type,
                                             GSIZE_TO_POINTER (GT_TYPE_TEMPLATE_GROUP));

  g_assert_nonnull (group);
  return GT_TEMPLATE_GROUP (group);
}

static GtkWidget *
node_row (GtkWindow *prefs,
          guint      index)
{
  g_autofree char *title = g_strdup_printf (_("Node %u"), index + 1);
  GtkWidget *row = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

static gboolean
is_labelled (GtkWidget     *widget,
             gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), label) == 0;
}

static void
click (GtkWidget  *within,
       const char *label)
{
  GtkWidget *button = gt_test_ui_find_widget (within, is_labelled, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  gt_test_ui_settle (50);
}

static char *
stored_template (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_string (settings, "schedule-template");
}

static void
test_template_as_a_list (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GtScheduleTemplate) standard = gt_schedule_template_new_default ();
  guint n = gt_schedule_template_get_n_nodes (standard);
  GtkWindow *prefs;
  GtTemplateGroup *group;
  g_autofree char *text = NULL;

  g_settings_set_string (settings, "schedule-template", "前期手续=45;主体施工=200;竣工验收=30");
  prefs = open_preferences ();
  group = template_group (prefs);
  g_assert_cmpuint (gt_template_group_get_n_nodes (group), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (node_row (prefs, 1))), ==, "主体施工");

  /* Reordered: 主体施工 up. */
  click (node_row (prefs, 1), _("Move Up"));
  text = stored_template ();
  g_assert_cmpstr (text, ==, "主体施工=200;前期手续=45;竣工验收=30");
  g_clear_pointer (&text, g_free);

  /* Days at least 1: 0 typed is 1. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gt_test_ui_find_widget (
                               node_row (prefs, 2), gt_test_ui_is_of_type,
                               GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON))), 0);
  text = stored_template ();
  g_assert_cmpstr (text, ==, "主体施工=200;前期手续=45;竣工验收=1");
  g_clear_pointer (&text, g_free);

  /* Added at the end, renamed; a blank or "=" name is marked and not saved. */
  click (GTK_WIDGET (group), _("Add a Node"));
  g_assert_cmpuint (gt_template_group_get_n_nodes (group), ==, 4);
  gtk_editable_set_text (GTK_EDITABLE (node_row (prefs, 3)), "试运行");
  text = stored_template ();
  g_assert_cmpstr (text, ==, "主体施工=200;前期手续=45;竣工验收=1;试运行=30");
  g_clear_pointer (&text, g_free);
  gtk_editable_set_text (GTK_EDITABLE (node_row (prefs, 3)), "  ");
  g_assert_true (gtk_widget_has_css_class (node_row (prefs, 3), "error"));
  gtk_editable_set_text (GTK_EDITABLE (node_row (prefs, 3)), "试=运行");
  g_assert_true (gtk_widget_has_css_class (node_row (prefs, 3), "error"));
  text = stored_template ();
  g_assert_cmpstr (text, ==, "主体施工=200;前期手续=45;竣工验收=1;试运行=30");
  g_clear_pointer (&text, g_free);
  gtk_editable_set_text (GTK_EDITABLE (node_row (prefs, 3)), "试运行");
  g_assert_false (gtk_widget_has_css_class (node_row (prefs, 3), "error"));

  /* Removed; the last node cannot be. */
  click (node_row (prefs, 0), _("Remove Node"));
  text = stored_template ();
  g_assert_cmpstr (text, ==, "前期手续=45;竣工验收=1;试运行=30");
  g_clear_pointer (&text, g_free);
  if (g_getenv ("GUATU_SCREENSHOT_DIR") != NULL)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
                                    gtk_widget_get_ancestor (GTK_WIDGET (group),
                                                             GTK_TYPE_SCROLLED_WINDOW)));

      gtk_window_set_default_size (prefs, 700, 900);
      gt_test_ui_settle (200);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      gt_test_ui_save_screenshot (GTK_WIDGET (prefs), "preferences-nodes.png");
    }
  click (node_row (prefs, 0), _("Remove Node"));
  click (node_row (prefs, 0), _("Remove Node"));
  g_assert_cmpuint (gt_template_group_get_n_nodes (group), ==, 1);
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (node_row (prefs, 0), is_labelled,
                                                                   _("Remove Node"))));

  /* The standard nodes back. */
  click (GTK_WIDGET (group), _("Restore the Standard Nodes"));
  g_assert_cmpuint (gt_template_group_get_n_nodes (group), ==, n);
  text = stored_template ();
  g_assert_cmpstr (text, ==, "");
  close_preferences (prefs);
}

static void
add_tests (void)
{
  g_test_add_func ("/preferences-ui/ranges", test_ranges);
  g_test_add_func ("/preferences-ui/amber-below-red", test_amber_below_red);
  g_test_add_func ("/preferences-ui/wheel-scrolls-the-page", test_wheel_scrolls_the_page);
  g_test_add_func ("/preferences-ui/template-as-a-list", test_template_as_a_list);
}

int
main (int argc, char **argv)
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
