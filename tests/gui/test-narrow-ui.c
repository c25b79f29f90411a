/* test-narrow-ui.c: the window on small screens (issue 19, item 10).
 *
 * On the demo register: every page lets the window shrink to 800 × 600; at
 * 1024 pixels the Projects list shows whole columns, the less important hidden
 * by rank; the Wall Chart's toolbar wraps and its label gives way; every
 * dialog fits 800 × 600. With GUATU_SCREENSHOT_DIR set, it saves every page at
 * 1024 × 768 and 800 × 600 (run with LANGUAGE=zh_CN to see the Chinese).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gt-column-fit.h"
#include "gt-dialog-fit.h"
#include "gt-gantt-canvas.h"
#include "gt-gantt-view.h"
#include "gt-import-dialog.h"
#include "gt-issue-editor.h"
#include "gt-leader-editor.h"
#include "gt-milestone-editor.h"
#include "gt-preferences.h"
#include "gt-project-editor.h"
#include "gt-test-ledger.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"
#include "gt-unit-editor.h"
#include "gt-wrap-box.h"

/* The columns of the Projects page, as gt-projects-view-private.h numbers
 * them, and the order in which they give way (last first). */
enum { NAME, LEVEL, STAGE, STATUS, LOCALITY, LEADER, UNIT, TOTAL, PLAN, COMPLETED, COMPLETION };
static const guint projects_ranks[] = {
  STATUS, COMPLETION, LEADER, UNIT, STAGE, COMPLETED, LOCALITY, PLAN, LEVEL, TOTAL,
};

static const char * const page_names[] = {
  "overview", "projects", "reports", "gantt", "leaders", "issues",
};

static GtkWidget *
window (void)
{
  return GTK_WIDGET (gt_test_ui_window ());
}

/* Asks for @width × @height and waits until the window has it (or gives up
 * and lets the caller's asserts say what it got), then for the frame after,
 * where the columns change. */
static void
resize (int width,
        int height)
{
  int before = gtk_widget_get_width (window ());

  gtk_window_set_default_size (GTK_WINDOW (window ()), width, height);
  for (guint i = 0; i < 30 && gtk_widget_get_width (window ()) == before; i++)
    gt_test_ui_settle (50);
  gt_test_ui_settle (300);
}

static void
show_page (const char *name)
{
  gt_window_show_page (gt_test_ui_window (), name);
  gt_test_ui_settle (300);
}

static GtkColumnView *
projects_list (void)
{
  GtkWidget *page = gt_window_get_page (gt_test_ui_window (), "projects");

  return GTK_COLUMN_VIEW (gt_test_ui_find_widget (page, gt_test_ui_is_of_type,
                                                  GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
}

static gboolean
column_visible (GtkColumnView *view,
                guint          position)
{
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (view), position);

  return gtk_column_view_column_get_visible (column);
}

/* The columns shown are the most important ones: none is hidden while a less
 * important one shows. Returns how many ranked columns show. */
static guint
assert_hidden_by_rank (GtkColumnView *view)
{
  guint shown = 0;

  g_assert_true (column_visible (view, NAME));
  while (shown < G_N_ELEMENTS (projects_ranks) && column_visible (view, projects_ranks[shown]))
    shown++;
  for (guint i = shown; i < G_N_ELEMENTS (projects_ranks); i++)
    g_assert_false (column_visible (view, projects_ranks[i]));
  return shown;
}

static gboolean
is_css_named (GtkWidget     *widget,
              gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_css_name (widget), name) == 0;
}

/* Every title in the header of @view reads whole, and the list is no wider
 * than where it is shown: nothing is cut off at the right either. */
static void
assert_nothing_clipped (GtkColumnView *view)
{
  GtkWidget *header = gt_test_ui_find_widget (GTK_WIDGET (view), is_css_named, "header");
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  GtkWidget *first = NULL;

  g_assert_nonnull (header);
  for (GtkWidget *title = gtk_widget_get_first_child (header);
       title != NULL;
       title = gtk_widget_get_next_sibling (title))
    {
      GtkWidget *label;
      int nat;

      if (!gtk_widget_get_visible (title))
        continue;
      if (first == NULL)
        first = title;
      label = gt_test_ui_find_widget (title, gt_test_ui_is_of_type,
                                      GSIZE_TO_POINTER (GTK_TYPE_LABEL));
      g_assert_nonnull (label);
      /* Against the title's room (the label itself is given all it asks
       * and then cut off by the title). */
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
      g_assert_cmpint (nat, <=, gtk_widget_get_width (title));
    }

  /* The name keeps room for some fifteen characters. */
  g_assert_nonnull (first);
  g_assert_cmpint (gtk_widget_get_width (first), >=, 240);
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 1);
}

