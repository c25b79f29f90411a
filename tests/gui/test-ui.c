/* test-ui.c: Guatu's window on the demo register, driven as a person would.
 *
 * Runs under Xvfb (build-aux/test). Opens the demo database, switches pages,
 * creates a project through the window's own actions and editor, finds it in the
 * list, deletes it and takes it back with undo. With GUATU_SCREENSHOT_DIR set, it
 * saves a PNG of every page and the editor there (run it with LANGUAGE=zh_CN to
 * see the Chinese screens).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-date-button.h"
#include "gt-milestone-editor.h"
#include "gt-milestone-list.h"
#include "gt-office-settings.h"
#include "gt-preferences.h"
#include "gt-project-editor.h"
#include "gt-projects-view.h"
#include "gt-rag.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static GtProjectsView *
projects_view (void)
{
  return GT_PROJECTS_VIEW (gt_window_get_page (gt_test_ui_window (), "projects"));
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_window_opens_on_projects (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  guint n_projects = g_list_model_get_n_items (gt_store_get_projects (store));

  g_assert_cmpuint (n_projects, >=, 60);
  gt_window_show_page (gt_test_ui_window (), "projects");
  gt_test_ui_settle (200);
  g_assert_cmpstr (gt_window_get_page_name (gt_test_ui_window ()), ==, "projects");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, n_projects);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "projects.png");

  /* Nothing on the first pages is an SVG: the large icons of the status pages
   * that are not showing are not loaded, and with them not the SVG renderer. */
  {
    g_autofree char *maps = NULL;

    g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
    g_assert_null (strstr (maps, "librsvg"));
  }

  /* The first frame has the rows in sight; the others follow in steps, until
   * the list has a row for every project. */
  {
    GtkColumnView *list = GTK_COLUMN_VIEW (
      gt_test_ui_find_widget (GTK_WIDGET (projects_view ()), gt_test_ui_is_of_type,
                              GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
    GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (list));

    for (guint i = 0; i < 30 && g_list_model_get_n_items (rows) < n_projects; i++)
      gt_test_ui_settle (100);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_projects);
  }
}

/* Ctrl+? shows the keyboard shortcuts, built the first time it is asked for and
 * the same window afterwards. */
static void
test_shortcuts_window (void)
{
  GtkWindow *shortcuts;

  g_assert_null (gt_test_ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW));
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.show-help-overlay", NULL);
  gt_test_ui_settle (300);
  shortcuts = gt_test_ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (gt_test_ui_window ()));
  gt_test_ui_save_screenshot (GTK_WIDGET (shortcuts), "shortcuts.png");

  gtk_window_close (shortcuts);
  gt_test_ui_settle (100);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.show-help-overlay", NULL);
  gt_test_ui_settle (100);
  g_assert_true (gt_test_ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);
  gtk_window_close (shortcuts);
  gt_test_ui_settle (100);
}

/* A button or menu button by its tooltip. */
static gboolean
is_tooltip (GtkWidget     *widget,
            gconstpointer  tooltip)
{
  return (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* The main menu is built when it first opens, and has the window's actions. */
static void
test_main_menu (void)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (
    gt_test_ui_find_widget (GTK_WIDGET (gt_test_ui_window ()), is_tooltip,
                            _("Main Menu")));
  GtkPopover *popover;
  GMenuModel *model;

  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  gt_test_ui_settle (300);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);
  g_assert_cmpint (g_menu_model_get_n_items (model), >=, 3);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "main-menu.png");
  gtk_menu_button_popdown (button);
  gt_test_ui_settle (100);
}

/* The present button's menu lists the screens once the window is up. */
static void
test_screens_menu (void)
{
  AdwSplitButton *present = ADW_SPLIT_BUTTON (
    gt_test_ui_find_widget (GTK_WIDGET (gt_test_ui_window ()), gt_test_ui_is_of_type,
                            GSIZE_TO_POINTER (ADW_TYPE_SPLIT_BUTTON)));
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  GMenuModel *menu;

  g_assert_nonnull (present);
  for (guint i = 0; i < 30 && adw_split_button_get_menu_model (present) == NULL; i++)
    gt_test_ui_settle (100);
  menu = adw_split_button_get_menu_model (present);
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, g_list_model_get_n_items (monitors));
}

