/* gt-backup.c: dated copies of the register and restoring one.
 *
 * Every copy goes through SQLite's backup API, never a file copy: the
 * database may be open in the window at that moment, with a WAL that holds
 * the latest edits, and the API copies exactly one committed state.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gt-backup.h"
#include "gt-sqlite-db.h"
#include "gt-store-internal.h"
#include "gt-sqlite-schema.h"

/* "YYYYMMDD-HHMMSS" */
#define STAMP_LENGTH 15

/* A backup being written is ".NAME-STAMP.PID-XXXXXX.part" in the backups
 * folder: hidden, and not a backup's name, so that a kill midway leaves
 * nothing that looks like a backup of the day. */
#define PARTIAL_SUFFIX ".part"

static char *
dup_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

char *
gt_backup_dup_dir (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *format,
                  const char  *display)
{
  const char *message = db != NULL ? gt_sqlite_describe_error (db) : sqlite3_errstr (rc);

  g_set_error (error, GT_STORE_ERROR,
               (rc & 0xff) == SQLITE_BUSY ? GT_STORE_ERROR_BUSY : GT_STORE_ERROR_FAILED,
               format, display, message);
}

/* Copies the whole of @from into @to (both open). */
static int
copy_db (sqlite3 *to,
         sqlite3 *from)
{
  sqlite3_backup *copy = sqlite3_backup_init (to, "main", from, "main");
  int rc;

  if (copy == NULL)
    return sqlite3_errcode (to);
  rc = sqlite3_backup_step (copy, -1);
  sqlite3_backup_finish (copy);
  if (rc == SQLITE_DONE)
    return SQLITE_OK;
  return rc;
}

/* Makes sure what was written to @path is on the disk before it gets its
 * final name: a power cut must not leave a named but empty backup. */
static gboolean
sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  g_close (fd, NULL);

  return ok;
}

/* Gives the complete copy @partial its name, never replacing a backup made
 * within the same second: link(2) fails if the name is taken. Filesystems
 * without hard links (a FAT stick) get a rename(2) after a look instead.
 * Returns the name, or NULL with errno set. */
static char *
publish (const char *partial,
         const char *dir,
         const char *stem,
         const char *stamp)
{
  for (guint n = 0; n < 100; n++)
    {
      g_autofree char *backup = NULL;

      if (n == 0)
        backup = g_strdup_printf ("%s/%s-%s.db", dir, stem, stamp);
      else
        backup = g_strdup_printf ("%s/%s-%s-%u.db", dir, stem, stamp, n);

      if (link (partial, backup) == 0)
        {
          g_unlink (partial);
          return g_steal_pointer (&backup);
        }
      if (errno == EEXIST)
        continue;
      if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != ENOSYS)
        return NULL;
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        continue;
      if (g_rename (partial, backup) == 0)
        return g_steal_pointer (&backup);
      return NULL;
    }

  errno = EEXIST;
  return NULL;
}

