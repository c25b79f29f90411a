/* test-first-run-ui.c: an empty register, as a new clerk first meets it (issue
 * 19, item 12).
 *
 * The Overview and Projects pages offer, instead of zeros, to import the ledger,
 * to open the example register and to name the office; each works. The example
 * is made under a temporary XDG_DATA_HOME, never in the real one. With
 * GUATU_SCREENSHOT_DIR set, it saves the first-run page at 1024 × 768 and
 * 800 × 600.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-first-run.h"
#include "gt-projects-view.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"

static char *data_home;

static gboolean
is_mapped_first_run (GtkWidget     *widget,
                     gconstpointer  unused)
{
  return GT_IS_FIRST_RUN (widget) && gtk_widget_get_mapped (widget);
}

static GtkWidget *
shown_first_run (const char *page)
{
  gt_window_show_page (gt_test_ui_window (), page);
  gt_test_ui_settle (300);
  return gt_test_ui_find_widget (gt_window_get_page (gt_test_ui_window (), page),
                                 is_mapped_first_run, NULL);
}

static GtkWidget *
button (GtkWidget  *root,
        const char *label)
{
  /* As translated: the screenshots are taken in Chinese. */
  GtkWidget *found = gt_test_ui_find_widget (root, gt_test_ui_is_button_labelled, _(label));

  g_assert_nonnull (found);
  return found;
}

static gboolean
is_entry_row (GtkWidget     *widget,
              gconstpointer  unused)
{
  return ADW_IS_ENTRY_ROW (widget);
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_offered_on_overview_and_projects (void)
{
  static const char * const pages[] = { "overview", "projects" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *first_run = shown_first_run (pages[i]);

      g_assert_nonnull (first_run);
      g_assert_true (gtk_widget_get_visible (button (first_run, "_Import Ledger…")));
      g_assert_true (gtk_widget_get_visible (button (first_run, "Open the _Example")));
      g_assert_nonnull (gt_test_ui_find_widget (first_run, is_entry_row, NULL));
      /* A first project by hand where the projects are listed. */
      g_assert_true (gtk_widget_get_visible (button (first_run, "_New Project")) ==
                     (i == 1));
    }

  if (g_getenv ("GUATU_SCREENSHOT_DIR") != NULL)
    {
      GtkWindow *window = GTK_WINDOW (gt_test_ui_window ());

      shown_first_run ("overview");
      gtk_window_set_default_size (window, 1024, 768);
      gt_test_ui_save_screenshot (GTK_WIDGET (window), "first-run-1024.png");
      gtk_window_set_default_size (window, 800, 600);
      gt_test_ui_save_screenshot (GTK_WIDGET (window), "first-run-800.png");
      gtk_window_set_default_size (window, 1600, 1000);
      gt_test_ui_settle (300);
    }
}

static void
test_office_name_saved (void)
{
  GtkWidget *first_run = shown_first_run ("overview");
  GtkWidget *row = gt_test_ui_find_widget (first_run, is_entry_row, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), "清河县重点项目办公室");
  gt_test_ui_settle (100);
  saved = g_settings_get_string (settings, "office-name");
  g_assert_cmpstr (saved, ==, "清河县重点项目办公室");

  /* The Projects page's field shows the same name. */
  first_run = shown_first_run ("projects");
  row = gt_test_ui_find_widget (first_run, is_entry_row, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "清河县重点项目办公室");
}

static void
test_import_opens_the_file_chooser (void)
{
  GtkWidget *first_run = shown_first_run ("overview");
  GtkWindow *chooser;

  g_assert_null (gt_test_ui_find_window (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_true (gtk_widget_activate (button (first_run, "_Import Ledger…")));
  for (guint i = 0; i < 20 && gt_test_ui_find_window (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL; i++)
    gt_test_ui_settle (100);
  chooser = gt_test_ui_find_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

/* The first project brings the usual pages; taking it back, the offer. */
static void
test_first_project_shows_the_pages (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (shown_first_run ("overview"));
  gt_project_set_name (project, "县城供水管网改造");
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  g_assert_null (shown_first_run ("overview"));
  g_assert_null (shown_first_run ("projects"));

  g_assert_true (gt_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_nonnull (shown_first_run ("projects"));
  g_assert_nonnull (shown_first_run ("overview"));
}

static GtWindow *
main_window (void)
{
  GApplication *app = g_application_get_default ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (GT_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* Last: the window is replaced by one on the example register. */
static void
test_example_opens (void)
{
  GtkWidget *first_run = shown_first_run ("projects");
  GtWindow *before = gt_test_ui_window ();
  g_autofree char *path = gt_first_run_dup_example_path ();
  GtWindow *after = NULL;
  GtStore *store;
  GtkWidget *projects;

  g_assert_true (g_str_has_prefix (path, data_home));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_activate (button (first_run, "Open the _Example")));
  for (guint i = 0; i < 100 && ((after = main_window ()) == NULL || after == before); i++)
    gt_test_ui_settle (100);
  g_assert_nonnull (after);
  g_assert_true (after != before);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  store = gt_window_get_store (after);
  g_assert_cmpstr (gt_store_get_path (store), ==, path);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), >=, 60);

  gt_window_show_page (after, "projects");
  gt_test_ui_settle (500);
  projects = gt_window_get_page (after, "projects");
  g_assert_cmpuint (gt_projects_view_get_n_visible (GT_PROJECTS_VIEW (projects)), >=, 60);
  g_assert_null (gt_test_ui_find_widget (projects, is_mapped_first_run, NULL));
  gt_test_ui_save_screenshot (GTK_WIDGET (after), "example-opened.png");
}

/* ---- driver --------------------------------------------------------------- */

static void
add_tests (void)
{
  g_test_add_func ("/first-run/offered-on-overview-and-projects",
                   test_offered_on_overview_and_projects);
  g_test_add_func ("/first-run/office-name-saved", test_office_name_saved);
  g_test_add_func ("/first-run/import-opens-the-file-chooser",
                   test_import_opens_the_file_chooser);
  g_test_add_func ("/first-run/first-project-shows-the-pages",
                   test_first_project_shows_the_pages);
  g_test_add_func ("/first-run/example-opens", test_example_opens);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user's data folder (it is kept). */
  data_home = gt_test_make_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  status = gt_test_ui_run_empty (&argc, &argv, add_tests);

  gt_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
