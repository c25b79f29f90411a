/* test-formality-template-editor-ui.c: Preferences → Approvals by Category as
 * rows: the register's departments to choose from, an approval added, named,
 * given a department and days, moved up, another removed, a nameless or
 * '|'-holding one refused with the reason shown and nothing kept, Reset back
 * to the built-in list; each change kept in the setting's own text format
 * (kind|department|days;…), which gt_formality_template_load() reads.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-formality-item-row.h"
#include "gt-formality-template-group.h"
#include "gt-formality-template.h"
#include "gt-office-settings.h"
#include "gt-preferences.h"
#include "gt-test-ui.h"
#include "gt-unit.h"

#define CATEGORY "水利"

static gboolean
is_visible_error (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         gtk_widget_has_css_class (widget, "error");
}

/* The first department-kind unit of the register. */
static const char *
a_department (void)
{
  GListModel *units = gt_store_get_units (gt_test_ui_store ());

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);

      if (gt_unit_get_kind (unit) == GT_UNIT_KIND_DEPARTMENT)
        return gt_unit_get_name (unit);
    }
  g_assert_not_reached ();
}

static gboolean
model_has (GListModel *model,
           const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        return TRUE;
    }
  return FALSE;
}

/* The section (0 or 1) of the category menu that offers @category, or -1. */
static int
menu_section_of (GMenuModel *menu,
                 const char *category)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *target = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_TARGET, "s",
                                               &target) &&
              g_str_equal (target, category))
            return i;
        }
    }
  return -1;
}

static GtFormalityItemRow *
row_at (GtFormalityTemplateGroup *group,
        guint                     index)
{
  return gt_formality_template_group_get_row (group, index);
}

static void
click (GtFormalityTemplateGroup *group,
       guint                     index,
       const char               *control)
{
  GtkWidget *button = gt_formality_item_row_get_control (row_at (group, index), control);

  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (gtk_widget_get_focusable (button));
  /* As a click or Space would, with the focus on it. */
  gtk_widget_grab_focus (button);
  g_signal_emit_by_name (button, "clicked");
  gt_test_ui_settle (50);
}

static void
type_kind (GtFormalityTemplateGroup *group,
           guint                     index,
           const char               *text)
{
  GtkWidget *entry = gt_formality_item_row_get_control (row_at (group, index), "kind");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gt_test_ui_settle (50);
}

/* The category's list as the setting holds it (NULL: none of its own). */
static char *
held (GSettings *settings)
{
  g_autoptr(GVariant) templates = g_settings_get_value (settings, GT_FORMALITY_TEMPLATES_KEY);
  char *text = NULL;

  g_variant_lookup (templates, CATEGORY, "s", &text);
  return text;
}

