/* gt-export-file.c: checking an export's target, and replacing it whole.
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
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-backup.h"
#include "gt-export-file.h"

/* Room for ".NAME.XXXXXX" within the 255 bytes a file name may have. */
#define MAX_TEMP_STEM 200

struct _GtExportFile {
  char     *path;            /* as given, for messages */
  char     *target;          /* what is replaced: @path, links resolved */
  char     *register_path;
  char     *temp;
  int       fd;
  int       write_errno;     /* of the first write that failed */
  gboolean  committed;
};

typedef enum {
  PROTECTED_NONE,
  PROTECTED_REGISTER,
  PROTECTED_WORKING_FILE,
  PROTECTED_BACKUP,
  PROTECTED_BACKUP_FOLDER,
} Protected;

static gboolean
same_file (const GStatBuf *a,
           const GStatBuf *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

static gboolean
stat_is (const char     *path,
         const GStatBuf *st)
{
  GStatBuf other;

  return g_stat (path, &other) == 0 && same_file (&other, st);
}

/* @path with every link resolved, or for a file not there yet its folder
 * resolved and its own name kept: what a rename would replace. */
static char *
resolve (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real = realpath (path, NULL);
  char *real_dir;
  char *result;

  if (real != NULL)
    {
      result = g_strdup (real);
      free (real);
      return result;
    }
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  real_dir = realpath (dir, NULL);
  if (real_dir == NULL)
    {
      g_autofree char *absolute = g_canonicalize_filename (dir, NULL);

      return g_build_filename (absolute, base, NULL);
    }
  result = g_build_filename (real_dir, base, NULL);
  free (real_dir);
  return result;
}

/* What of the register at @register_path the file at @target (resolved; @st
 * when it exists, else NULL) is. The names beside the register count even for
 * files not there yet: a -wal written now would be read as the register's. */
static Protected
protected_by (const char     *register_path,
              const char     *target,
              const GStatBuf *st)
{
  g_autofree char *target_dir = g_path_get_dirname (target);
  g_autofree char *target_base = g_path_get_basename (target);
  g_autofree char *real_register = resolve (register_path);
  const char *const names[] = { register_path, real_register };
  static const char *const working[] = { "-wal", "-shm", "-journal" };
  GStatBuf dir_st;
  gboolean have_dir = g_stat (target_dir, &dir_st) == 0;

  /* The register as named and as it really lies, through any links: its
   * working files and backups may sit beside either. */
  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *dir = g_path_get_dirname (names[n]);
      g_autofree char *base = g_path_get_basename (names[n]);
      g_autofree char *backups = gt_backup_dup_dir (names[n]);
      g_autofree char *backup_prefix = g_strconcat (base, ".", NULL);
      gboolean same_dir = have_dir && stat_is (dir, &dir_st);

      if ((st != NULL && stat_is (names[n], st)) ||
          (same_dir && g_str_equal (target_base, base)))
        return PROTECTED_REGISTER;
      for (guint w = 0; w < G_N_ELEMENTS (working); w++)
        {
          g_autofree char *side = g_strconcat (names[n], working[w], NULL);
          g_autofree char *side_base = g_strconcat (base, working[w], NULL);

          if ((st != NULL && stat_is (side, st)) ||
              (same_dir && g_str_equal (target_base, side_base)))
            return PROTECTED_WORKING_FILE;
        }
      if (same_dir && g_str_has_prefix (target_base, backup_prefix) &&
          g_str_has_suffix (target_base, ".bak"))
        return PROTECTED_BACKUP;
      if (have_dir && stat_is (backups, &dir_st))
        return PROTECTED_BACKUP_FOLDER;
    }
  return PROTECTED_NONE;
}

/* @path as given, @target resolved. Fills @st and @exists for the caller. */
static gboolean
check_target (const char  *path,
              const char  *target,
              const char  *register_path,
              GStatBuf    *st,
              gboolean    *exists,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  Protected protected = PROTECTED_NONE;

  /* A target that cannot be looked at (no such folder, no permission) fails
   * when the temporary is made, with the system's reason. */
  *exists = g_stat (target, st) == 0;
  if (register_path != NULL)
    protected = protected_by (register_path, target, *exists ? st : NULL);

  switch (protected)
    {
    case PROTECTED_REGISTER:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Will not write over “%s”: it is the register being exported"), display);
      return FALSE;
    case PROTECTED_WORKING_FILE:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Will not write over “%s”: it is a working file of the register "
                     "being exported"), display);
      return FALSE;
    case PROTECTED_BACKUP:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Will not write over “%s”: it is a backup of the register"), display);
      return FALSE;
    case PROTECTED_BACKUP_FOLDER:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Will not write “%s” into the register’s backups folder"), display);
      return FALSE;
    case PROTECTED_NONE:
    default:
      break;
    }

  if (!*exists && !g_str_has_suffix (path, G_DIR_SEPARATOR_S))
    return TRUE;
  /* "out/" names a folder even before there is one: never a file "out". */
  if (!*exists || S_ISDIR (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Will not write over “%s”: it is a folder"), display);
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Will not write over “%s”: it is not a regular file"), display);
      return FALSE;
    }
  /* A file made read-only was meant to stay as it is. The mode bits count
   * too, for root, whom access() lets write anything. */
  if ((st->st_mode & 0222) == 0 || g_access (target, W_OK) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("Will not write over “%s”: it is read-only"), display);
      return FALSE;
    }
  return TRUE;
}

