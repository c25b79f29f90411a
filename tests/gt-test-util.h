/* gt-test-util.h: what the tests without a display share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-db.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* A new temporary folder; remove it with gt_test_remove_tree(). */
char     *gt_test_make_dir     (void);
/* Removes @path: a file, or a folder and all below it. */
void      gt_test_remove_tree  (const char  *path);
/* A new register in @dir filled with the default demo data as of @today. */
GtStore  *gt_test_open_demo    (const char  *dir,
                                const GDate *today);
/* No -wal, -shm or -journal file beside the register at @path. */
void      gt_test_assert_no_side_files (const char *path);
/* Reads what a child writes on @fd until @deadline (monotonic µs), its end,
 * or (when not NULL) until @line has been read, appending it to @out. */
void      gt_test_read_until   (int          fd,
                                GString     *out,
                                gint64       deadline,
                                const char  *line);
/* No descriptor of process @pid is on a deleted file of the register at
 * @path. A process that lost its locks on the register (a close() of another
 * descriptor of the file drops them all) goes on writing to a -wal that the
 * other process's last close checkpointed and deleted: "(deleted)" in
 * /proc/PID/fd, and every edit since is lost at the next kill. Other deleted
 * files (a memfd of the display, a tool's) are not the register's. */
void      gt_test_assert_no_deleted_register_files (GPid        pid,
                                                    const char *path);
/* Garbage over the root page of @table in the closed register at @path: the
 * file stays SQLite, but its integrity check fails. */
void      gt_test_damage_table (const char  *path,
                                const char  *table);
/* Messages in zh_CN from the build's translations, whether or not the zh_CN
 * locale is installed: glibc honours LANGUAGE under C.UTF-8. */
void      gt_test_use_zh_cn    (void);

/* Running the real binary ($GUATU_BINARY) as a user's shell would. */
typedef struct {
  int   status;   /* exit status, or -1 if killed */
  char *out;
  char *err;
} GtTestRun;

void      gt_test_run_clear    (GtTestRun   *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GtTestRun, gt_test_run_clear)

/* An environment with no display of any kind, the C.UTF-8 locale, messages in
 * @language (NULL: untranslated) and the default register inside @dir, never
 * the user's. */
char    **gt_test_cli_environ  (const char  *dir,
                                const char  *language);
/* Runs guatu in @dir with @env and @args (NULL-terminated, after the program
 * name), filling @run. */
void      gt_test_run_guatu    (const char  *dir,
                                char       **env,
                                GtTestRun   *run,
                                const char  *const *args);
/* The same with the arguments listed, NULL-terminated. */
void      gt_test_run_guatuv   (const char  *dir,
                                char       **env,
                                GtTestRun   *run,
                                const char  *first_arg,
                                ...) G_GNUC_NULL_TERMINATED;

/* Whether this run of a suite that runs on a file and on the server is the
 * server's (GUATU_TEST_ON_SERVER set, by tests/meson.build). */
gboolean    gt_test_on_server      (void);
/* Where a test's register @name is: a file in @dir, or a new, empty database
 * on the test server when gt_test_on_server(). */
char       *gt_test_register_location (const char *dir,
                                       const char *name);
/* A connection of its own to the register at @location (a file, or a
 * database on the server), as another program would open it, through
 * gt-db.h: to read what is there, or to hold the write lock. Close it with
 * gt_db_close(). */
GtDb       *gt_test_db_connect     (const char *location);
/* One integer read from the register at @location through a connection of its
 * own (what another program reads there): the first column of @sql's first
 * row, -1 when it has none. ?1, when @sql has it, is bound to @arg. */
gint64      gt_test_query_int      (const char *location,
                                    const char *sql,
                                    gint64      arg);
/* The day @day of @month of @year. */
GDate       gt_test_date           (int year,
                                    int month,
                                    int day);
/* Refreshes @store as the window's poll does until it takes in another
 * program's change, for up to five seconds: on a server the change arrives by
 * NOTIFY, which may come a moment after the other program's commit. Whether
 * it did. */
gboolean    gt_test_refresh_until_changed (GtStore *store);
/* *@error is a save refused over another desk's newer change
 * (GT_STORE_ERROR_CONFLICT) that names @desk; cleared. */
void        gt_test_assert_conflict (GError    **error,
                                     const char *desk);

G_END_DECLS
