/* gt-sqlite-open.c: opening a database file safely.
 *
 * An office's register may be the only copy of years of work, so a file is
 * looked at before SQLite is allowed to write anything to it: a file that is
 * not ours, is damaged or comes from a newer Guatu is refused and left exactly
 * as it was, and a file of an older schema is copied aside before migrating.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-sqlite-db.h"
#include "gt-store-internal.h"
#include "gt-sqlite-schema.h"

/* How long a connection waits for another process's lock before the open or
 * the edit gives up with GT_STORE_ERROR_BUSY. */
#define BUSY_TIMEOUT_MS 3000

/* The first 16 bytes of every SQLite 3 file, NUL included. */
static const char sqlite_magic[16] = "SQLite format 3";

/* The first 100 bytes of a file are SQLite's database header. */
#define HEADER_SIZE 100

/* An error of the open as users should read it: what is wrong with the file,
 * named, rather than SQLite's words alone. */
static void
set_open_error (GError     **error,
                int          sqlite_code,
                const char  *message,
                const char  *display)
{
  switch (gt_sqlite_error_code (sqlite_code))
    {
    case GT_STORE_ERROR_BUSY:
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_BUSY,
                   _("Could not open “%s”: another program is using it. Close that "
                     "program and try again."), display);
      break;
    case GT_STORE_ERROR_CORRUPT:
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT,
                   _("Could not open “%s”: the file is damaged (%s)."), display, message);
      break;
    default:
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), display, message);
      break;
    }
}

static void
set_db_error (GError     **error,
              sqlite3     *db,
              int          rc,
              const char  *display)
{
  set_open_error (error, rc, db != NULL ? gt_sqlite_describe_error (db) : sqlite3_errstr (rc),
                  display);
}

/* Runs a one-row, one-column query; the value is returned as text (owned by the
 * statement, so it is copied) and as an integer. */
static int
query_value (sqlite3     *db,
             const char  *sql,
             int         *number,
             char       **text)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          if (number != NULL)
            *number = sqlite3_column_int (stmt, 0);
          if (text != NULL)
            *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          if (number != NULL)
            *number = 0;
          if (text != NULL)
            *text = NULL;
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return rc;
}

/* Creates a missing file with owner-only permissions before SQLite sees it:
 * a register names people and phone numbers, and SQLite would use the umask. */