/* In a narrow window the pages move from the title to a bar at the bottom. */
static void
test_narrow_window_switcher (void)
{
  GtkWindow *window = GTK_WINDOW (gt_test_ui_window ());
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (
    gt_test_ui_find_widget (GTK_WIDGET (window), gt_test_ui_is_of_type,
                            GSIZE_TO_POINTER (ADW_TYPE_VIEW_SWITCHER_BAR)));
  int width, height;

  g_assert_nonnull (bar);
  gtk_window_get_default_size (window, &width, &height);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));

  gtk_window_set_default_size (window, 360, height);
  /* A few layouts: the narrow switcher is tried first, then the bar. */
  for (guint i = 0; i < 30 && !adw_view_switcher_bar_get_reveal (bar); i++)
    gt_test_ui_settle (100);
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  g_assert_nonnull (adw_view_switcher_bar_get_stack (bar));
  gt_test_ui_save_screenshot (GTK_WIDGET (window), "narrow.png");

  gtk_window_set_default_size (window, width, height);
  gt_test_ui_settle (300);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
}

static void
test_switch_pages (void)
{
  static const char * const pages[] = { "gantt", "leaders", "issues", "projects" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *shot = g_strdup_printf ("%s.png", pages[i]);

      gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.show-page", "s",
                                  pages[i]);
      gt_test_ui_settle (200);
      g_assert_cmpstr (gt_window_get_page_name (gt_test_ui_window ()), ==, pages[i]);
      if (i + 1 < G_N_ELEMENTS (pages))
        gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), shot);
    }
}

static gboolean
is_mapped_status_page (GtkWidget     *widget,
                       gconstpointer  unused)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget);
}

static void
test_search_filters (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  GtProject *first = g_list_model_get_item (gt_store_get_projects (store), 0);

  gt_projects_view_set_search_text (projects_view (), gt_project_get_name (first));
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), >=, 1);
  gt_projects_view_set_search_text (projects_view (), "没有这样的项目名称");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, 0);
  gt_test_ui_settle (100);
  /* The no-results page got its icon as it showed. */
  {
    GtkWidget *page = gt_test_ui_find_widget (GTK_WIDGET (projects_view ()), is_mapped_status_page,
                                              NULL);

    g_assert_nonnull (page);
    g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (page)), ==,
                     "edit-find-symbolic");
  }
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "projects-no-results.png");
  gt_projects_view_set_search_text (projects_view (), "");
  g_object_unref (first);
}

/* The stage filter: its list is built when first opened, then filters. */
static void
test_filter_by_stage (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  GListModel *projects = gt_store_get_projects (store);
  GtkDropDown *stage;
  guint expected = 0;

  gt_window_show_page (gt_test_ui_window (), "projects");
  gt_test_ui_settle (200);
  stage = GTK_DROP_DOWN (gt_test_ui_find_widget (GTK_WIDGET (projects_view ()),
                                                 gt_test_ui_is_of_type,
                                                 GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN)));
  g_assert_nonnull (stage);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (stage)), ==, 1);

  /* As Enter on it would: the button shows it pressed for a moment first. */
  g_signal_emit_by_name (stage, "activate");
  for (guint i = 0; i < 30 && g_list_model_get_n_items (gtk_drop_down_get_model (stage)) == 1; i++)
    gt_test_ui_settle (100);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (stage)), ==,
                    GT_N_STAGES + 1);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "stage-filter.png");

  gtk_drop_down_set_selected (stage, GT_STAGE_UNDER_CONSTRUCTION + 1);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      expected += gt_project_get_stage (project) == GT_STAGE_UNDER_CONSTRUCTION;
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, expected);

  gtk_drop_down_set_selected (stage, 0);
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==,
                    g_list_model_get_n_items (projects));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stage)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_popdown (GTK_POPOVER (child));
  gt_test_ui_settle (100);
}

