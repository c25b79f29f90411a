/* test-a11y-ui.c: the names gt-a11y.c gives, read back from GTK's accessible
 * attributes (the AT-SPI tests read them over the bus, slowly; these say which
 * rule broke).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gt-a11y.h"
#include "gt-test-ui.h"

static void
test_strip_mnemonic (void)
{
  const struct {
    const char *label;
    const char *name;
  } cases[] = {
    { "新建项目(_N)", "新建项目" },
    { "导入台账(_I)…", "导入台账…" },
    { "取消（_C）", "取消" },
    { "_Save", "Save" },
    { "a__b", "a_b" },
    { "保存", "保存" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = gt_a11y_strip_mnemonic (cases[i].label);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
  g_assert_null (gt_a11y_strip_mnemonic (NULL));
}

static void
assert_label (GtkWidget  *widget,
              const char *label)
{
  g_autofree char *diff = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                              label);

  if (diff != NULL)
    g_error ("%s: %s", G_OBJECT_TYPE_NAME (widget), diff);
}

static void
test_realized_names (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *mnemonic = gtk_button_new_with_mnemonic ("新建项目(_N)");
  GtkWidget *icon = gtk_button_new_from_icon_name ("list-add-symbolic");
  const char *const levels[] = { "县级", "市级", NULL };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (levels);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 10, 1);
  GtkWidget *toggle = NULL;

  gtk_widget_set_tooltip_text (icon, "新建");
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "级别", -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "红灯阈值");
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "红灯阈值", -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (GTK_BOX (box), mnemonic);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), list);
  gtk_window_set_title (GTK_WINDOW (window), "测试");
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gt_test_ui_settle (300);

  /* Once, without the key ("新建项目(_N) 新建项目(N)" before). */
  assert_label (mnemonic, "新建项目");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (mnemonic),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  /* An icon button by its tooltip ("GtkImage" before). */
  assert_label (icon, "新建");
  /* The drop-down's own toggle reads as the drop-down ("GtkToggleButton"). */
  for (GtkWidget *child = gtk_widget_get_first_child (dropdown); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      toggle = child;
  g_assert_nonnull (toggle);
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (toggle),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  /* The spin's own label, not again its row's title ("红灯阈值 红灯阈值"). */
  assert_label (spin, "红灯阈值");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (spin),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  /* A list of rows without a group's title: the window's ("GtkListBox"). */
  assert_label (list, "测试");

  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/a11y-ui/strip-mnemonic", test_strip_mnemonic);
  g_test_add_func ("/a11y-ui/realized-names", test_realized_names);
}

int
main (int argc, char **argv)
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
