/* test-export-targets.c: what an export may write over, and what a failed one
 * leaves: the real binary, run on the register itself under its other names,
 * its working files and backups, read-only files, folders and FIFOs, and under
 * a file size limit that makes the writing fail half way; and the writers the
 * window calls, on the register it holds open.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-export-job.h"
#include "gt-project.h"
#include "gt-slides-export.h"
#include "gt-table-export.h"
#include "gt-test-util.h"

#define SQLITE_MAGIC "SQLite format 3"

typedef struct {
  char  *dir;
  char  *db;
  char **env;
} Fixture;

static void
add_project (GtStore    *store,
             const char *code,
             const char *name)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_code (project, code);
  gt_project_set_name (project, name);
  gt_project_set_total_investment (project, 100000000);
  gt_project_set_annual_plan (project, 10000000);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
}

/* reg.db with two projects, closed: guatu opens it as a user's cron job would. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "reg.db", NULL);
  f->env = gt_test_cli_environ (f->dir, NULL);
  store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  add_project (store, "XM-001", "滨河路改造工程");
  add_project (store, "XM-002", "城东污水处理厂");
}

/* A demo register of 300 projects: every export is bigger than the limit. */
static void
fixture_set_up_big (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtDemoSize size = *gt_demo_size_default ();
  GDate today;

  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "big.db", NULL);
  f->env = gt_test_cli_environ (f->dir, NULL);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  size.projects = 300;
  size.reports = 300;
  store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (gt_demo_populate (store, &size, &today, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);

  /* Let the tree go even where a test made it read-only. */
  g_chmod (backups, 0700);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_strfreev (f->env);
}

static char *
read_all (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_all (const char *path,
           const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* The register is still itself: SQLite, and its two projects read back. */
static void
assert_register_intact (Fixture *f)
{
  g_autofree char *contents = read_all (f->db);
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (contents, SQLITE_MAGIC));
  store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 2);
}

/* No temporary of an export (".NAME.XXXXXX") left anywhere in @dir. */
static void
assert_no_temporaries (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_assert_false (name[0] == '.' && strlen (name) > 8 && name[strlen (name) - 7] == '.');
}

/* The arguments to write @format to @target. */
static void
export_args (const char  *format,
             const char  *target,
             const char **args)
{
  guint n = 0;

  if (g_str_equal (format, "slides"))
    {
      args[n++] = "--export-slides";
      args[n++] = target;
      args[n++] = "--month";
      args[n++] = "2026-10";
    }
  else if (g_str_equal (format, "pdf") || g_str_equal (format, "png"))
    {
      args[n++] = g_str_equal (format, "pdf") ? "--export-pdf" : "--export-png";
      args[n++] = target;
      args[n++] = "--chart";
      args[n++] = "gantt";
    }
  else
    {
      args[n++] = g_str_equal (format, "csv") ? "--export-csv" : "--export-xlsx";
      args[n++] = target;
      args[n++] = "--table";
      args[n++] = "register";
    }
  args[n] = NULL;
}

/* Runs an export of @format to @target (as given on the command line, in the
 * fixture's folder), expecting it refused: status 1, the target named and
 * @reason given on stderr, nothing on stdout. */
static void
assert_refused (Fixture    *f,
                const char *format,
                const char *target,
                const char *reason)
{
  const char *args[16] = { "--database", f->db };
  g_auto(GtTestRun) run = { 0 };
  g_autofree char *base = g_path_get_basename (target);

  export_args (format, target, args + 2);
  gt_test_run_guatu (f->dir, f->env, &run, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "guatu: Will not write "));
  g_assert_nonnull (strstr (run.err, base));
  g_assert_nonnull (strstr (run.err, reason));
  assert_no_temporaries (f->dir);
}

static void
assert_written (Fixture    *f,
                const char *format,
                const char *target)
{
  const char *args[16] = { "--database", f->db };
  g_auto(GtTestRun) run = { 0 };

  export_args (format, target, args + 2);
  gt_test_run_guatu (f->dir, f->env, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "Wrote "));
  assert_no_temporaries (f->dir);
}

