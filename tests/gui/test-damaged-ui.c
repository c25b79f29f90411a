/* test-damaged-ui.c: the window on a register it cannot open, or that turns
 * out damaged once open.
 *
 * The window shows the register before its integrity check has read the whole
 * file (the check runs in a thread once the window is up). A file damaged past
 * what the window reads first must still end in the damaged-register dialog,
 * the window gone, and not a byte of the file changed. The dialog speaks plain
 * words (no SQLite internals), shows the file's path, and leads on: "Restore
 * from Backup…" offers the newest intact backup first and keeps the damaged
 * file aside; "Open Another…" opens another register in the window.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "gt-application.h"
#include "gt-backup.h"
#include "gt-damaged-dialog.h"
#include "gt-restore.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"
#include "gt-window.h"

typedef void (*Scenario) (GtApplication *app, gpointer data);

typedef struct {
  GtApplication *app;
  Scenario       scenario;
  gpointer       data;
} Run;

static gboolean
run_scenario_cb (gpointer user_data)
{
  Run *run = user_data;

  run->scenario (run->app, run->data);

  /* Whatever is left open, so that the application ends. */
  for (GList *l; (l = gtk_application_get_windows (GTK_APPLICATION (run->app))) != NULL;)
    gtk_window_destroy (GTK_WINDOW (l->data));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app,
             Run          *run)
{
  g_idle_add (run_scenario_cb, run);
}

/* Runs the application on @path and @scenario inside it, once it started. */
static void
run_app (const char *path,
         Scenario    scenario,
         gpointer    data)
{
  Run run = { gt_application_new (), scenario, data };

  g_application_set_flags (G_APPLICATION (run.app), G_APPLICATION_NON_UNIQUE);
  gt_application_set_database (run.app, path);
  g_signal_connect_after (run.app, "activate", G_CALLBACK (activate_cb), &run);
  g_application_run (G_APPLICATION (run.app), 0, NULL);
  g_clear_object (&run.app);
}

/* Ten seconds at most, in steps of 20 ms: the check reads a demo register in
 * milliseconds, but the machine may be busy. */
static gpointer
wait_for (gpointer (*find) (gconstpointer data),
          gconstpointer data)
{
  gpointer found = NULL;

  for (guint i = 0; i < 500 && (found = find (data)) == NULL; i++)
    gt_test_ui_settle (20);
  return found;
}

static gpointer
find_window_of_type (gconstpointer type)
{
  return gt_test_ui_find_window (GPOINTER_TO_SIZE (type));
}

static GtDamagedDialog *
wait_for_damaged_dialog (void)
{
  return wait_for (find_window_of_type, GSIZE_TO_POINTER (GT_TYPE_DAMAGED_DIALOG));
}

static GtWindow *
wait_for_register_window (void)
{
  return wait_for (find_window_of_type, GSIZE_TO_POINTER (GT_TYPE_WINDOW));
}

static gpointer
good_backups_listed (gconstpointer dialog)
{
  return gt_damaged_dialog_get_good_backups (GT_DAMAGED_DIALOG ((gpointer) dialog));
}

/* A message dialog other than @except, titled @heading. */
static gpointer
find_message_dialog (gconstpointer heading)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && !GT_IS_DAMAGED_DIALOG (l->data) &&
        gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      return l->data;
  return NULL;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static const char *