/* Every filter of @page's toolbar shows its choice whole: a line too short
 * wraps rather than cutting "All Stages" to "All Sta…". */
static void
assert_toolbar_whole (const char *page_name)
{
  GtkWidget *page = gt_window_get_page (gt_test_ui_window (), page_name);
  GtkWidget *toolbar = gt_test_ui_find_widget (page, gt_test_ui_is_of_type,
                                               GSIZE_TO_POINTER (GT_TYPE_WRAP_BOX));

  g_assert_nonnull (toolbar);
  for (GtkWidget *child = gtk_widget_get_first_child (toolbar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      int nat;

      if (!gtk_widget_get_visible (child) ||
          gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
        continue;
      /* The box it was given, with its padding (gtk_widget_get_width() has
       * only its content). */
      g_assert_true (gtk_widget_compute_bounds (child, toolbar, &bounds));
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
      g_assert_cmpfloat (graphene_rect_get_width (&bounds), >=, nat);
    }
}

/* ---- tests ---------------------------------------------------------------- */

/* Each page once built stays in the stack, whose width is the widest page's:
 * all of them are asked to fit 800 × 600, one after another. */
static void
test_every_page_at_800 (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      int min_width, min_height;

      show_page (page_names[i]);
      resize (800, 600);
      gtk_widget_measure (window (), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                          NULL, NULL);
      gtk_widget_measure (window (), GTK_ORIENTATION_VERTICAL, 800, &min_height, NULL,
                          NULL, NULL);
      g_test_message ("%s: at least %d × %d, now %d × %d", page_names[i], min_width,
                      min_height, gtk_widget_get_width (window ()),
                      gtk_widget_get_height (window ()));
      g_assert_cmpint (min_width, <=, 800);
      g_assert_cmpint (min_height, <=, 600);
      g_assert_cmpint (gtk_widget_get_width (window ()), <=, 800);
      g_assert_cmpint (gtk_widget_get_height (window ()), <=, 600);
      if (g_str_equal (page_names[i], "projects") || g_str_equal (page_names[i], "issues") ||
          g_str_equal (page_names[i], "gantt"))
        assert_toolbar_whole (page_names[i]);
      resize (1600, 1000);
    }
}

static void
test_projects_columns (void)
{
  GtkColumnView *view;
  guint at_800, at_1024;

  show_page ("projects");
  view = projects_list ();
  g_assert_nonnull (view);

  resize (1600, 1000);
  g_assert_cmpuint (assert_hidden_by_rank (view), ==, G_N_ELEMENTS (projects_ranks));
  assert_nothing_clipped (view);

  resize (1024, 768);
  at_1024 = assert_hidden_by_rank (view);
  {
    g_autofree char *hidden = gt_column_fit_dup_hidden (view);

    g_test_message ("hidden at 1024: %s", hidden);
  }
  /* Name, light, progress, leader and unit, and the money a year is judged by. */
  g_assert_cmpuint (at_1024, >=, 4);
  g_assert_cmpuint (at_1024, <, G_N_ELEMENTS (projects_ranks));
  assert_nothing_clipped (view);

  resize (800, 600);
  at_800 = assert_hidden_by_rank (view);
  g_assert_cmpuint (at_800, >=, 3);
  g_assert_cmpuint (at_800, <, at_1024);
  assert_nothing_clipped (view);

  resize (1600, 1000);
  g_assert_cmpuint (assert_hidden_by_rank (view), ==, G_N_ELEMENTS (projects_ranks));
}

static void
test_issues_columns (void)
{
  GtkWidget *page;
  GtkColumnView *view;
  g_autofree char *wide = NULL;
  g_autofree char *narrow = NULL;

  show_page ("issues");
  page = gt_window_get_page (gt_test_ui_window (), "issues");
  view = GTK_COLUMN_VIEW (gt_test_ui_find_widget (page, gt_test_ui_is_of_type,
                                                  GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  g_assert_nonnull (view);

  resize (1600, 1000);
  wide = gt_column_fit_dup_hidden (view);
  g_assert_cmpstr (wide, ==, "");
  resize (800, 600);
  narrow = gt_column_fit_dup_hidden (view);
  g_assert_cmpstr (narrow, !=, "");
  {
    GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));

    g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 1);
  }
  resize (1600, 1000);
}