static void
test_create_project_through_editor (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  GListModel *projects = gt_store_get_projects (store);
  guint before = g_list_model_get_n_items (projects);
  GtkWindow *editor;
  GtkWidget *name_row, *save;

  gt_window_show_page (gt_test_ui_window (), "projects");
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.new", NULL);
  gt_test_ui_settle (300);

  editor = gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR);
  g_assert_nonnull (editor);

  save = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_button_labelled, _("Save"));
  g_assert_nonnull (save);
  /* An empty name is invalid: nothing may be saved. */
  g_assert_false (gtk_widget_is_sensitive (save));
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "project-editor-empty.png");

  name_row = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, _("Name"));
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "界面测试新建项目");
  gt_test_ui_settle (100);
  g_assert_true (gtk_widget_is_sensitive (save));
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "project-editor.png");

  g_signal_emit_by_name (save, "clicked");
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, before + 1);

  gt_projects_view_set_search_text (projects_view (), "界面测试新建");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, 1);
  gt_projects_view_set_search_text (projects_view (), "");
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.undo") == 0;
}

static void
test_undo_takes_back_the_new_project (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  GListModel *projects = gt_store_get_projects (store);
  guint before = g_list_model_get_n_items (projects);
  GtkWidget *button = gt_test_ui_find_widget (GTK_WIDGET (gt_test_ui_window ()),
                                              is_undo_button, NULL);
  g_autofree char *named = NULL;

  g_assert_true (gt_store_can_undo (store));
  /* The header's button names the step it takes back. */
  g_assert_nonnull (button);
  named = g_strdup_printf (_("Undo “%s” (Ctrl+Z)"), gt_store_get_undo_label (store));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, named);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.undo", NULL);
  gt_test_ui_settle (100);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, before - 1);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.redo", NULL);
  gt_test_ui_settle (100);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, before);
}


/* The editor of a saved project lists its nodes; deleting one is taken back by
 * the Undo row, with the node's own id and dates. */