char *
gt_backup_create (const char  *db_path,
                  GDateTime   *when,
                  GError     **error)
{
  g_autoptr(GDateTime) now = when != NULL ? g_date_time_ref (when)
                                          : g_date_time_new_now_local ();
  g_autofree char *dir = gt_backup_dup_dir (db_path);
  g_autofree char *stem = dup_stem (db_path);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *display = g_filename_display_name (db_path);
  g_autofree char *partial = NULL;
  char *backup;
  sqlite3 *source = NULL;
  sqlite3 *target = NULL;
  int saved_errno;
  int fd;
  int rc;

  /* Owner only, like the database: it names people and phone numbers. */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not back up “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }

  /* Written under a temporary name and renamed when complete: a kill or a
   * full disk midway once left an empty file with the day's name, so that no
   * backup was made that day. What a killed run leaves is removed by the next
   * gt_backup_daily(), which then makes the day's backup. */
  partial = g_strdup_printf ("%s/.%s-%s.%d-XXXXXX" PARTIAL_SUFFIX, dir, stem, stamp,
                             (int) getpid ());
  fd = g_mkstemp_full (partial, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not back up “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (db_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (source, 3000);
      rc = sqlite3_open_v2 (partial, &target, SQLITE_OPEN_READWRITE, NULL);
    }
  /* No journal for the copy: an unfinished one is thrown away, never rolled
   * back, and a journal would be one more file for a kill to leave behind. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (target, "PRAGMA journal_mode = OFF", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = copy_db (target, source);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, target != NULL ? target : source, rc,
                        _("Could not back up “%s”: %s"), display);
      sqlite3_close (source);
      sqlite3_close (target);
      g_unlink (partial);
      return NULL;
    }
  sqlite3_close (source);
  rc = sqlite3_close (target);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, NULL, rc, _("Could not back up “%s”: %s"), display);
      g_unlink (partial);
      return NULL;
    }

  backup = NULL;
  if (sync_file (partial))
    backup = publish (partial, dir, stem, stamp);
  if (backup == NULL)
    {
      saved_errno = errno;
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not back up “%s”: %s"), display, g_strerror (saved_errno));
      g_unlink (partial);
      return NULL;
    }

  return backup;
}

GDateTime *
gt_backup_get_time (const char *backup_path)
{
  g_autofree char *base = g_path_get_basename (backup_path);
  gsize length = strlen (base);
  const char *stamp;
  int y, mo, d, h, mi, s;
  char tail[8] = "";
  const char *dash;

  if (!g_str_has_suffix (base, ".db") || length < STAMP_LENGTH + 4)
    return NULL;
  base[length - 3] = '\0';
  /* The stamp follows the last dash that starts "YYYYMMDD-": the name may
   * itself contain dashes, and a "-N" may follow for a second in the same
   * second. */
  for (dash = strchr (base, '-'); dash != NULL; dash = strchr (dash + 1, '-'))
    {
      stamp = dash + 1;
      if (strlen (stamp) >= STAMP_LENGTH && g_ascii_isdigit (stamp[0]) &&
          stamp[8] == '-' &&
          sscanf (stamp, "%4d%2d%2d-%2d%2d%2d%7s", &y, &mo, &d, &h, &mi, &s, tail) >= 6 &&
          (tail[0] == '\0' || tail[0] == '-'))
        {
          g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

          return g_date_time_new (zone, y, mo, d, h, mi, s);
        }
    }

  return NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  g_autoptr(GDateTime) ta = gt_backup_get_time (*(const char **) a);
  g_autoptr(GDateTime) tb = gt_backup_get_time (*(const char **) b);
  int by_time = g_date_time_compare (tb, ta);

  const char *na = *(const char **) a;
  const char *nb = *(const char **) b;

  /* Same second: "-1" and on came later, so the longer name is newer. */
  if (by_time != 0)
    return by_time;
  if (strlen (na) != strlen (nb))
    return strlen (na) < strlen (nb) ? 1 : -1;
  return g_strcmp0 (nb, na);
}

GPtrArray *
gt_backup_list (const char  *db_path,
                GError     **error)
{
  g_autofree char *dir = gt_backup_dup_dir (db_path);
  g_autofree char *stem = dup_stem (db_path);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  GDir *folder;
  const char *name;

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&list);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autoptr(GDateTime) time = NULL;

      /* Only this database's backups, the stamp right after the name:
       * "guatu-2-20261123-….db" belongs to "guatu-2.db", not to "guatu.db". */
      gsize skip = strlen (prefix);

      if (!g_str_has_prefix (name, prefix) || strlen (name) < skip + STAMP_LENGTH + 3 ||
          !g_ascii_isdigit (name[skip]) || name[skip + 8] != '-')
        continue;
      time = gt_backup_get_time (name);
      if (time != NULL)
        g_ptr_array_add (list, g_build_filename (dir, name, NULL));
    }
  g_dir_close (folder);
  g_ptr_array_sort (list, compare_newest_first);

  return g_steal_pointer (&list);
}