static gboolean
create_if_missing (const char  *path,
                   const char  *display,
                   gboolean    *created,
                   GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  int saved_errno = errno;

  *created = fd >= 0;
  if (fd >= 0)
    return g_close (fd, error);
  if (saved_errno == EEXIST)
    return TRUE;

  g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
               _("Could not create “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/* Refuses what is not a regular file before anything opens it: opening a FIFO
 * for reading waits for a writer forever, and a device such as /dev/null
 * "opens" but fails every write with a misleading error. stat(2) opens
 * nothing. Returns TRUE with *@exists FALSE when there is no file yet. */
static gboolean
check_file_type (const char  *path,
                 const char  *display,
                 gboolean    *exists,
                 GStatBuf    *st,
                 GError     **error)
{
  int saved_errno;

  *exists = FALSE;
  if (g_stat (path, st) == 0)
    {
      *exists = TRUE;
      if (S_ISREG (st->st_mode))
        return TRUE;
      if (S_ISDIR (st->st_mode))
        g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                     _("Could not open “%s”: it is a folder, not a register file."),
                     display);
      else
        g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                     _("Could not open “%s”: it is not a regular file (a device, a pipe "
                       "or a socket), so it cannot be a register."), display);
      return FALSE;
    }
  saved_errno = errno;
  if (saved_errno == ENOENT)
    return TRUE;

  g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
               _("Could not open “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/* Whether a descriptor of this process refers to the file of @st: SQLite's
 * own, or a deferred one it keeps while a connection holds locks.
 *
 * POSIX locks belong to the process, and a close(2) of any descriptor of the
 * file drops every lock the process holds on it, SQLite's included: another
 * process may then take the file for unused, checkpoint the WAL and delete the
 * -wal and -shm under the open window, which goes on writing to deleted files
 * ("How To Corrupt An SQLite Database File", 2.2). SQLite's unix VFS keeps the
 * descriptors of its own connections in one record per file, so a second
 * ordinary connection is safe; a descriptor of our own, or an immutable
 * connection (which bypasses that record), is safe only on a file this process
 * does not have open. Without /proc the answer is "open", the safe guess. */
static gboolean
open_in_this_process (const GStatBuf *st)
{
  GDir *fds = g_dir_open ("/proc/self/fd", 0, NULL);
  gboolean found = FALSE;
  const char *name;

  if (fds == NULL)
    return TRUE;
  while (!found && (name = g_dir_read_name (fds)) != NULL)
    {
      struct stat fd_st;

      if (fstat (atoi (name), &fd_st) == 0 && fd_st.st_dev == st->st_dev &&
          fd_st.st_ino == st->st_ino)
        found = TRUE;
    }
  g_dir_close (fds);

  return found;
}

/* The first bytes of the file, read through a connection of SQLite's own:
 * never a descriptor of ours, whose close would drop the locks SQLite holds on
 * the file if this process has it open (see open_in_this_process()). Opening
 * a connection reads nothing but the header and creates no -wal or -shm. */
static gboolean
read_header (const char      *path,
             const char      *display,
             const GStatBuf  *st,
             guint8           header[HEADER_SIZE],
             gsize           *length,
             GError         **error)
{
  sqlite3_file *file = NULL;
  sqlite3 *db = NULL;
  int rc;

  memset (header, 0, HEADER_SIZE);
  *length = (gsize) MIN (st->st_size, (goffset) HEADER_SIZE);
  if (*length == 0)
    return TRUE;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_file_control (db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
  if (rc == SQLITE_OK && (file == NULL || file->pMethods == NULL))
    rc = SQLITE_CANTOPEN;
  if (rc == SQLITE_OK)
    rc = file->pMethods->xRead (file, header, (int) *length, 0);
  /* A file that shrank since the stat: xRead filled the rest with zeros. */
  if (rc == SQLITE_IOERR_SHORT_READ)
    rc = SQLITE_OK;
  if (rc != SQLITE_OK)
    {
      int system = db != NULL ? sqlite3_system_errno (db) : 0;

      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), display,
                   system != 0 ? g_strerror (system) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_close (db);

  return TRUE;
}

static gboolean
wal_has_frames (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Whether another process has the file open in WAL mode now: each of its
 * connections holds a read lock on the "dead man switch" byte of the -shm
 * (byte 128 in SQLite's unix VFS) for as long as it is open. Its WAL is then
 * the log it is writing, not one left beside the file. Asked only when this
 * process does not have the file open: closing a descriptor of the -shm would
 * drop this process's own locks on it. */
static gboolean
wal_in_use_elsewhere (const char *path)
{
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  struct flock lock = { 0 };
  struct stat st;
  gboolean in_use;
  int fd;

  /* O_NONBLOCK: a FIFO by that name must not hang the open either. */
  fd = g_open (shm, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = 128;
  lock.l_len = 1;
  in_use = fstat (fd, &st) == 0 && S_ISREG (st.st_mode) &&
           fcntl (fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
  g_close (fd, NULL);

  return in_use;
}

/* A read-only connection for the checks. Even a read-only connection creates
 * the -wal and -shm files of a file in WAL mode, so with @immutable (a file in
 * WAL mode with no WAL pending that this process does not have open) SQLite
 * reads the main file only, takes no locks and creates nothing. A pending WAL
 * (the file is open elsewhere, or a session crashed) must be read through, so
 * then it is a plain read-only connection, which never writes the main file:
 * it does not checkpoint when it closes, so that a WAL found suspect is left
 * as it was, and the file with it. */
static sqlite3 *
open_for_checks (const char  *path,
                 gboolean     immutable,
                 const char  *display,
                 GError     **error)
{
  g_autofree char *name = NULL;
  int flags = SQLITE_OPEN_READONLY;
  sqlite3 *db = NULL;
  int rc;

  if (immutable)
    {
      g_autofree char *absolute = g_canonicalize_filename (path, NULL);
      g_autofree char *uri = g_filename_to_uri (absolute, NULL, error);

      if (uri == NULL)
        return NULL;
      name = g_strconcat (uri, "?immutable=1", NULL);
      flags |= SQLITE_OPEN_URI;
    }
  else
    {
      name = g_strdup (path);
    }

  rc = sqlite3_open_v2 (name, &db, flags, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (rc != SQLITE_OK)
    {
      set_db_error (error, db, rc, display);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);

  return db;
}

static char *
make_backup (sqlite3     *source,
             const char  *path,
             int          version,
             const char  *display,
             GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup = NULL;
  sqlite3_backup *copy;
  sqlite3 *target = NULL;
  int fd = -1;
  int rc;

  /* Two migrations within a second would pick the same name: never overwrite
   * an earlier copy. */
  for (guint n = 0; fd < 0 && n < 100; n++)
    {
      int saved_errno;

      g_free (backup);
      if (n == 0)
        backup = g_strdup_printf ("%s.v%d-%s.bak", path, version, stamp);
      else
        backup = g_strdup_printf ("%s.v%d-%s-%u.bak", path, version, stamp, n);

      fd = g_open (backup, O_WRONLY | O_CREAT | O_EXCL, 0600);
      saved_errno = errno;
      if (fd < 0 && saved_errno != EEXIST)
        {
          g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                       _("Could not back up “%s” before updating it: %s"),
                       display, g_strerror (saved_errno));
          return NULL;
        }
    }
  if (fd < 0)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not back up “%s” before updating it: %s"),
                   display, g_strerror (EEXIST));
      return NULL;
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (backup, &target, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      copy = sqlite3_backup_init (target, "main", source, "main");
      if (copy == NULL)
        {
          rc = sqlite3_errcode (target);
        }
      else
        {
          rc = sqlite3_backup_step (copy, -1);
          sqlite3_backup_finish (copy);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, GT_STORE_ERROR, gt_sqlite_error_code (rc),
                   _("Could not back up “%s” before updating it: %s"), display,
                   target != NULL ? sqlite3_errmsg (target) : sqlite3_errstr (rc));
      sqlite3_close (target);
      g_unlink (backup);
      return NULL;
    }
  sqlite3_close (target);

  return g_steal_pointer (&backup);
}

/* PRAGMA quick_check: every page of every table and index is read and its
 * structure checked (not the contents of indexes against their tables, which
 * integrity_check would do at many times the cost). With @full, integrity_check:
 * a WAL left beside the file may come from another database (a copy over a
 * crashed one), and its pages replayed over ours leave indexes that no longer
 * match their tables, which only the full check sees. */
static gboolean
check_integrity (sqlite3     *db,
                 gboolean     full,
                 const char  *display,
                 GError     **error)
{
  g_autofree char *check = NULL;
  int rc;

  rc = query_value (db, full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)",
                    NULL, &check);
  if (rc != SQLITE_OK)
    {
      set_db_error (error, db, rc, display);
      return FALSE;
    }
  if (g_strcmp0 (check, "ok") != 0)
    {
      set_open_error (error, SQLITE_CORRUPT, check != NULL ? check : "", display);
      return FALSE;
    }

  return TRUE;
}

/* Whether every column of @table in @expected is in @db's @table. */
static gboolean
has_columns (sqlite3    *db,
             sqlite3    *expected,
             const char *table)
{
  sqlite3_stmt *want = NULL;
  sqlite3_stmt *have = NULL;
  gboolean ok = FALSE;
  int rc;

  if (sqlite3_prepare_v2 (expected, "SELECT name FROM pragma_table_info (?1)", -1, &want,
                          NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM pragma_table_info (?1) WHERE name = ?2",
                          -1, &have, NULL) != SQLITE_OK)
    goto out;
  sqlite3_bind_text (want, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (have, 1, table, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (want)) == SQLITE_ROW)
    {
      sqlite3_bind_text (have, 2, (const char *) sqlite3_column_text (want, 0), -1,
                         SQLITE_TRANSIENT);
      if (sqlite3_step (have) != SQLITE_ROW || sqlite3_column_int (have, 0) != 1)
        goto out;
      sqlite3_reset (have);
    }
  ok = rc == SQLITE_DONE;

out:
  sqlite3_finalize (want);
  sqlite3_finalize (have);
  return ok;
}

/* Whether a file without our application_id is a register that an earlier
 * Guatu wrote: it has every table, with every column, that schema version
 * @version has. The expected schema is built in memory by the migrations
 * themselves, so it is right for every version without a second list. Other
 * programs' tables or columns are not looked at: a register may have gained
 * some by hand, and that does not make it another program's. */
gboolean
_gt_store_is_older_register (sqlite3 *db,
                             int      version)
{
  sqlite3_stmt *tables = NULL;
  sqlite3 *expected = NULL;
  gboolean ok = FALSE;
  int rc;

  if (version < 1 || version > GT_STORE_SCHEMA_VERSION)
    return FALSE;
  if (sqlite3_open_v2 (":memory:", &expected, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      !_gt_store_schema_migrate (expected, version, NULL) ||
      sqlite3_prepare_v2 (expected, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                          "AND substr (name, 1, 7) <> 'sqlite_'", -1, &tables,
                          NULL) != SQLITE_OK)
    goto out;
  while ((rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      if (!has_columns (db, expected, (const char *) sqlite3_column_text (tables, 0)))
        goto out;
    }
  ok = rc == SQLITE_DONE;

out:
  sqlite3_finalize (tables);
  sqlite3_close (expected);
  return ok;
}

/* Refuses what this build must not touch; finds the schema version and, when a
 * migration is due, copies the file aside first. */
static gboolean
check_existing (const char      *path,
                const char      *display,
                const GStatBuf  *st,
                gboolean         defer_check,
                gboolean        *check_pending,
                char           **backup_path,
                GError         **error)
{
  guint8 header[HEADER_SIZE];
  gsize length = 0;
  gboolean wal_mode;
  gboolean open_here;
  gboolean wal_pending;
  gboolean wal_left;
  sqlite3 *db;
  int application_id = 0;
  int version = 0;
  int tables = 0;
  int rc;

  if (!read_header (path, display, st, header, &length, error))
    return FALSE;

  /* SQLite takes an empty file for an empty database, and so do we: it is what
   * create_if_missing() leaves when the first open was interrupted. */
  if (length == 0)
    return TRUE;

  if (length < sizeof sqlite_magic || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                   _("Could not open “%s”: it is not a Guatu database file."), display);
      return FALSE;
    }

  /* Any WAL beside the file is replayed by SQLite, whatever the header says.
   * One that no process has open (a crash, or a copy over the file) will be
   * taken in by the next writer, and may not even be this file's. */
  wal_mode = header[18] == 2 || header[19] == 2;
  open_here = open_in_this_process (st);
  wal_pending = wal_has_frames (path);
  wal_left = wal_pending && !open_here && !wal_in_use_elsewhere (path);
  db = open_for_checks (path, wal_mode && !wal_pending && !open_here, display, error);
  if (db == NULL)
    return FALSE;

  /* The cheap checks first: a foreign or newer file is refused without reading
   * all of it. */
  rc = query_value (db, "PRAGMA application_id", &application_id, NULL);
  if (rc == SQLITE_OK)
    rc = query_value (db, "PRAGMA user_version", &version, NULL);
  if (rc == SQLITE_OK)
    rc = query_value (db, "SELECT count(*) FROM sqlite_schema", &tables, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  /* Ours by its mark, or from before the mark by its tables, or empty; else
   * another program's file, which a migration would wreck. */
  if (application_id != GT_STORE_APPLICATION_ID &&
      !(application_id == 0 && ((version == 0 && tables == 0) ||
                                _gt_store_is_older_register (db, version))))
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                   _("Could not open “%s”: it is the database of another program."),
                   display);
      sqlite3_close (db);
      return FALSE;
    }
  if (version > GT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_TOO_NEW,
                   _("Could not open “%s”: it was saved by a newer version of Guatu. "
                     "Update Guatu to open it."), display);
      sqlite3_close (db);
      return FALSE;
    }
  /* Our mark but no schema version, or a negative one: not written by any
   * Guatu (open_for_writing() marks a file only after migrating it), and a
   * migration from version 0 would create our tables among its own. */
  if (version < 0 || (version == 0 && tables > 0))
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                   _("Could not open “%s”: it is the database of another program."),
                   display);
      sqlite3_close (db);
      return FALSE;
    }

  /* A current file in WAL mode may leave the check for later: opening it for
   * writing changes nothing in it, and every write waits for the check (see
   * gt_store_open_deferring_check()). Not with a WAL left beside it: the
   * writing connection would take it in, and checkpoint it into the file when
   * it closes, before the check could refuse it. Any other file is checked
   * before it is migrated or switched to WAL. */
  if (defer_check && !wal_left && version == GT_STORE_SCHEMA_VERSION && wal_mode)
    {
      *check_pending = TRUE;
      sqlite3_close (db);
      return TRUE;
    }

  if (!check_integrity (db, wal_left, display, error))
    {
      sqlite3_close (db);
      return FALSE;
    }

  if (version > 0 && version < GT_STORE_SCHEMA_VERSION)
    {
      *backup_path = make_backup (db, path, version, display, error);
      if (*backup_path == NULL)
        {
          sqlite3_close (db);
          return FALSE;
        }
    }

  sqlite3_close (db);
  return TRUE;

failed:
  set_db_error (error, db, rc, display);
  sqlite3_close (db);
  return FALSE;
}

static sqlite3 *
open_for_writing (const char  *path,
                  const char  *display,
                  GError     **error)
{
  g_autofree char *journal_mode = NULL;
  sqlite3 *db = NULL;
  int version = 0;
  int application_id = 0;
  int foreign_keys = 0;
  int rc;

  /* No SQLITE_OPEN_CREATE: the file exists by now, created 0600 above, and if
   * it vanished meanwhile SQLite must not create one with the umask's mode. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    goto failed;
  if (sqlite3_db_readonly (db, "main") == 1)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not open “%s”: the file is read-only."), display);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);

  /* WAL: an edit appends to the log and never rewrites pages in place, so a
   * crash mid-write cannot damage what was saved, and readers (the command line
   * printing figures) do not block the desk. synchronous=FULL on top: each
   * commit waits for the log to reach the disk. NORMAL would be faster, but on
   * a power cut it may lose the last edits that the window already showed as
   * saved, and an office's register must never lose an entry it confirmed.
   * The cost is one fsync per edit, which a person typing does not notice;
   * imports and the demo are one transaction and pay it once.
   * tests/core/test-crash.c kills a writer with SIGKILL at random moments and
   * checks that every confirmed edit survives and no batch is half in; that
   * covers a crashed process (WAL + one transaction per edit). What it cannot
   * reproduce, a power cut, is what synchronous=FULL is for. */
  rc = query_value (db, "PRAGMA journal_mode = WAL", NULL, &journal_mode);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
  /* The page cache stays at SQLite's default (2 MB) for everyday edits, which
   * touch a few pages; gt_store_begin() raises it for batches (see there). */
  if (rc == SQLITE_OK)
    rc = query_value (db, "PRAGMA user_version", &version, NULL);
  if (rc != SQLITE_OK)
    goto failed;
  if (g_strcmp0 (journal_mode, "wal") != 0)
    g_debug ("%s: journal mode is %s, not WAL", path, journal_mode);

  /* Another Guatu may have migrated it since the checks. */
  if (version > GT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_TOO_NEW,
                   _("Could not open “%s”: it was saved by a newer version of Guatu. "
                     "Update Guatu to open it."), display);
      sqlite3_close (db);
      return NULL;
    }

  /* Foreign keys only after migrating: a future step that rebuilds a table
   * must be able to drop it without the cascades firing. */
  if (!_gt_store_schema_migrate (db, GT_STORE_SCHEMA_VERSION, error))
    {
      g_prefix_error (error, _("Could not open “%s”: "), display);
      sqlite3_close (db);
      return NULL;
    }

  /* The mark that tells a register from other programs' files, on a new file
   * and on any file from before it (recognised by check_existing()). A PRAGMA
   * takes no parameters; the value is a constant of this build. */
  rc = query_value (db, "PRAGMA application_id", &application_id, NULL);
  if (rc == SQLITE_OK && application_id != GT_STORE_APPLICATION_ID)
    rc = sqlite3_exec (db, "PRAGMA application_id = " G_STRINGIFY (GT_STORE_APPLICATION_ID),
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = query_value (db, "PRAGMA foreign_keys", &foreign_keys, NULL);
  if (rc != SQLITE_OK)
    goto failed;
  if (foreign_keys != 1)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), display,
                   "SQLite was built without foreign key support");
      sqlite3_close (db);
      return NULL;
    }

  return db;