static void
test_milestones_delete_and_undo (void)
{
  GtStore *store = gt_test_ui_store ();
  GListModel *projects = gt_store_get_projects (store);
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  GtProjectEditor *editor;
  GtkWidget *list, *delete, *undo;

  for (guint i = 0; project == NULL && i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) candidate = g_list_model_get_item (projects, i);
      g_autoptr(GPtrArray) nodes = gt_store_list_milestones (store, gt_project_get_id (candidate),
                                                             NULL);

      if (nodes != NULL && nodes->len >= 2)
        project = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (project);
  before = gt_store_list_milestones (store, gt_project_get_id (project), &error);
  g_assert_no_error (error);

  editor = gt_project_editor_new (GTK_WINDOW (gt_test_ui_window ()), store, project);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  list = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                 GSIZE_TO_POINTER (GT_TYPE_MILESTONE_LIST));
  g_assert_nonnull (list);
  g_assert_cmpuint (gt_milestone_list_get_n_nodes (GT_MILESTONE_LIST (list)), ==, before->len);

  delete = gt_test_ui_find_widget (list, is_tooltip, _("Delete Node"));
  g_assert_nonnull (delete);
  g_signal_emit_by_name (delete, "clicked");
  gt_test_ui_settle (100);
  g_assert_cmpuint (gt_milestone_list_get_n_nodes (GT_MILESTONE_LIST (list)), ==, before->len - 1);
  {
    GtkWidget *scrolled = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                                  GSIZE_TO_POINTER (GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    gt_test_ui_save_screenshot (GTK_WIDGET (editor), "project-editor-milestones.png");
  }

  undo = gt_test_ui_find_widget (list, gt_test_ui_is_button_labelled, _("_Undo"));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  gt_test_ui_settle (100);
  /* The delete was a step of the store's undo, and Undo took that step: it
   * can be redone (issue 16: milestone edits through the command stack). */
  g_assert_true (gt_store_can_redo (store));
  after = gt_store_list_milestones (store, gt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      GtMilestone *old = g_ptr_array_index (before, i);
      GtMilestone *now = g_ptr_array_index (after, i);
      g_autofree char *a = gt_date_to_iso (gt_milestone_get_planned_end (old));
      g_autofree char *b = gt_date_to_iso (gt_milestone_get_planned_end (now));

      g_assert_cmpint (gt_milestone_get_id (now), ==, gt_milestone_get_id (old));
      g_assert_cmpstr (a, ==, b);
    }

  /* Adding a node: nothing is saved while the name is empty or the dates are
   * reversed. */
  {
    GtkWidget *add = gt_test_ui_find_widget (list, is_tooltip, _("Add Node"));
    g_autoptr(GDate) early = g_date_new_dmy (1, G_DATE_MARCH, 2027);
    g_autoptr(GDate) late = g_date_new_dmy (31, G_DATE_MARCH, 2027);
    g_autoptr(GPtrArray) added = NULL;
    GtkWindow *node_editor;
    GtkWidget *name, *save, *start_row, *end_row;

    g_assert_nonnull (add);
    g_signal_emit_by_name (add, "clicked");
    gt_test_ui_settle (200);
    node_editor = gt_test_ui_find_window (GT_TYPE_MILESTONE_EDITOR);
    g_assert_nonnull (node_editor);
    save = gt_test_ui_find_widget (GTK_WIDGET (node_editor), gt_test_ui_is_button_labelled,
                                   _("Save"));
    g_assert_false (gtk_widget_is_sensitive (save));
    name = gt_test_ui_find_widget (GTK_WIDGET (node_editor), gt_test_ui_is_row_titled,
                                   _("Node Name"));
    gtk_editable_set_text (GTK_EDITABLE (name), "界面测试节点");
    g_assert_true (gtk_widget_is_sensitive (save));
    start_row = gt_test_ui_find_widget (GTK_WIDGET (node_editor), gt_test_ui_is_row_titled,
                                        _("Planned Start"));
    end_row = gt_test_ui_find_widget (GTK_WIDGET (node_editor), gt_test_ui_is_row_titled,
                                      _("Planned End"));
    gt_date_button_set_date (GT_DATE_BUTTON (adw_action_row_get_activatable_widget (
                               ADW_ACTION_ROW (start_row))), late);
    gt_date_button_set_date (GT_DATE_BUTTON (adw_action_row_get_activatable_widget (
                               ADW_ACTION_ROW (end_row))), early);
    g_assert_false (gtk_widget_is_sensitive (save));
    gt_date_button_set_date (GT_DATE_BUTTON (adw_action_row_get_activatable_widget (
                               ADW_ACTION_ROW (start_row))), early);
    g_assert_true (gtk_widget_is_sensitive (save));
    gt_test_ui_save_screenshot (GTK_WIDGET (node_editor), "milestone-editor.png");
    g_signal_emit_by_name (save, "clicked");
    gt_test_ui_settle (200);

    g_assert_null (gt_test_ui_find_window (GT_TYPE_MILESTONE_EDITOR));
    added = gt_store_list_milestones (store, gt_project_get_id (project), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (added->len, ==, before->len + 1);
    g_assert_cmpstr (gt_milestone_get_name (g_ptr_array_index (added, added->len - 1)), ==,
                     "界面测试节点");
    g_assert_cmpuint (gt_milestone_list_get_n_nodes (GT_MILESTONE_LIST (list)), ==,
                      before->len + 1);
  }

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

/* The node template is stored only when it parses; the thresholds are plain
 * settings that the chart reads. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GtScheduleTemplate) loaded = NULL;
  GtkWindow *prefs;
  GtkWidget *row;
  GtRagRules rules;

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "preferences",
                                  NULL);
  gt_test_ui_settle (300);
  prefs = gt_test_ui_find_window (GT_TYPE_PREFERENCES);
  g_assert_nonnull (prefs);
  gt_test_ui_save_screenshot (GTK_WIDGET (prefs), "preferences.png");

  /* The template is a list of nodes now (test-preferences-ui edits it); a bad
   * stored one is replaced by the standard nodes, a good one read as it is. */
  {
    g_autofree char *first = g_strdup_printf (_("Node %u"), 1);

    row = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled, first);
    g_assert_nonnull (row);
  }
  g_settings_set_string (settings, "schedule-template", "前期手续=0");
  loaded = gt_preferences_load_schedule_template ();
  g_assert_cmpuint (gt_schedule_template_get_n_nodes (loaded), >, 2);
  g_clear_pointer (&loaded, gt_schedule_template_free);
  g_settings_set_string (settings, "schedule-template", "前期手续=45;主体施工=200");
  loaded = gt_preferences_load_schedule_template ();
  g_assert_cmpuint (gt_schedule_template_get_n_nodes (loaded), ==, 2);
  g_assert_cmpuint (gt_schedule_template_get_days (loaded, 0), ==, 45);

  g_settings_set_double (settings, "rag-red-lag-points", 25);
  gt_office_settings_load_rag_rules (&rules);
  g_assert_cmpfloat (rules.red_lag_points, ==, 25);
  g_settings_reset (settings, "rag-red-lag-points");
  g_settings_reset (settings, "schedule-template");

  gtk_window_destroy (prefs);
  gt_test_ui_settle (100);
}

