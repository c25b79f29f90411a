/* test-restore-ui.c: the daily backup made at start, and "Restore from
 * Backup…" from the primary menu's action to the register reopened.
 *
 * Its own program: restoring replaces the window the other UI tests share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-backup.h"
#include "gt-test-ui.h"

static guint
n_projects (GtStore *store)
{
  return g_list_model_get_n_items (gt_store_get_projects (store));
}

static void
test_restore (void)
{
  GApplication *app = g_application_get_default ();
  GtWindow *old_window = gt_test_ui_window ();
  GtStore *store = gt_window_get_store (old_window);
  g_autofree char *path = g_strdup (gt_store_get_path (store));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GtProject) extra = gt_project_new ();
  GtkWindow *dialog;
  GtkWindow *new_window;
  guint before = n_projects (store);

  /* Starting made today's backup. */
  backups = gt_backup_list (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_clear_pointer (&backups, g_ptr_array_unref);

  gt_project_set_name (extra, "备份之后的项目");
  g_assert_true (gt_store_add_project (store, extra, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_projects (store), ==, before + 1);

  g_action_group_activate_action (G_ACTION_GROUP (app), "restore-backup", NULL);
  gt_test_ui_settle (300);
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("Restore from Backup?"));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "restore-backup.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  gt_test_ui_settle (500);

  /* A new window on the file as it was at the backup. */
  new_window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (new_window);
  g_assert_true (GT_IS_WINDOW (new_window));
  g_assert_true ((gpointer) new_window != (gpointer) old_window);
  g_assert_cmpuint (n_projects (gt_window_get_store (GT_WINDOW (new_window))), ==, before);

  /* And what was there before the restore is a backup of its own. */
  backups = gt_backup_list (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 2);
}

static void
add_tests (void)
{
  g_test_add_func ("/restore-ui/restore", test_restore);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