/* `--export-csv reg.db` once replaced the register with CSV. Every format,
 * and the register by every name: absolute, relative, through ./, a symbolic
 * link and a hard link. */
static void
test_refuses_register (Fixture       *f,
                       gconstpointer  data)
{
  static const char *const formats[] = { "csv", "xlsx", "pdf", "png", "slides" };
  g_autofree char *symbolic = g_build_filename (f->dir, "link.db", NULL);
  g_autofree char *hard = g_build_filename (f->dir, "hard.db", NULL);
  g_autofree char *sub = g_build_filename (f->dir, "sub", NULL);

  g_assert_cmpint (symlink ("reg.db", symbolic), ==, 0);
  g_assert_cmpint (link (f->db, hard), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      assert_refused (f, formats[i], f->db, "it is the register being exported");
      assert_register_intact (f);
    }
  assert_refused (f, "csv", "reg.db", "it is the register being exported");
  assert_refused (f, "csv", "./reg.db", "it is the register being exported");
  assert_refused (f, "xlsx", "sub/../reg.db", "it is the register being exported");
  assert_refused (f, "csv", "link.db", "it is the register being exported");
  assert_refused (f, "pdf", "hard.db", "it is the register being exported");
  assert_register_intact (f);
  g_assert_true (g_file_test (symbolic, G_FILE_TEST_IS_SYMLINK));
}

/* The window's Export… calls the writers with no command line in front: they
 * refuse the register and its working files themselves, as the job, its
 * tables and the slides carry the register's path to them. */