static gboolean
is_light_dropdown (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), _("Status light")) == 0;
}

static gboolean
has_class (GtkWidget     *widget,
           gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, data);
}

/* The Projects list: lights in the theme's colours, each with its mark, and a
 * filter by light. */
static void
test_lights_in_colour_and_filter (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  g_autoptr(GHashTable) lights = gt_preferences_judge_projects (store, NULL);
  GtkDropDown *light;
  GHashTableIter iter;
  gpointer key, value;
  guint red = 0;

  gt_window_show_page (gt_test_ui_window (), "projects");
  gt_test_ui_settle (300);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (projects_view ()), has_class, "error"));
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (projects_view ()), has_class,
                                            "success"));
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (projects_view ()), has_class,
                                            "warning"));

  g_hash_table_iter_init (&iter, lights);
  while (g_hash_table_iter_next (&iter, &key, &value))
    red += GPOINTER_TO_INT (value) == GT_RAG_RED;
  g_assert_cmpuint (red, >, 0);

  light = GTK_DROP_DOWN (gt_test_ui_find_widget (GTK_WIDGET (projects_view ()),
                                                 is_light_dropdown, NULL));
  g_assert_nonnull (light);
  g_signal_emit_by_name (light, "activate");
  for (guint i = 0; i < 30 && g_list_model_get_n_items (gtk_drop_down_get_model (light)) == 1; i++)
    gt_test_ui_settle (100);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (light)), ==,
                    GT_N_RAGS + 1);
  gtk_drop_down_set_selected (light, GT_RAG_RED + 1);
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, red);
  gt_test_ui_settle (200);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "projects-red.png");
  gtk_drop_down_set_selected (light, 0);
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==,
                    g_list_model_get_n_items (gt_store_get_projects (store)));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (light)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_popdown (GTK_POPOVER (child));
  gt_test_ui_settle (100);
}

static gboolean
is_light_count (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, data) &&
         gtk_widget_get_visible (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)),
                           gt_rag_get_mark (g_str_equal (data, "success") ? GT_RAG_GREEN
                                            : g_str_equal (data, "warning") ? GT_RAG_AMBER
                                            : GT_RAG_RED));
}

/* The Leaders page: each leader's projects counted by light, each count in its
 * light's colour after its mark. */