static void
test_rows (void)
{
  g_autoptr(GSettings) settings = gt_office_settings_open (GT_FORMALITY_TEMPLATES_KEY);
  g_autoptr(GtFormalityTemplate) builtin = gt_formality_template_new_default ();
  guint n_builtin = gt_formality_template_get_n_items (builtin);
  const char *department = a_department ();
  GtkWidget *preferences;
  GtFormalityTemplateGroup *group;
  g_autoptr(GtFormalityTemplate) tmpl = NULL;
  g_autofree char *text = NULL;
  g_autofree char *wanted = NULL;
  GtkRoot *root;
  guint last;

  g_settings_reset (settings, GT_FORMALITY_TEMPLATES_KEY);
  preferences = GTK_WIDGET (gt_preferences_new (GTK_WINDOW (gt_test_ui_window ())));
  gtk_window_present (GTK_WINDOW (preferences));
  gt_test_ui_settle (300);
  group = GT_FORMALITY_TEMPLATE_GROUP (gt_test_ui_find_widget (
                                         preferences, gt_test_ui_is_of_type,
                                         GSIZE_TO_POINTER (GT_TYPE_FORMALITY_TEMPLATE_GROUP)));
  g_assert_nonnull (group);

  /* The built-in list, one row each; the register's departments offered. */
  gt_formality_template_group_apply (group, CATEGORY, NULL);
  gt_test_ui_settle (100);
  g_assert_cmpuint (gt_formality_template_group_get_n_rows (group), ==, n_builtin);
  g_assert_cmpstr (gt_formality_item_row_get_kind (row_at (group, 0)), ==,
                   gt_formality_template_get_kind (builtin, 0));
  g_assert_cmpuint (gt_formality_item_row_get_days (row_at (group, 0)), ==,
                    gt_formality_template_get_days (builtin, 0));
  g_assert_true (model_has (gtk_drop_down_get_model (GTK_DROP_DOWN (
                   gt_formality_item_row_get_control (row_at (group, 0), "department"))),
                 department));
  /* Showing a list keeps nothing. */
  g_assert_null (held (settings));
  /* Only the moves that make sense. */
  g_assert_false (gtk_widget_get_sensitive (gt_formality_item_row_get_control (row_at (group, 0),
                                                                               "up")));
  g_assert_false (gtk_widget_get_sensitive (
                    gt_formality_item_row_get_control (row_at (group, n_builtin - 1), "down")));

  /* Added, focused, kept once named, with its department and days. */
  g_signal_emit_by_name (gt_formality_template_group_get_add_button (group), "clicked");
  gt_test_ui_settle (100);
  last = n_builtin;
  g_assert_cmpuint (gt_formality_template_group_get_n_rows (group), ==, n_builtin + 1);
  root = gtk_widget_get_root (GTK_WIDGET (group));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root),
                                         gt_formality_item_row_get_control (row_at (group, last),
                                                                            "kind")) ||
                 gtk_root_get_focus (root) == gt_formality_item_row_get_control (
                   row_at (group, last), "kind"));
  g_assert_null (held (settings));
  type_kind (group, last, "取水许可");
  gt_formality_item_row_set_department (row_at (group, last), department);
  gt_formality_item_row_set_days (row_at (group, last), 20);
  gt_test_ui_settle (50);
  text = held (settings);
  wanted = g_strdup_printf (";取水许可|%s|20", department);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_suffix (text, wanted));
  tmpl = gt_formality_template_load (CATEGORY);
  g_assert_cmpuint (gt_formality_template_get_n_items (tmpl), ==, n_builtin + 1);
  g_assert_cmpstr (gt_formality_template_get_department (tmpl, last), ==, department);

  /* The category menu: every other category and 水利 (its own list now) first,
   * then the register's projects' categories. */
  {
    GMenuModel *menu = gt_formality_template_group_get_categories (group);
    g_autoptr(GtProject) project = g_list_model_get_item (
                                     gt_store_get_projects (gt_test_ui_store ()), 0);

    g_assert_cmpint (menu_section_of (menu, ""), ==, 0);
    g_assert_cmpint (menu_section_of (menu, CATEGORY), ==, 0);
    g_assert_cmpint (menu_section_of (menu, gt_project_get_category (project)), ==, 1);
    GtkWidget *button = gt_test_ui_find_widget (GTK_WIDGET (group), gt_test_ui_is_of_type,
                                                GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));

    /* Opened, to look at. */
    g_assert_nonnull (button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    gt_test_ui_settle (300);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (
                                             GTK_MENU_BUTTON (button)))));
    gt_test_ui_save_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (
                                  GTK_MENU_BUTTON (button))), "formality-template-categories");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    gt_test_ui_settle (100);
    /* Chosen: that category's list shown, then back. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "template.category", "s",
                                               ""));
    gt_test_ui_settle (50);
    g_assert_cmpuint (gt_formality_template_group_get_n_rows (group), ==, n_builtin);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "template.category", "s",
                                               CATEGORY));
    gt_test_ui_settle (50);
    g_assert_cmpuint (gt_formality_template_group_get_n_rows (group), ==, n_builtin + 1);
  }

  /* Moved up one: kept in the new order, the focus still on its button. */
  click (group, last, "up");
  g_assert_cmpstr (gt_formality_item_row_get_kind (row_at (group, last - 1)), ==, "取水许可");
  g_assert_true (gtk_root_get_focus (root) ==
                 gt_formality_item_row_get_control (row_at (group, last - 1), "up"));
  g_clear_pointer (&tmpl, gt_formality_template_free);
  tmpl = gt_formality_template_load (CATEGORY);
  g_assert_cmpstr (gt_formality_template_get_kind (tmpl, last - 1), ==, "取水许可");
  g_assert_cmpstr (gt_formality_template_get_kind (tmpl, last), ==,
                   gt_formality_template_get_kind (builtin, n_builtin - 1));

  /* Moved down again from its name (Alt+↓): the focus stays in the name. */
  gtk_widget_grab_focus (gt_formality_item_row_get_control (row_at (group, last - 1), "kind"));
  g_signal_emit_by_name (row_at (group, last - 1), "move", 1);
  gt_test_ui_settle (50);
  g_assert_cmpstr (gt_formality_item_row_get_kind (row_at (group, last)), ==, "取水许可");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root),
                                         gt_formality_item_row_get_control (row_at (group, last),
                                                                            "kind")));
  g_clear_pointer (&tmpl, gt_formality_template_free);
  tmpl = gt_formality_template_load (CATEGORY);
  g_assert_cmpstr (gt_formality_template_get_kind (tmpl, last), ==, "取水许可");
  /* And up again by its button. */
  click (group, last, "up");
  g_assert_cmpstr (gt_formality_item_row_get_kind (row_at (group, last - 1)), ==, "取水许可");

  /* The first removed. */
  click (group, 0, "remove");
  g_assert_cmpuint (gt_formality_template_group_get_n_rows (group), ==, n_builtin);
  g_clear_pointer (&tmpl, gt_formality_template_free);
  tmpl = gt_formality_template_load (CATEGORY);
  g_assert_cmpuint (gt_formality_template_get_n_items (tmpl), ==, n_builtin);
  g_assert_cmpstr (gt_formality_template_get_kind (tmpl, 0), ==,
                   gt_formality_template_get_kind (builtin, 1));
  gt_test_ui_save_screenshot (preferences, "formality-template-editor");

  /* Refused, said why, the last good list kept. */
  g_clear_pointer (&text, g_free);
  text = held (settings);
  type_kind (group, 0, "  ");
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (group), is_visible_error, NULL));
  type_kind (group, 0, "用地|预审");
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (group), is_visible_error, NULL));
  {
    g_autofree char *now = held (settings);

    g_assert_cmpstr (now, ==, text);
  }
  type_kind (group, 0, "用地预审");
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (group), is_visible_error, NULL));

  /* Reset: back to the built-in list, in the rows and the setting. */
  g_signal_emit_by_name (adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group)),
                         "clicked");
  gt_test_ui_settle (100);
  g_assert_null (held (settings));
  g_assert_cmpuint (gt_formality_template_group_get_n_rows (group), ==, n_builtin);
  g_assert_cmpstr (gt_formality_item_row_get_kind (row_at (group, 0)), ==,
                   gt_formality_template_get_kind (builtin, 0));

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, GT_FORMALITY_TEMPLATES_KEY);
  gt_test_ui_settle (50);
}

/* One row left: it cannot go, a template is never empty. */
static void
test_last_row_stays (void)
{
  g_autoptr(GSettings) settings = gt_office_settings_open (GT_FORMALITY_TEMPLATES_KEY);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *widget = gt_formality_template_group_new (settings);
  GtFormalityTemplateGroup *group = GT_FORMALITY_TEMPLATE_GROUP (widget);

  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gt_formality_template_group_apply (group, CATEGORY, "立项|发改局|5"));
  gt_test_ui_settle (100);
  g_assert_cmpuint (gt_formality_template_group_get_n_rows (group), ==, 1);
  g_assert_false (gtk_widget_get_sensitive (gt_formality_item_row_get_control (row_at (group, 0),
                                                                               "remove")));
  /* The word a list had stays its department though no unit is called so. */
  g_assert_cmpstr (gt_formality_item_row_get_department (row_at (group, 0)), ==, "发改局");
  g_settings_reset (settings, GT_FORMALITY_TEMPLATES_KEY);
  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (50);
}

static void
add_tests (void)
{
  g_test_add_func ("/formality-template-editor-ui/rows", test_rows);
  g_test_add_func ("/formality-template-editor-ui/last-row-stays", test_last_row_stays);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