label_text (GtkWidget  *dialog,
            const char *name)
{
  GtkWidget *label = gt_test_ui_find_widget (dialog, has_name, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* Clicks the button of @response, which must be there and enabled: the
 * dialog closes, then emits the response, as for a user. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  const char *label;
  GtkWidget *button;

  g_assert_true (adw_message_dialog_has_response (dialog, response));
  label = adw_message_dialog_get_response_label (dialog, response);
  button = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, label);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* Plain words: none of SQLite's. */
static void
assert_plain (const char *text)
{
  static const char *const internals[] = {
    "btree", "error code", "SQLite", "sqlite", "malformed", "quick_check", "page",
  };

  for (guint i = 0; i < G_N_ELEMENTS (internals); i++)
    if (strstr (text, internals[i]) != NULL)
      g_error ("“%s” in the dialog: %s", internals[i], text);
}

static void
assert_same_file (const char *path,
                  const char *contents,
                  gsize       length)
{
  g_autofree char *now = NULL;
  gsize now_length;

  g_assert_true (g_file_get_contents (path, &now, &now_length, NULL));
  g_assert_cmpmem (contents, length, now, now_length);
}

static guint
n_projects (GtWindow *window)
{
  return g_list_model_get_n_items (gt_store_get_projects (gt_window_get_store (window)));
}

/* ---- damaged behind the window, restored from a backup --------------------- */

typedef struct {
  char  *path;
  char  *good_backup;     /* the newest intact one */
  char  *bad_backup;      /* newer, but damaged itself */
  char  *before;          /* the damaged file's bytes */
  gsize  n_before;
  guint  n_projects;
  gboolean saw_window;
} Restore;

static void
restore_scenario (GtApplication *app,
                  gpointer       data)
{
  Restore *restore = data;
  g_autofree char *display = g_filename_display_name (restore->path);
  g_autofree char *base = g_path_get_basename (restore->path);
  g_autofree char *dir = g_path_get_dirname (restore->path);
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) good = NULL;
  g_autoptr(GError) error = NULL;
  GtDamagedDialog *dialog;
  AdwMessageDialog *choice;
  GtWindow *window;
  GtkWidget *dropdown;
  GPtrArray *offered;
  const char *body;

  restore->saw_window = GT_IS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  dialog = wait_for_damaged_dialog ();
  g_assert_nonnull (dialog);
  /* No register window is left to write through. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    g_assert_false (GT_IS_WINDOW (l->data));

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("The Register Is Damaged"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("body: %s", body);
  g_assert_nonnull (strstr (body, base));
  assert_plain (body);
  g_assert_nonnull (strstr (label_text (GTK_WIDGET (dialog), "location"), display));
  g_assert_cmpstr (gt_damaged_dialog_get_path (dialog), ==, restore->path);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "close"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "open"));

  /* The damaged backup, though newer, is not offered. */
  offered = wait_for (good_backups_listed, dialog);
  g_assert_nonnull (offered);
  g_assert_cmpuint (offered->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (offered, 0), ==, restore->good_backup);
  {
    g_autofree char *when = gt_restore_format_backup (restore->good_backup);

    g_assert_nonnull (strstr (label_text (GTK_WIDGET (dialog), "backups"), when));
  }
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "damaged-register.png");

  /* Restore from Backup… → the choice, newest intact first. */
  respond (ADW_MESSAGE_DIALOG (dialog), "restore");
  choice = wait_for (find_message_dialog, _("Restore from Backup?"));
  g_assert_nonnull (choice);
  assert_plain (adw_message_dialog_get_body (choice));
  dropdown = adw_message_dialog_get_extra_child (choice);
  g_assert_true (GTK_IS_DROP_DOWN (dropdown));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 0);
  gt_test_ui_save_screenshot (GTK_WIDGET (choice), "damaged-restore-choice.png");

  /* Cancel leads back to the damaged-register dialog, not out. */
  respond (choice, "cancel");
  dialog = wait_for_damaged_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (wait_for (good_backups_listed, dialog));
  respond (ADW_MESSAGE_DIALOG (dialog), "restore");
  choice = wait_for (find_message_dialog, _("Restore from Backup?"));
  g_assert_nonnull (choice);
  respond (choice, "restore");

  /* The register as it was at the backup, in a new window. */
  window = wait_for_register_window ();
  g_assert_nonnull (window);
  g_assert_cmpstr (gt_store_get_path (gt_window_get_store (window)), ==, restore->path);
  g_assert_cmpuint (n_projects (window), ==, restore->n_projects);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_DAMAGED_DIALOG));

  /* The damaged file kept aside, unchanged, beside the register. */
  {
    g_autoptr(GDir) folder = g_dir_open (dir, 0, &error);
    g_autofree char *prefix = g_strconcat (base, ".damaged-", NULL);
    const char *name;

    g_assert_no_error (error);
    while ((name = g_dir_read_name (folder)) != NULL)
      if (g_str_has_prefix (name, prefix) && strchr (name + strlen (prefix), '-') != NULL &&
          !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
        {
          g_assert_null (kept);
          kept = g_build_filename (dir, name, NULL);
        }
  }
  g_assert_nonnull (kept);
  g_test_message ("kept as %s", kept);
  assert_same_file (kept, restore->before, restore->n_before);

  /* No copy of the damaged file among the backups: every backup but the one
   * damaged on purpose is intact (the reopened register may have made today's). */
  gt_test_ui_settle (500);
  good = gt_backup_list_intact (restore->path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) all = gt_backup_list (restore->path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (good->len, ==, all->len - 1);
  }
}