static void
test_writers_refuse_register (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  g_autofree char *relative = g_build_filename (f->dir, ".", "reg.db", NULL);
  const char *targets[] = { f->db, wal, relative };
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtExportJob) job = NULL;
  g_autoptr(GtSlideDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  GtExportJobOptions options;
  GtExportTable *table;
  GtExportDoc doc;
  GDate today;

  /* Open, as the window holds it: its -wal is there. */
  store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  gt_export_job_options_init (&options);
  job = gt_export_job_new (store, GT_EXPORT_CHART_REGISTER, &options);
  table = gt_export_job_get_table (job, &error);
  g_assert_no_error (error);
  g_assert_true (gt_export_job_layout (job, 842, 595, &doc, &error));
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  deck = gt_slide_deck_new_for_office (store, 2026, 10, &today, 16.0 / 9.0, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GError) csv = NULL;
      g_autoptr(GError) xlsx = NULL;
      g_autoptr(GError) pdf = NULL;
      g_autoptr(GError) png = NULL;
      g_autoptr(GError) slides = NULL;

      g_assert_false (gt_csv_export_write (table, targets[i], &csv));
      g_assert_error (csv, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_false (gt_xlsx_export_write (&table, 1, targets[i], &xlsx));
      g_assert_error (xlsx, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_false (gt_export_write_pdf (&doc, targets[i], &pdf));
      g_assert_error (pdf, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_false (gt_export_write_png (&doc, 0, 72, targets[i], &png));
      g_assert_error (png, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_false (gt_export_write_slides (deck, FALSE, gt_store_get_path (store),
                                              targets[i], &slides));
      g_assert_error (slides, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }

  g_clear_pointer (&deck, gt_slide_deck_free);
  g_clear_pointer (&job, gt_export_job_free);
  g_clear_object (&store);
  assert_register_intact (f);
  assert_no_temporaries (f->dir);
}

/* SQLite's working files beside the register, there or not yet, and the
 * copies of it: an upgrade's reg.db.*.bak and the daily backups folder. */
static void
test_refuses_working_files_and_backups (Fixture       *f,
                                        gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  g_autofree char *journal = g_strconcat (f->db, "-journal", NULL);
  g_autofree char *wal_link = g_build_filename (f->dir, "wal-link", NULL);
  g_autofree char *bak = g_build_filename (f->dir, "reg.db.v2-20260101-090000.bak", NULL);
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *daily = g_build_filename (backups, "reg-20261101-080000.db", NULL);
  g_autofree char *stray = g_build_filename (backups, "report.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GtStore) open = NULL;
  g_autoptr(GError) error = NULL;

  /* Held open, as the window holds it: the -wal and -shm files are there. */
  open = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (symlink ("reg.db-wal", wal_link), ==, 0);
  assert_refused (f, "csv", "reg.db-wal", "it is a working file of the register");
  assert_refused (f, "xlsx", "reg.db-shm", "it is a working file of the register");
  assert_refused (f, "pdf", "wal-link", "it is a working file of the register");
  assert_refused (f, "csv", "reg.db-journal", "it is a working file of the register");
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_clear_object (&open);
  assert_register_intact (f);

  write_all (bak, "an upgrade's copy");
  assert_refused (f, "csv", "reg.db.v2-20260101-090000.bak", "it is a backup of the register");
  contents = read_all (bak);
  g_assert_cmpstr (contents, ==, "an upgrade's copy");
  /* Not there yet, named like one: still theirs. */
  assert_refused (f, "xlsx", "reg.db.v3-20270101-090000.bak", "it is a backup of the register");

  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  write_all (daily, "a daily backup");
  assert_refused (f, "csv", "backups/reg-20261101-080000.db", "backups folder");
  g_clear_pointer (&contents, g_free);
  contents = read_all (daily);
  g_assert_cmpstr (contents, ==, "a daily backup");
  assert_refused (f, "pdf", "backups/report.csv", "backups folder");
  g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));
  assert_no_temporaries (backups);
}

/* A read-only file stays as it is, mode and all; a writable one is replaced
 * and keeps its mode. */
static void
test_read_only_and_mode (Fixture       *f,
                         gconstpointer  data)
{
  static const char *const formats[] = { "csv", "xlsx", "pdf", "png", "slides" };
  g_autofree char *kept = g_build_filename (f->dir, "kept.csv", NULL);
  g_autofree char *contents = NULL;
  GStatBuf st;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("read-only.%s", formats[i]);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *after = NULL;

      write_all (path, "signed and sealed");
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      assert_refused (f, formats[i], name, "it is read-only");
      after = read_all (path);
      g_assert_cmpstr (after, ==, "signed and sealed");
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, 0444);
    }

  write_all (kept, "last month");
  g_assert_cmpint (g_chmod (kept, 0640), ==, 0);
  assert_written (f, "csv", "kept.csv");
  contents = read_all (kept);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
}

/* Folders, FIFOs: never opened, never replaced. */
static void
test_refuses_non_regular (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.csv", NULL);
  g_autofree char *later = g_build_filename (f->dir, "later", NULL);
  GStatBuf st;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  assert_refused (f, "pdf", "out.pdf", "it is a folder");
  assert_refused (f, "csv", "out.pdf", "it is a folder");
  assert_refused (f, "slides", "out.pdf", "it is a folder");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  assert_refused (f, "xlsx", "later/", "it is a folder");
  g_assert_false (g_file_test (later, G_FILE_TEST_EXISTS));
  /* A FIFO opened for writing would wait for a reader forever. */
  assert_refused (f, "csv", "pipe.csv", "it is not a regular file");
  assert_refused (f, "xlsx", "pipe.csv", "it is not a regular file");
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  assert_refused (f, "png", "/dev/null", "it is not a regular file");
}

/* The temporary has a name of its own: the user's OUT.part is theirs. A link
 * to a file is written through, the link kept. */
static void
test_own_part_file (Fixture       *f,
                    gconstpointer  data)
{
  static const char *const formats[] = { "csv", "xlsx", "pdf", "png", "slides" };
  g_autofree char *real = g_build_filename (f->dir, "real.csv", NULL);
  g_autofree char *alias = g_build_filename (f->dir, "alias.csv", NULL);
  g_autofree char *contents = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("out.%s", formats[i]);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *part = g_strconcat (path, ".part", NULL);
      g_autofree char *after = NULL;

      write_all (part, "my notes");
      assert_written (f, formats[i], name);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      after = read_all (part);
      g_assert_cmpstr (after, ==, "my notes");
      g_assert_cmpint (g_remove (part), ==, 0);
    }

  write_all (real, "old");
  g_assert_cmpint (symlink ("real.csv", alias), ==, 0);
  assert_written (f, "csv", "alias.csv");
  g_assert_true (g_file_test (alias, G_FILE_TEST_IS_SYMLINK));
  contents = read_all (real);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { GPOINTER_TO_SIZE (data), GPOINTER_TO_SIZE (data) };

  /* Writing past the limit then fails with EFBIG instead of killing guatu. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs guatu in the fixture's folder with every file it writes limited to
 * @limit bytes. */
static void
run_limited (Fixture     *f,
             gsize        limit,
             const char **args,
             GtTestRun   *run)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("GUATU_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (f->dir, (char **) argv->pdata, f->env, G_SPAWN_DEFAULT, limit_file_size,
                GSIZE_TO_POINTER (limit), &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_test_message ("limit %zu: exit %d\nstderr: %s", limit, run->status, run->err);
}

/* An export that fails half way over an existing file leaves that file as it
 * was, byte for byte, and no temporary. The limit is above what opening the
 * register needs (SQLite's 32 KiB -shm) and below what the export writes. */
static void
test_failure_keeps_old_file (Fixture       *f,
                             gconstpointer  data)
{
  static const char *const formats[] = { "csv", "xlsx", "pdf" };
  static const char old[] = "last month's report, signed\n";
  const gsize limit = 40 * 1024;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("report.%s", formats[i]);
      g_autofree char *fresh_name = g_strdup_printf ("fresh.%s", formats[i]);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *fresh = g_build_filename (f->dir, fresh_name, NULL);
      g_autofree char *after = NULL;
      const char *args[16] = { "--database", f->db };
      g_auto(GtTestRun) run = { 0 };
      GStatBuf st;

      /* Without the limit the export is bigger than the limit. */
      export_args (formats[i], fresh_name, args + 2);
      if (g_str_equal (formats[i], "xlsx"))
        args[5] = "register,report,issues";
      gt_test_run_guatu (f->dir, f->env, &run, args);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpint (g_stat (fresh, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, (goffset) limit);
      gt_test_run_clear (&run);

      write_all (path, old);
      args[3] = name;
      run_limited (f, limit, args, &run);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "guatu: Could not write “report."));
      after = read_all (path);
      g_assert_cmpstr (after, ==, old);
      assert_no_temporaries (f->dir);
      g_clear_pointer (&after, g_free);
      after = g_strconcat (path, ".part", NULL);
      g_assert_false (g_file_test (after, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/export-targets/register", Fixture, NULL, fixture_set_up,
              test_refuses_register, fixture_tear_down);
  g_test_add ("/export-targets/writers", Fixture, NULL, fixture_set_up,
              test_writers_refuse_register, fixture_tear_down);
  g_test_add ("/export-targets/working-files-and-backups", Fixture, NULL, fixture_set_up,
              test_refuses_working_files_and_backups, fixture_tear_down);
  g_test_add ("/export-targets/read-only-and-mode", Fixture, NULL, fixture_set_up,
              test_read_only_and_mode, fixture_tear_down);
  g_test_add ("/export-targets/non-regular", Fixture, NULL, fixture_set_up,
              test_refuses_non_regular, fixture_tear_down);
  g_test_add ("/export-targets/own-part-file", Fixture, NULL, fixture_set_up,
              test_own_part_file, fixture_tear_down);
  g_test_add ("/export-targets/failure-keeps-old-file", Fixture, NULL, fixture_set_up_big,
              test_failure_keeps_old_file, fixture_tear_down);

  return g_test_run ();
}