static void
test_leader_lights (void)
{
  GtkWidget *page;

  gt_window_show_page (gt_test_ui_window (), "leaders");
  gt_test_ui_settle (300);
  page = gt_window_get_page (gt_test_ui_window (), "leaders");
  g_assert_nonnull (gt_test_ui_find_widget (page, is_light_count, "success"));
  g_assert_nonnull (gt_test_ui_find_widget (page, is_light_count, "warning"));
  g_assert_nonnull (gt_test_ui_find_widget (page, is_light_count, "error"));
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "leaders-lights.png");
}

/* A project saved from the editor is the selected row of the Projects list,
 * wherever the sort puts it. */
static void
test_new_project_is_selected (void)
{
  GtkWidget *column_view, *name_row, *save;
  GtkSelectionModel *selection;
  GtkWindow *editor;
  g_autoptr(GtProject) selected = NULL;

  gt_window_show_page (gt_test_ui_window (), "projects");
  gt_test_ui_settle (100);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.new", NULL);
  gt_test_ui_settle (300);
  editor = gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR);
  g_assert_nonnull (editor);

  name_row = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, _("Name"));
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "界面测试选中新项目");
  gt_test_ui_settle (100);
  save = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_button_labelled, _("Save"));
  g_assert_nonnull (save);
  g_signal_emit_by_name (save, "clicked");
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR));

  column_view = gt_test_ui_find_widget (GTK_WIDGET (projects_view ()), gt_test_ui_is_of_type,
                                        GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (column_view);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
  g_assert_true (GTK_IS_SINGLE_SELECTION (selection));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), !=,
                    GTK_INVALID_LIST_POSITION);
  /* The rows are placeholders: read the project through the view's search. */
  gt_projects_view_set_search_text (projects_view (), "界面测试选中新项目");
  gt_test_ui_settle (100);
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, 1);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 0);
  gt_projects_view_set_search_text (projects_view (), "");
  gt_test_ui_settle (100);
}

/* Alt+2 (win.show-page) leaves the keyboard in the page's list. */
static void
test_show_page_focuses_list (void)
{
  GtkWidget *column_view, *focus;

  gt_window_show_page (gt_test_ui_window (), "leaders");
  gt_test_ui_settle (200);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.show-page", "s",
                              "projects");
  gt_test_ui_settle (200);

  column_view = gt_test_ui_find_widget (GTK_WIDGET (projects_view ()), gt_test_ui_is_of_type,
                                        GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (column_view);
  focus = gtk_root_get_focus (GTK_ROOT (gt_test_ui_window ()));
  g_assert_nonnull (focus);
  /* On a row, not on the list as a whole: the arrow keys then move at once. */
  g_assert_true (gtk_widget_is_ancestor (focus, column_view));
  g_assert_false (GTK_IS_LIST_VIEW (focus));
}

/* ---- driver --------------------------------------------------------------- */

static void
add_tests (void)
{
  g_test_add_func ("/ui/window-opens-on-projects", test_window_opens_on_projects);
  g_test_add_func ("/ui/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/ui/main-menu", test_main_menu);
  g_test_add_func ("/ui/screens-menu", test_screens_menu);
  g_test_add_func ("/ui/narrow-window-switcher", test_narrow_window_switcher);
  g_test_add_func ("/ui/switch-pages", test_switch_pages);
  g_test_add_func ("/ui/search-filters", test_search_filters);
  g_test_add_func ("/ui/filter-by-stage", test_filter_by_stage);
  g_test_add_func ("/ui/create-project-through-editor", test_create_project_through_editor);
  g_test_add_func ("/ui/undo-takes-back-the-new-project", test_undo_takes_back_the_new_project);
  g_test_add_func ("/ui/milestones-delete-and-undo", test_milestones_delete_and_undo);
  g_test_add_func ("/ui/preferences", test_preferences);
  g_test_add_func ("/ui/lights-in-colour-and-filter", test_lights_in_colour_and_filter);
  g_test_add_func ("/ui/leader-lights", test_leader_lights);
  g_test_add_func ("/ui/new-project-is-selected", test_new_project_is_selected);
  g_test_add_func ("/ui/show-page-focuses-list", test_show_page_focuses_list);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
