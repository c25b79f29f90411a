/* test-formality-template-ui.c: Preferences → Approvals by Category: a
 * category's list applied to the settings, a list that does not parse refused
 * with the reason shown, Reset back to the list for every category.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-formality-template-group.h"
#include "gt-formality-template.h"
#include "gt-office-settings.h"
#include "gt-test-ui.h"

static gboolean
is_visible_error (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         gtk_widget_has_css_class (widget, "error");
}

static void
test_apply_and_reset (void)
{
  g_autoptr(GSettings) settings = gt_office_settings_open (GT_FORMALITY_TEMPLATES_KEY);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *group = gt_formality_template_group_new (settings);
  GtFormalityTemplateGroup *self = GT_FORMALITY_TEMPLATE_GROUP (group);
  g_autoptr(GtFormalityTemplate) water = NULL;
  g_autoptr(GtFormalityTemplate) other = NULL;

  gtk_window_set_child (GTK_WINDOW (window), group);
  gtk_window_present (GTK_WINDOW (window));
  gt_test_ui_settle (100);

  g_assert_true (gt_formality_template_group_apply (self, "水利",
                                                    "取水许可|水利局|20;施工许可|住建局|7"));
  water = gt_formality_template_load ("水利");
  g_assert_cmpuint (gt_formality_template_get_n_items (water), ==, 2);
  g_assert_null (gt_test_ui_find_widget (group, is_visible_error, NULL));

  /* Refused, said why, nothing kept. */
  g_assert_false (gt_formality_template_group_apply (self, "水利", "取水许可|水利局|二十"));
  g_assert_nonnull (gt_test_ui_find_widget (group, is_visible_error, NULL));
  g_clear_pointer (&water, gt_formality_template_free);
  water = gt_formality_template_load ("水利");
  g_assert_cmpuint (gt_formality_template_get_n_items (water), ==, 2);

  /* Every other category's list; then 水利's own taken away. */
  g_assert_true (gt_formality_template_group_apply (self, "", "立项|发改局|5"));
  other = gt_formality_template_load ("交通");
  g_assert_cmpuint (gt_formality_template_get_n_items (other), ==, 1);
  gt_formality_template_group_apply (self, "水利", NULL);
  gt_test_ui_save_screenshot (window, "formality-template.png");
  g_signal_emit_by_name (adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group)),
                         "clicked");
  g_clear_pointer (&water, gt_formality_template_free);
  water = gt_formality_template_load ("水利");
  g_assert_cmpuint (gt_formality_template_get_n_items (water), ==, 1);

  g_settings_reset (settings, GT_FORMALITY_TEMPLATES_KEY);
  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (50);
}

static void
add_tests (void)
{
  g_test_add_func ("/formality-template-ui/apply-and-reset", test_apply_and_reset);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