/* The monthly sheet keeps the figures typed each month; what is only read
 * gives way (gt-report-cells.c). */
enum { R_NAME, R_LOCALITY, R_PLAN, R_PREVIOUS, R_COMPLETED, R_CUMULATIVE, R_SHARE, R_PERCENT,
       R_NOTE, R_PROBLEMS };

static guint
count_hidden (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    n += !column_visible (view, i);
  return n;
}

static void
test_reports_columns (void)
{
  GtkWidget *page;
  GtkColumnView *view;
  GtkAdjustment *h;
  guint n_hidden_1024;

  show_page ("reports");
  page = gt_window_get_page (gt_test_ui_window (), "reports");
  view = GTK_COLUMN_VIEW (gt_test_ui_find_widget (page, gt_test_ui_is_of_type,
                                                  GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  g_assert_nonnull (view);
  h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));

  resize (1024, 768);
  n_hidden_1024 = count_hidden (view);
  {
    g_autofree char *hidden = gt_column_fit_dup_hidden (view);

    g_test_message ("sheet hidden at 1024: %s", hidden);
  }
  g_assert_true (column_visible (view, R_NAME));
  g_assert_true (column_visible (view, R_COMPLETED));
  g_assert_true (column_visible (view, R_PERCENT));
  g_assert_true (column_visible (view, R_NOTE));
  g_assert_false (column_visible (view, R_LOCALITY));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 1);

  resize (800, 600);
  g_assert_true (column_visible (view, R_COMPLETED));
  g_assert_true (column_visible (view, R_PERCENT));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 1);

  /* Wider, more of what is only read comes back (all of it in Chinese). */
  resize (1600, 1000);
  g_assert_cmpuint (count_hidden (view), <, n_hidden_1024);
}

static void
test_wall_chart (void)
{
  GtkWidget *page;
  GtGanttCanvas *canvas;
  GtWrapBox *toolbar;

  show_page ("gantt");
  page = gt_window_get_page (gt_test_ui_window (), "gantt");
  canvas = gt_gantt_view_get_canvas (GT_GANTT_VIEW (page));
  toolbar = GT_WRAP_BOX (gt_test_ui_find_widget (page, gt_test_ui_is_of_type,
                                                 GSIZE_TO_POINTER (GT_TYPE_WRAP_BOX)));
  g_assert_nonnull (toolbar);

  resize (1600, 1000);
  g_assert_cmpuint (gt_gantt_canvas_get_cut_columns (canvas), ==, 0);
  g_assert_cmpuint (gt_wrap_box_get_n_lines (toolbar), ==, 1);

  resize (800, 600);
  g_assert_cmpuint (gt_gantt_canvas_get_cut_columns (canvas), >=, 1);
  g_assert_cmpuint (gt_wrap_box_get_n_lines (toolbar), >=, 2);
  /* What is printed keeps every column of the label. */
  g_assert_cmpfloat (gt_gantt_canvas_get_options (canvas)->unit_width, >, 0);
  g_assert_cmpfloat (gt_gantt_canvas_get_options (canvas)->leader_width, >, 0);

  resize (1600, 1000);
  g_assert_cmpuint (gt_gantt_canvas_get_cut_columns (canvas), ==, 0);
}