gboolean
gt_backup_prune (const char  *db_path,
                 guint        keep,
                 GError     **error)
{
  g_autoptr(GPtrArray) list = gt_backup_list (db_path, error);

  if (list == NULL)
    return FALSE;
  for (guint i = keep; i < list->len; i++)
    {
      const char *path = g_ptr_array_index (list, i);

      if (g_unlink (path) != 0)
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not delete the old backup “%s”: %s"), display,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/* Removes what failed backups of @db_path left: copies being written by a
 * process that no longer runs (killed midway), and the empty files with a
 * backup's name that the versions before the temporary name left. A copy of a
 * process still running is another window's backup in progress. */
static void
remove_failed (const char *db_path,
               GPtrArray  *list)
{
  g_autofree char *dir = gt_backup_dup_dir (db_path);
  g_autofree char *stem = dup_stem (db_path);
  g_autofree char *prefix = g_strconcat (".", stem, "-", NULL);
  GDir *folder;
  const char *name;

  for (guint i = 0; i < list->len; )
    {
      const char *path = g_ptr_array_index (list, i);
      GStatBuf st;

      if (g_stat (path, &st) == 0 && st.st_size == 0 && g_unlink (path) == 0)
        g_ptr_array_remove_index (list, i);
      else
        i++;
    }

  folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return;
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      const char *pid_start;
      char *pid_end = NULL;
      long pid;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, PARTIAL_SUFFIX))
        continue;
      /* ".NAME-STAMP.PID-XXXXXX.part": the PID follows the last dot but one. */
      pid_start = g_strrstr_len (name, strlen (name) - strlen (PARTIAL_SUFFIX), ".");
      if (pid_start == NULL)
        continue;
      pid = strtol (pid_start + 1, &pid_end, 10);
      if (pid_end == NULL || *pid_end != '-' || pid <= 0)
        continue;
      if (pid == (long) getpid () || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (g_unlink (path) != 0)
          g_debug ("Could not remove %s: %s", path, g_strerror (errno));
      }
    }
  g_dir_close (folder);
}

char *
gt_backup_daily (const char  *db_path,
                 GDateTime   *now,
                 guint        keep,
                 GError     **error)
{
  g_autoptr(GDateTime) today = now != NULL ? g_date_time_ref (now)
                                           : g_date_time_new_now_local ();
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *made = NULL;

  if (!g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  list = gt_backup_list (db_path, error);
  if (list == NULL)
    return NULL;
  remove_failed (db_path, list);
  if (list->len > 0)
    {
      g_autoptr(GDateTime) newest = gt_backup_get_time (g_ptr_array_index (list, 0));

      if (g_date_time_get_year (newest) == g_date_time_get_year (today) &&
          g_date_time_get_day_of_year (newest) == g_date_time_get_day_of_year (today))
        return NULL;
    }

  made = gt_backup_create (db_path, today, error);
  if (made == NULL || !gt_backup_prune (db_path, keep, error))
    return NULL;

  return g_steal_pointer (&made);
}

/* Read-only and immutable: looking at a backup must not change it, nor leave a
 * -wal or -shm beside it. NULL with @error set if it cannot be opened. */
static sqlite3 *
open_immutable (const char  *path,
                const char  *display,
                GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, error);
  g_autofree char *name = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (uri == NULL)
    return NULL;
  name = g_strconcat (uri, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, _("Could not restore “%s”: %s"), display);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

/* The backup must be a register this build can open, intact: Guatu's
 * application_id (or none, with the tables of a register from before the
 * mark), a schema version from 1 to this build's, and every page passing
 * quick_check. Another program's SQLite file is no register, whatever its
 * pages look like, and restoring it would leave the office a file that Guatu
 * then refuses to open. */
static gboolean
check_backup (sqlite3     *db,
              const char  *display,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int application_id = 0;
  int version = -1;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    application_id = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (rc == SQLITE_ROW)
    {
      rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        version = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      stmt = NULL;
    }
  /* Not even a header SQLite can read: a text file, say. */
  if (rc != SQLITE_ROW && (rc & 0xff) == SQLITE_NOTADB)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                   _("Could not restore “%s”: it is not a Guatu register."), display);
      return FALSE;
    }
  if (rc == SQLITE_ROW && version > GT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_TOO_NEW,
                   _("Could not restore “%s”: it was saved by a newer version of Guatu."),
                   display);
      return FALSE;
    }
  if (rc == SQLITE_ROW &&
      (version < 1 ||
       (application_id != GT_STORE_APPLICATION_ID &&
        !(application_id == 0 && _gt_store_is_older_register (db, version)))))
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                   _("Could not restore “%s”: it is not a Guatu register."), display);
      return FALSE;
    }
  if (rc == SQLITE_ROW &&
      sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!ok)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT,
                   _("Could not restore “%s”: it is not an intact Guatu database."),
                   display);
      return FALSE;
    }

  return TRUE;
}

