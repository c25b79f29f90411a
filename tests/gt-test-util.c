/* gt-test-util.c: what the tests without a display share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-test-util.h"

void
gt_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_assert_cmpint (g_remove (path), ==, 0);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      gt_test_remove_tree (child);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

GtStore *
gt_test_open_demo (const char  *dir,
                   const GDate *today)
{
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);

  g_assert_no_error (error);
  gt_demo_populate (store, gt_demo_size_default (), today, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

void
gt_test_use_zh_cn (void)
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