failed:
  set_db_error (error, db, rc, display);
  sqlite3_close (db);
  return NULL;
}

gboolean
_gt_store_open_db (const char  *path,
                   gboolean     defer_check,
                   GtDb       **db,
                   char       **backup_path,
                   gboolean    *check_pending,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *backup = NULL;
  gboolean created = FALSE;
  gboolean exists = FALSE;
  sqlite3 *handle;
  GStatBuf st;

  g_return_val_if_fail (db != NULL && backup_path != NULL, FALSE);

  if (!check_file_type (path, display, &exists, &st, error))
    return FALSE;
  if (!exists && !create_if_missing (path, display, &created, error))
    return FALSE;
  /* Another process made the file since the stat (or it is a dangling link). */
  if (!exists && !created)
    {
      if (!check_file_type (path, display, &exists, &st, error))
        return FALSE;
      if (!exists)
        {
          g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                       _("Could not open “%s”: %s"), display, g_strerror (ENOENT));
          return FALSE;
        }
    }
  *check_pending = FALSE;
  if (!created &&
      !check_existing (path, display, &st, defer_check, check_pending, &backup, error))
    return FALSE;

  handle = open_for_writing (path, display, error);
  if (handle == NULL)
    return FALSE;
  *db = gt_sqlite_db_new (handle, path);

  *backup_path = g_steal_pointer (&backup);
  return TRUE;
}

/* Runs while the store's own connection has the file open (and may be writing
 * to it), so always on a plain connection: see open_in_this_process(). */
gboolean
_gt_store_check_file (const char  *path,
                      GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  gboolean ok;
  sqlite3 *db;

  db = open_for_checks (path, FALSE, display, error);
  if (db == NULL)
    return FALSE;
  ok = check_integrity (db, FALSE, display, error);
  sqlite3_close (db);

  return ok;
}
