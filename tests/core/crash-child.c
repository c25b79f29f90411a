/* crash-child.c: the victim of test-crash. Edits a register through the GtStore
 * API until it is killed, and reports on stdout each edit only AFTER the call
 * that saved it returned, so that every reported line is a promise the parent
 * can check after the SIGKILL:
 *
 *   ready                     the store is open
 *   project <id>              a project was added
 *   rename <id> <n>           project <id> was renamed to "v<n>" (n grows)
 *   batch <tag> <rows>        about to start a batch of <rows> leaders "b<tag>-…":
 *                             added one by one between gt_store_begin() and
 *                             gt_store_commit(), or imported from a CSV ledger
 *                             whose rows each name a new leader "b<tag>-…"
 *   committed <tag>           that batch committed
 *
 * Usage: crash-child DATABASE SEED FIRST [--window]
 *
 * FIRST numbers the first edit; the parent gives each child a range of its own,
 * so that names grow from one child to the next.
 *
 * With --window the register is opened as the window opens it: at once, with
 * gt_store_open_deferring_check(), then checked and backed up in a thread while
 * the edits (which wait for the check) begin.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "gt-backup.h"
#include "gt-import.h"
#include "gt-store.h"

/* Rows per batch: enough that a kill often lands inside one. */
#define BATCH_ROWS 40

/* One write(2) per line: nothing stays in a stdio buffer when the kill comes. */
static void
report (const char *format,
        ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0;
  gsize length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  length = strlen (line);
  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, line + done, length - done);

      if (n < 0)
        exit (3);
      done += n;
    }
}

static void
fail (GError *error)
{
  g_printerr ("crash-child: %s\n", error->message);
  exit (2);
}

static void
add_project (GtStore *store,
             guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtProject) project = gt_project_new ();
  g_autofree char *name = g_strdup_printf ("p%u", n);

  gt_project_set_name (project, name);
  gt_project_set_total_investment (project, 1000 + n);
  if (!gt_store_add_project (store, project, &error))
    fail (error);
  report ("project %" G_GINT64_FORMAT "\n", gt_project_get_id (project));
}

static void
rename_project (GtStore *store,
                GRand   *rand,
                guint    n)
{
  GListModel *projects = gt_store_get_projects (store);
  guint count = g_list_model_get_n_items (projects);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtProject) live = NULL;
  g_autoptr(GtProject) copy = NULL;
  g_autofree char *name = g_strdup_printf ("v%u", n);

  if (count == 0)
    return;
  live = g_list_model_get_item (projects, g_rand_int_range (rand, 0, count));
  copy = gt_project_copy (live);
  gt_project_set_name (copy, name);
  if (!gt_store_update_project (store, copy, &error))
    fail (error);
  report ("rename %" G_GINT64_FORMAT " %u\n", gt_project_get_id (copy), n);
}

static void
batch (GtStore *store,
       guint32  tag)
{
  g_autoptr(GError) error = NULL;

  report ("batch %u %d\n", tag, BATCH_ROWS);
  if (!gt_store_begin (store, &error))
    fail (error);
  for (int i = 0; i < BATCH_ROWS; i++)
    {
      g_autoptr(GtLeader) leader = gt_leader_new ();
      g_autofree char *name = g_strdup_printf ("b%u-%d", tag, i);

      gt_leader_set_name (leader, name);
      if (!gt_store_add_leader (store, leader, &error))
        fail (error);
    }
  if (!gt_store_commit (store, &error))
    fail (error);
  report ("committed %u\n", tag);
}

/* A real ledger import: the same all-or-nothing promise, through the importer's
 * own transaction. */
static void
import_ledger (GtStore    *store,
               const char *dir,
               guint32     tag)
{
  g_autoptr(GString) csv = g_string_new ("项目名称,包联领导,总投资（万元）\n");
  g_autofree char *path = g_strdup_printf ("%s/ledger-%u.csv", dir, tag);
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  for (int i = 0; i < BATCH_ROWS; i++)
    g_string_append_printf (csv, "导入项目%u-%d,b%u-%d,%d\n", tag, i, tag, i, 100 + i);
  if (!g_file_set_contents (path, csv->str, csv->len, &error))
    fail (error);

  report ("batch %u %d\n", tag, BATCH_ROWS);
  if (!gt_import_file (store, path, -1, &today, NULL, NULL, NULL, &error))
    fail (error);
  report ("committed %u\n", tag);
  g_unlink (path);
}

/* What the window's check thread does: the integrity check, then the day's
 * backup. */
static gpointer
check_thread (gpointer data)
{
  g_autoptr(GtStore) store = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;

  if (!gt_store_check (store, &error))
    fail (error);
  /* A server's register is backed up by the server's own tools (pg_dump). */
  if (gt_store_is_server (store))
    return NULL;
  backup = gt_backup_daily (gt_store_get_path (store), NULL, GT_BACKUP_KEEP, &error);
  if (error != NULL)
    fail (error);

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree char *dir = NULL;
  gboolean window = argc == 5 && g_str_equal (argv[4], "--window");
  guint32 seed;
  guint n;

  if (argc != 4 && !window)
    {
      g_printerr ("Usage: crash-child DATABASE SEED FIRST [--window]\n");
      return 1;
    }
  seed = (guint32) g_ascii_strtoull (argv[2], NULL, 10);
  rand = g_rand_new_with_seed (seed);

  /* The ledgers it imports go beside the file; a register on a server has
   * none, and the test's folder is named in the environment. */
  if (g_str_has_prefix (argv[1], "postgresql:"))
    dir = g_strdup (g_getenv ("GUATU_CRASH_DIR"));
  else
    dir = g_path_get_dirname (argv[1]);
  g_assert (dir != NULL);
  store = window ? gt_store_open_deferring_check (argv[1], &error)
                 : gt_store_open (argv[1], &error);
  if (store == NULL)
    fail (error);
  if (window)
    g_thread_unref (g_thread_new ("check", check_thread, g_object_ref (store)));
  report ("ready\n");

  for (n = (guint) g_ascii_strtoull (argv[3], NULL, 10); ; n++)
    {
      double dice = g_rand_double (rand);

      if (dice < 0.45)
        add_project (store, n);
      else if (dice < 0.8)
        rename_project (store, rand, n);
      else if (dice < 0.9)
        batch (store, n);
      else
        import_ledger (store, dir, n);
    }

  return 0;
}