/* Whether the backup at @path passes check_backup(). */
static gboolean
backup_is_intact (const char *path)
{
  g_autofree char *display = g_filename_display_name (path);
  sqlite3 *db = open_immutable (path, display, NULL);
  gboolean ok = db != NULL && check_backup (db, display, NULL);

  sqlite3_close (db);
  return ok;
}

GPtrArray *
gt_backup_list_intact (const char  *db_path,
                       GError     **error)
{
  g_autoptr(GPtrArray) all = gt_backup_list (db_path, error);
  GPtrArray *intact;

  if (all == NULL)
    return NULL;
  intact = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < all->len; i++)
    {
      const char *path = g_ptr_array_index (all, i);

      if (backup_is_intact (path))
        g_ptr_array_add (intact, g_strdup (path));
    }

  return intact;
}

gboolean
gt_backup_restore (const char  *db_path,
                   const char  *backup_path,
                   char       **saved,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_name (backup_path);
  g_autofree char *db_display = g_filename_display_name (db_path);
  g_autofree char *current = NULL;
  sqlite3 *source = NULL;
  sqlite3 *target = NULL;
  int rc;

  source = open_immutable (backup_path, display, error);
  if (source == NULL)
    return FALSE;
  if (!check_backup (source, display, error))
    {
      sqlite3_close (source);
      return FALSE;
    }

  /* What is there now is kept too: restoring the wrong day must be undoable. */
  current = gt_backup_create (db_path, NULL, error);
  if (current == NULL)
    {
      sqlite3_close (source);
      return FALSE;
    }

  rc = sqlite3_open_v2 (db_path, &target, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (target, 3000);
      rc = copy_db (target, source);
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, target, rc, _("Could not restore “%s”: %s"), db_display);
      sqlite3_close (source);
      sqlite3_close (target);
      return FALSE;
    }
  sqlite3_close (source);
  sqlite3_close (target);

  if (saved != NULL)
    *saved = g_steal_pointer (&current);
  return TRUE;
}

/* ---- replacing a damaged register ---------------------------------------- */

char *
gt_backup_dup_damaged_path (const char *db_path,
                            GDateTime  *when)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.damaged-%s", db_path, stamp);
}