static void
assert_dialog_fits (GtkWindow  *dialog,
                    const char *what)
{
  int min_width, min_height, width, height;

  gtk_window_present (dialog);
  gt_test_ui_settle (300);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                      NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, 800, &min_height, NULL,
                      NULL, NULL);
  g_test_message ("%s: at least %d × %d", what, min_width, min_height);
  g_assert_cmpint (min_width, <=, 800);
  g_assert_cmpint (min_height, <=, 600 - 48);

  /* Opened no larger than its parent's monitor (the test's screen: run under
   * xvfb-run -s '-screen 0 800x600x24' to see it bite). */
  {
    GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window ()));
    GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface),
                                                              surface);
    GdkRectangle area;

    gdk_monitor_get_geometry (monitor, &area);
    gtk_window_get_default_size (dialog, &width, &height);
    g_assert_cmpint (width, <=, area.width);
    g_assert_cmpint (height, <=, area.height - 48);
  }

  /* What the realize hook does with an 800 × 600 monitor. */
  gt_dialog_fit_to (dialog, 800, 600 - 48);
  gtk_window_get_default_size (dialog, &width, &height);
  g_assert_cmpint (width, <=, 800);
  g_assert_cmpint (height, <=, 600 - 48);
  if (g_getenv ("GUATU_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("dialog-%s-800.png", what);

      gt_test_ui_settle (300);
      gt_test_ui_save_screenshot (GTK_WIDGET (dialog), name);
    }
  gtk_window_destroy (dialog);
  gt_test_ui_settle (100);
}

static void
test_dialogs_fit (void)
{
  GtkWindow *parent = GTK_WINDOW (window ());
  GtStore *store = gt_test_ui_store ();
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store), 0);
  g_autoptr(GtIssue) issue = g_list_model_get_item (gt_store_get_issues (store), 0);
  g_autoptr(GtLeader) leader = g_list_model_get_item (gt_store_get_leaders (store), 0);
  g_autoptr(GtUnit) unit = g_list_model_get_item (gt_store_get_units (store), 0);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *ledger = gt_test_write_csv (dir, "ledger.csv", gt_test_ledger_rows,
                                               "UTF-8", FALSE);
  g_autoptr(GError) error = NULL;
  GtkWindow *import;

  assert_dialog_fits (GTK_WINDOW (gt_project_editor_new (parent, store, project)),
                      "project-editor");
  assert_dialog_fits (GTK_WINDOW (gt_issue_editor_new (parent, store, issue)), "issue-editor");
  assert_dialog_fits (GTK_WINDOW (gt_leader_editor_new (parent, store, leader)),
                      "leader-editor");
  assert_dialog_fits (GTK_WINDOW (gt_unit_editor_new (parent, store, unit)), "unit-editor");
  assert_dialog_fits (GTK_WINDOW (gt_milestone_editor_new (parent, store, project, NULL, 0)),
                      "milestone-editor");
  assert_dialog_fits (GTK_WINDOW (gt_preferences_new (parent)), "preferences");

  import = GTK_WINDOW (gt_import_dialog_new (parent, store, ledger, &error));
  g_assert_no_error (error);
  assert_dialog_fits (import, "import");
  gt_test_remove_tree (dir);
}

static void
test_screenshots (void)
{
  static const int sizes[][2] = { { 1024, 768 }, { 800, 600 } };

  if (g_getenv ("GUATU_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("GUATU_SCREENSHOT_DIR is not set");
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      resize (sizes[s][0], sizes[s][1]);
      for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%d.png", page_names[i], sizes[s][0]);

          show_page (page_names[i]);
          gt_test_ui_save_screenshot (window (), name);
        }
    }
  resize (1600, 1000);
}

/* At 1024 pixels the pages' switcher stays in the header (its narrow form):
 * the bar at the bottom would take a line of every list. */
static void
test_header_switcher (void)
{
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (
    gt_test_ui_find_widget (window (), gt_test_ui_is_of_type,
                            GSIZE_TO_POINTER (ADW_TYPE_VIEW_SWITCHER_BAR)));

  g_assert_nonnull (bar);
  show_page ("projects");
  resize (1024, 768);
  for (guint i = 0; i < 20 && adw_view_switcher_bar_get_reveal (bar); i++)
    gt_test_ui_settle (100);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  resize (1600, 1000);
}

/* ---- driver --------------------------------------------------------------- */

static void
add_tests (void)
{
  g_test_add_func ("/narrow/every-page-at-800", test_every_page_at_800);
  g_test_add_func ("/narrow/header-switcher", test_header_switcher);
  g_test_add_func ("/narrow/projects-columns", test_projects_columns);
  g_test_add_func ("/narrow/issues-columns", test_issues_columns);
  g_test_add_func ("/narrow/reports-columns", test_reports_columns);
  g_test_add_func ("/narrow/wall-chart", test_wall_chart);
  g_test_add_func ("/narrow/dialogs-fit", test_dialogs_fit);
  g_test_add_func ("/narrow/screenshots", test_screenshots);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
