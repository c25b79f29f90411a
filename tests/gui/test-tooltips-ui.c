/* test-tooltips-ui.c: tooltips in Chinese read a line at a time, not a
 * character a line, and stay hidden while a menu is open. A real tooltip is
 * shown under Xvfb's pointer (the middle of the screen) by a window that
 * covers the screen.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gt-test-ui.h"
#include "gt-tooltips.h"

static int
height_at_natural_width (GtkWidget *label)
{
  int natural, height;

  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, natural, &height, NULL, NULL, NULL);
  return height;
}

static int
one_line_height (const char *text)
{
  g_autoptr(GtkWidget) label = g_object_ref_sink (gtk_label_new (text));

  return height_at_natural_width (label);
}

/* As GTK 4.8 sets up its tooltip label, then refitted. */
static void
test_fit_label (void)
{
  const char *texts[] = { "状态", "主菜单", "保存 (Ctrl+S)", "Save (Ctrl+S)" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GtkWidget) label = g_object_ref_sink (gtk_label_new (texts[i]));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), g_utf8_strlen (texts[i], -1));
      g_test_message ("%s as GTK has it: %d px high, one line %d px", texts[i],
                      height_at_natural_width (label), one_line_height (texts[i]));
      gt_tooltips_fit_label (GTK_LABEL (label));
      g_assert_cmpint (height_at_natural_width (label), ==, one_line_height (texts[i]));
    }

  /* A long one wraps, at about 25 characters, not at 50. */
  {
    const char *text = "本月完成投资低于序时进度二十个百分点以上的项目，按属地和责任单位分别列出，"
                       "并在月度推进会上逐项说明原因。";
    g_autoptr(GtkWidget) label = g_object_ref_sink (gtk_label_new (text));
    int lines;

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
    gt_tooltips_fit_label (GTK_LABEL (label));
    g_assert_cmpint (gtk_label_get_max_width_chars (GTK_LABEL (label)), ==, 50);
    lines = (height_at_natural_width (label) + one_line_height ("本") / 2) / one_line_height ("本");
    g_assert_cmpint (lines, >=, 2);
    g_assert_cmpint (lines, <=, 3);
  }
}

static GtkWidget *
find_tooltip (GtkWidget *window)
{
  for (GtkWidget *child = gtk_widget_get_first_child (window);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_css_name (child), "tooltip") == 0)
      return child;
  return NULL;
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
test_real_tooltip (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new_with_label ("按钮");
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *tooltip, *label;

  gt_tooltips_install ();
  gtk_widget_set_tooltip_text (button, "状态");
  gtk_widget_set_vexpand (button, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "菜单", -1);
  gtk_popover_set_child (GTK_POPOVER (popover), gtk_label_new ("菜单内容"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), popover);
  gtk_box_append (GTK_BOX (box), menu_button);
  gtk_box_append (GTK_BOX (box), button);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  gt_test_ui_settle (500);

  gtk_widget_trigger_tooltip_query (button);
  gt_test_ui_settle (1500);
  tooltip = find_tooltip (window);
  if (tooltip == NULL || !gtk_widget_get_mapped (tooltip))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("no tooltip shows here: the pointer is not over the window");
      return;
    }
  label = gt_test_ui_find_widget (tooltip, is_label, "状态");
  g_assert_nonnull (label);
  /* Two Chinese characters are four Latin letters wide, and on one line. */
  g_assert_cmpint (gtk_label_get_max_width_chars (GTK_LABEL (label)), ==, 4);
  g_assert_cmpint (gtk_widget_get_height (label), ==, one_line_height ("状态"));

  /* With a menu open, no tooltip over it. */
  gtk_widget_hide (tooltip);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  gt_test_ui_settle (300);
  g_assert_true (gt_tooltips_popover_open (window));
  gtk_widget_trigger_tooltip_query (button);
  gt_test_ui_settle (1500);
  g_assert_false (gtk_widget_get_mapped (tooltip));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  gt_test_ui_settle (300);
  g_assert_false (gt_tooltips_popover_open (window));
  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/tooltips-ui/fit-label", test_fit_label);
  g_test_add_func ("/tooltips-ui/real-tooltip", test_real_tooltip);
}

int
main (int argc, char **argv)
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