static void
test_restore_after_check (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) older = g_date_time_new (zone, 2026, 11, 13, 9, 0, 0);
  g_autoptr(GDateTime) newer = g_date_time_new (zone, 2026, 11, 14, 9, 0, 0);
  g_autofree char *dir = gt_test_make_dir ();
  g_autoptr(GError) error = NULL;
  Restore restore = { 0 };

  {
    g_autoptr(GtStore) demo = gt_test_open_demo (dir, today);

    restore.path = g_strdup (gt_store_get_path (demo));
    restore.n_projects = g_list_model_get_n_items (gt_store_get_projects (demo));
  }
  restore.good_backup = gt_backup_create (restore.path, older, &error);
  g_assert_no_error (error);
  restore.bad_backup = gt_backup_create (restore.path, newer, &error);
  g_assert_no_error (error);
  gt_test_damage_table (restore.bad_backup, "issues");

  /* Issues load when a view first asks for them, not to open the window. */
  gt_test_damage_table (restore.path, "issues");
  g_assert_true (g_file_get_contents (restore.path, &restore.before, &restore.n_before, NULL));

  run_app (restore.path, restore_scenario, &restore);
  g_test_message ("window shown first: %s", restore.saw_window ? "yes" : "no");

  g_free (restore.path);
  g_free (restore.good_backup);
  g_free (restore.bad_backup);
  g_free (restore.before);
  gt_test_remove_tree (dir);
}

/* ---- refused at start-up, another register opened instead ---------------- */

typedef struct {
  char  *path;
  char  *other;
  char  *before;
  gsize  n_before;
} OpenOther;

static gpointer
chooser_with_file (gconstpointer data)
{
  GtkWindow *chooser = gt_test_ui_find_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) file = NULL;

  if (chooser == NULL)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  return file != NULL && g_file_equal (file, (GFile *) data) ? chooser : NULL;
}

static void
open_other_scenario (GtApplication *app,
                     gpointer       data)
{
  OpenOther *open = data;
  g_autofree char *display = g_filename_display_name (open->path);
  g_autoptr(GFile) other = g_file_new_for_path (open->other);
  GtDamagedDialog *dialog;
  GtkWindow *chooser;
  GtWindow *window;
  GPtrArray *offered;

  dialog = wait_for_damaged_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (GT_IS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app))));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("The Register Is Damaged"));
  assert_plain (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (label_text (GTK_WIDGET (dialog), "location"), display));

  /* No backup at all: nothing to restore, and it says so. */
  offered = wait_for (good_backups_listed, dialog);
  g_assert_nonnull (offered);
  g_assert_cmpuint (offered->len, ==, 0);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "restore"));
  g_assert_cmpstr (label_text (GTK_WIDGET (dialog), "backups"), ==,
                   _("No intact backup of it was found, so there is nothing to restore."));

  /* Open Another… → a file chooser; choosing a register opens it. */
  respond (ADW_MESSAGE_DIALOG (dialog), "open");
  chooser = wait_for (find_window_of_type, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_nonnull (chooser);
  /* Typed into its location entry, as with Ctrl+L: set_file() only selects
   * once the folder has loaded, which GTK 4.8 does not always finish here. */
  g_signal_emit_by_name (gt_test_ui_find_widget (GTK_WIDGET (chooser), gt_test_ui_is_of_type,
                                                 GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_WIDGET)),
                         "location-popup", open->other);
  g_assert_true (wait_for (chooser_with_file, other) == chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  window = wait_for_register_window ();
  g_assert_nonnull (window);
  g_assert_cmpstr (gt_store_get_path (gt_window_get_store (window)), ==, open->other);
  g_assert_cmpuint (n_projects (window), >, 0);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_DAMAGED_DIALOG));
  /* Let the check and the daily backup of the other register finish. */
  gt_test_ui_settle (500);
}