gboolean
gt_export_file_check (const char  *path,
                      const char  *register_path,
                      GError     **error)
{
  g_autofree char *target = NULL;
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, FALSE);

  target = resolve (path);
  return check_target (path, target, register_path, &st, &exists, error);
}

static gboolean
set_errno_error (GtExportFile  *self,
                 int            saved_errno,
                 GError       **error)
{
  g_autofree char *display = g_filename_display_name (self->path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

GtExportFile *
gt_export_file_open (const char  *path,
                     const char  *register_path,
                     GError     **error)
{
  g_autoptr(GtExportFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (GtExportFile, 1);
  self->fd = -1;
  self->path = g_strdup (path);
  self->register_path = g_strdup (register_path);
  self->target = resolve (path);
  if (!check_target (path, self->target, register_path, &st, &exists, error))
    return NULL;

  /* In the target's folder, so that the rename is atomic; a unique name, so
   * that no file of the user's is taken for a leftover and overwritten. */
  dir = g_path_get_dirname (self->target);
  base = g_path_get_basename (self->target);
  if (strlen (base) > MAX_TEMP_STEM)
    base[MAX_TEMP_STEM] = '\0';
  name = g_strdup_printf (".%s.XXXXXX", base);
  self->temp = g_build_filename (dir, name, NULL);
  /* 0666 less the umask, as a new file gets; an old file's permissions are
   * kept (not set-user-ID and the like, which have no business on a report). */
  self->fd = g_mkstemp_full (self->temp, O_WRONLY | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp, g_free);
      set_errno_error (self, saved_errno, error);
      return NULL;
    }
  if (exists && fchmod (self->fd, st.st_mode & 0777) != 0)
    {
      set_errno_error (self, errno, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
gt_export_file_get_temp_path (GtExportFile *self)
{
  return self->temp;
}

gboolean
gt_export_file_write (GtExportFile *self,
                      const void   *data,
                      gsize         size)
{
  const char *p = data;

  if (self->write_errno != 0)
    return FALSE;
  while (size > 0)
    {
      gssize written = write (self->fd, p, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          self->write_errno = written < 0 ? errno : ENOSPC;
          return FALSE;
        }
      p += written;
      size -= (gsize) written;
    }
  return TRUE;
}

gboolean
gt_export_file_set_error (GtExportFile  *self,
                          const char    *reason,
                          GError       **error)
{
  g_autofree char *display = NULL;

  if (self->write_errno != 0)
    return set_errno_error (self, self->write_errno, error);
  display = g_filename_display_name (self->path);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), display,
               reason);
  return FALSE;
}

gboolean
gt_export_file_commit (GtExportFile  *self,
                       GError       **error)
{
  GStatBuf st;
  gboolean exists;
  int fd = self->fd;

  g_return_val_if_fail (!self->committed && fd >= 0, FALSE);

  if (self->write_errno != 0)
    return set_errno_error (self, self->write_errno, error);
  /* On disk before it replaces the old file: a crash must not leave an
   * empty file where a complete one was. */
  if (fsync (fd) != 0 && errno != EINVAL)
    return set_errno_error (self, errno, error);
  self->fd = -1;
  if (close (fd) != 0 && errno != EINTR)
    return set_errno_error (self, errno, error);
  /* The target may have changed while the export was made. */
  if (!check_target (self->path, self->target, self->register_path, &st, &exists, error))
    return FALSE;
  if (g_rename (self->temp, self->target) != 0)
    return set_errno_error (self, errno, error);
  self->committed = TRUE;
  return TRUE;
}

void
gt_export_file_free (GtExportFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp != NULL && !self->committed)
    g_unlink (self->temp);
  g_free (self->path);
  g_free (self->target);
  g_free (self->register_path);
  g_free (self->temp);
  g_free (self);
}