static gboolean
set_replace_errno_error (GError     **error,
                         int          saved_errno,
                         const char  *db_path)
{
  g_autofree char *display = g_filename_display_name (db_path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not restore “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/* The backup, checked as gt_backup_restore() checks it, into @copy, a new file
 * of the owner's only, through SQLite's backup API so that what lands is one
 * consistent database. */
static gboolean
copy_checked_backup (const char  *backup_path,
                     const char  *copy,
                     const char  *db_path,
                     GError     **error)
{
  g_autofree char *display = g_filename_display_name (backup_path);
  sqlite3 *source = open_immutable (backup_path, display, error);
  sqlite3 *target = NULL;
  int fd;
  int rc;

  if (source == NULL)
    return FALSE;
  if (!check_backup (source, display, error))
    {
      sqlite3_close (source);
      return FALSE;
    }

  /* A copy left by an earlier attempt that was cut short is worth nothing. */
  g_unlink (copy);
  fd = g_open (copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      sqlite3_close (source);
      return set_replace_errno_error (error, saved_errno, db_path);
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (copy, &target, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = copy_db (target, source);
  sqlite3_close (source);
  if (rc == SQLITE_OK)
    rc = sqlite3_close (target);
  else
    sqlite3_close (target);
  if (rc == SQLITE_OK && !sync_file (copy))
    rc = SQLITE_IOERR_FSYNC;
  if (rc != SQLITE_OK)
    {
      g_autofree char *db_display = g_filename_display_name (db_path);

      /* SQLite's words are for the log; the user learns what failed. */
      g_warning ("Could not copy %s to %s: %s", backup_path, copy, sqlite3_errstr (rc));
      g_unlink (copy);
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not restore “%s”: the backup could not be copied beside it. "
                     "Check that the disk is not full."), db_display);
      return FALSE;
    }

  return TRUE;
}

static const char *const side_suffixes[] = { "-wal", "-shm", "-journal" };

/* Renames @from (and its side files) to @to; ENOENT of a side file is no
 * error. On failure what was moved is moved back. */
static gboolean
move_with_side_files (const char *from,
                      const char *to,
                      int        *saved_errno)
{
  guint moved = 0;

  if (g_rename (from, to) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  for (; moved < G_N_ELEMENTS (side_suffixes); moved++)
    {
      g_autofree char *side_from = g_strconcat (from, side_suffixes[moved], NULL);
      g_autofree char *side_to = g_strconcat (to, side_suffixes[moved], NULL);

      if (g_rename (side_from, side_to) != 0 && errno != ENOENT)
        {
          *saved_errno = errno;
          break;
        }
    }
  if (moved == G_N_ELEMENTS (side_suffixes))
    return TRUE;

  while (moved-- > 0)
    {
      g_autofree char *side_from = g_strconcat (from, side_suffixes[moved], NULL);
      g_autofree char *side_to = g_strconcat (to, side_suffixes[moved], NULL);

      g_rename (side_to, side_from);
    }
  g_rename (to, from);
  return FALSE;
}

gboolean
gt_backup_replace_damaged (const char  *db_path,
                           const char  *backup_path,
                           GDateTime   *when,
                           char       **kept,
                           GError     **error)
{
  g_autoptr(GDateTime) now = when != NULL ? g_date_time_ref (when)
                                          : g_date_time_new_now_local ();
  g_autofree char *copy = g_strconcat (db_path, ".restoring", NULL);
  g_autofree char *stem = gt_backup_dup_damaged_path (db_path, now);
  g_autofree char *aside = NULL;
  int saved_errno = 0;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL, FALSE);

  if (!copy_checked_backup (backup_path, copy, db_path, error))
    return FALSE;

  /* Never over an earlier damaged copy, nor over its side files. */
  for (guint n = 0; aside == NULL; n++)
    {
      g_autofree char *name = n == 0 ? g_strdup (stem) : g_strdup_printf ("%s-%u", stem, n);
      gboolean taken = g_file_test (name, G_FILE_TEST_EXISTS);

      for (guint s = 0; !taken && s < G_N_ELEMENTS (side_suffixes); s++)
        {
          g_autofree char *side = g_strconcat (name, side_suffixes[s], NULL);

          taken = g_file_test (side, G_FILE_TEST_EXISTS);
        }
      if (!taken)
        aside = g_steal_pointer (&name);
    }

  if (!move_with_side_files (db_path, aside, &saved_errno))
    {
      g_unlink (copy);
      return set_replace_errno_error (error, saved_errno, db_path);
    }
  if (g_rename (copy, db_path) != 0)
    {
      saved_errno = errno;
      move_with_side_files (aside, db_path, &(int) { 0 });
      g_unlink (copy);
      return set_replace_errno_error (error, saved_errno, db_path);
    }

  if (kept != NULL)
    *kept = g_steal_pointer (&aside);
  return TRUE;
}