static void
test_open_another_at_start (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *other_dir = gt_test_make_dir ();
  OpenOther open = { 0 };

  {
    g_autoptr(GtStore) demo = gt_test_open_demo (dir, today);
    g_autoptr(GtStore) other = gt_test_open_demo (other_dir, today);

    open.path = g_strdup (gt_store_get_path (demo));
    open.other = g_strdup (gt_store_get_path (other));
  }
  /* Projects are read to open the window: damaged there, it is refused at once. */
  gt_test_damage_table (open.path, "projects");
  g_assert_true (g_file_get_contents (open.path, &open.before, &open.n_before, NULL));

  run_app (open.path, open_other_scenario, &open);

  assert_same_file (open.path, open.before, open.n_before);

  g_free (open.path);
  g_free (open.other);
  g_free (open.before);
  gt_test_remove_tree (dir);
  gt_test_remove_tree (other_dir);
}

/* ---- Close ends it ------------------------------------------------------- */

static void
close_scenario (GtApplication *app,
                gpointer       data)
{
  GtDamagedDialog *dialog = wait_for_damaged_dialog ();

  g_assert_nonnull (dialog);
  g_assert_nonnull (wait_for (good_backups_listed, dialog));
  respond (ADW_MESSAGE_DIALOG (dialog), "close");
  /* Nothing else may keep the application: it ends once this returns. */
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static gboolean
hung_cb (gpointer data)
{
  g_error ("the application did not end after Close");
  return G_SOURCE_REMOVE;
}

static void
test_close_ends (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  gsize n_before;
  guint guard;

  {
    g_autoptr(GtStore) demo = gt_test_open_demo (dir, today);

    path = g_strdup (gt_store_get_path (demo));
  }
  gt_test_damage_table (path, "issues");
  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));

  guard = g_timeout_add_seconds (60, hung_cb, NULL);
  run_app (path, close_scenario, NULL);
  g_source_remove (guard);

  assert_same_file (path, before, n_before);
  gt_test_remove_tree (dir);
}

/* ---- another program's database ----------------------------------------- */

/* Another program's SQLite file is not called damaged: the dialog says it is
 * not a Guatu register, in plain words, and leaves it as it was. */
static void
foreign_scenario (GtApplication *app,
                  gpointer       data)
{
  const char *path = data;
  g_autofree char *base = g_path_get_basename (path);
  GtDamagedDialog *dialog = wait_for_damaged_dialog ();
  const char *body;

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("Not a Guatu Register"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("body: %s", body);
  g_assert_nonnull (strstr (body, base));
  g_assert_null (strstr (body, "damaged"));
  assert_plain (body);
  g_assert_nonnull (wait_for (good_backups_listed, dialog));
  respond (ADW_MESSAGE_DIALOG (dialog), "close");
}

static void
test_foreign_at_start (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "通讯录.db", NULL);
  g_autofree char *before = NULL;
  sqlite3 *db = NULL;
  gsize n_before;
  guint guard;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contacts (name TEXT);"
                                     "INSERT INTO contacts VALUES ('张三');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));

  guard = g_timeout_add_seconds (60, hung_cb, NULL);
  run_app (path, foreign_scenario, path);
  g_source_remove (guard);

  assert_same_file (path, before, n_before);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/damaged-ui/restore-after-check", test_restore_after_check);
  g_test_add_func ("/damaged-ui/open-another-at-start", test_open_another_at_start);
  g_test_add_func ("/damaged-ui/close-ends", test_close_ends);
  g_test_add_func ("/damaged-ui/foreign-at-start", test_foreign_at_start);

  return g_test_run ();
}
