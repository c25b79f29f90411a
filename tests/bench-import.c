/* bench-import.c: the time to import a 5,000-row ledger, new and again.
 *
 * Prints figures; never fails on time. Target: ≤ 1 s for each import.
 *
 * Then the same three imports into a register whose change history
 * (变更记录, schema 5's triggers) is taken out, for what the history costs
 * (target: ≤ 10 % more). Also in processor time, which another program on a
 * busy machine does not lengthen as it does the wall clock.
 *
 *   bench-import [with|without]   (one half alone, for valgrind --tool=callgrind:
 *                                  instructions, which no other program moves)
 *
 * With GUATU_BENCH_SERVER_URL (postgresql://…, an empty database that the
 * bench may empty again: it drops and remakes the schema public):
 *
 *   bench-import server        the same three imports onto the server, with and
 *                              without the history's triggers (wall clock, and
 *                              the processor time of the server's backend,
 *                              read from /proc: the server must be local)
 *   bench-import server-demo   the 5,000-project demo register (50,000 issues,
 *                              60,000 reports, as bench-startup builds) written
 *                              to a file and to the server
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <sqlite3.h>

#include "gt-demo.h"
#include "gt-history.h"
#include "gt-import.h"
#include "gt-pg-db.h"
#include "gt-sqlite-db.h"
#include "gt-store-private.h"
#include "gt-store.h"
#include "gt-test-ledger.h"

#define N_ROWS 5000

static const char *const towns[] = { "城关镇", "河口乡", "东坝镇", "经济开发区", "南山乡" };
static const char *const units[] = { "县发改局", "县住建局", "县商务局", "县水务局" };
static const char *const leaders[] = { "张三（副县长）", "李四", "王五", "赵六" };

static GStrv
make_rows (int month,
           int extra)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv rows;

  g_strv_builder_add (builder, "2023年全县重点项目建设台账");
  g_autofree char *header = g_strdup_printf (
    "序号|项目名称|建设单位|总投资（亿元）|2023年计划投资(万元)|1—%d月完成投资|包联县领导|"
    "责任单位|所属乡镇|开工时间|竣工时间|形象进度|存在问题", month);
  g_strv_builder_add (builder, header);
  for (int i = 0; i < N_ROWS; i++)
    {
      g_autofree char *row = g_strdup_printf (
        "%d|重点项目%05d|建设公司%d|%d.%02d|%d|%d|%s|%s|%s|2023年%d月|2025-%02d-28|主体施工|%s",
        i + 1, i, i % 300, 1 + i % 9, i % 100, 1000 + i, (100 + i % 500) * month + extra,
        leaders[i % 4], units[i % 4], towns[i % 5], 1 + i % 12, 1 + i % 12,
        i % 7 == 0 ? "用地指标未落实" : "无");

      g_strv_builder_add (builder, row);
    }
  g_strv_builder_add (builder, "合计");
  rows = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return rows;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* On a server, the backend that serves the store: its processor time is the
 * server's work, which the wall clock of a busy machine blurs. */
static int server_pid;

static const GtDbQuery backend_pid_query =
  GT_DB_QUERY ("bench-backend-pid", "SELECT pg_backend_pid ()");

static void
find_server_pid (GtStore *store)
{
  g_autoptr(GError) error = NULL;
  GtDbStmt *stmt = gt_db_prepare (_gt_store_get_db (store), &backend_pid_query, &error);

  g_assert_no_error (error);
  g_assert_true (gt_db_stmt_next (stmt, &error));
  server_pid = (int) gt_db_stmt_get_int64 (stmt, 0);
  gt_db_stmt_reset (stmt);
}

/* The backend's user and system time, from /proc (the server is local). */
static double
server_seconds (void)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", server_pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;

  if (!g_file_get_contents (path, &text, NULL, NULL) ||
      (after = strrchr (text, ')')) == NULL)
    return 0;
  /* After the command's name: state (3), … utime (14), stime (15). */
  fields = g_strsplit (after + 2, " ", 0);
  if (g_strv_length (fields) < 13)
    return 0;
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) /
         sysconf (_SC_CLK_TCK);
}

static double
processor_seconds (void)
{
  return server_pid != 0 ? server_seconds () : cpu_seconds ();
}

static double
import (GtStore    *store,
        const char *path,
        double     *cpu)
{
  g_autoptr(GError) error = NULL;
  GtImportCounts counts = { 0, };
  gint64 start = g_get_monotonic_time ();
  double cpu_start = processor_seconds ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_MAY, 2023);
  if (!gt_import_file (store, path, -1, &today, &counts, NULL, NULL, &error))
    g_error ("%s", error->message);
  *cpu = processor_seconds () - cpu_start;
  g_print ("  %u created, %u updated, %u reports, %u issues\n", counts.created, counts.updated,
           counts.reports_saved, counts.issues_opened);
  return (g_get_monotonic_time () - start) / 1e6;
}

/* On a server: every trigger whose name says history, whatever the schema's
 * version calls them. */
static const char drop_server_history[] =
  "DO $$ DECLARE t record; BEGIN"
  "  FOR t IN SELECT tgname, tgrelid::regclass AS rel FROM pg_trigger"
  "           WHERE tgname LIKE '%history%' AND NOT tgisinternal LOOP"
  "    EXECUTE format ('DROP TRIGGER %I ON %s', t.tgname, t.rel);"
  "  END LOOP;"
  "END $$;";

/* The history's triggers out of a new register: through the file itself, or
 * on a server by SQL. */
static void
drop_history (GtStore *store)
{
  sqlite3 *db;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (gt_pg_db_is_url (gt_store_get_path (store)))
    {
      g_autoptr(GError) error = NULL;

      if (!gt_pg_db_exec_script (_gt_store_get_db (store), drop_server_history, &error))
        g_error ("%s", error->message);
      return;
    }
  db = gt_sqlite_db_get_handle (_gt_store_get_db (store));
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = "
                                           "'trigger' AND name LIKE '%history%'", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP TRIGGER \"%s\"",
                                              (const char *) names->pdata[i]);

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
}

/* The three imports into a new register; seconds of each, wall and processor. */
static void
run_three (const char *dir,
           const char *name,
           gboolean    history,
           const char *const *paths,
           double     *wall,
           double     *cpu)
{
  static const char *const what[] = {
    "GBK CSV into an empty register:  ",
    "GBK CSV, next month, updating:   ",
    "XLSX, the same month again:      ",
  };
  g_autofree char *db = gt_pg_db_is_url (name) ? g_strdup (name)
                                                : g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (db, &error);

  g_assert_no_error (error);
  server_pid = 0;
  if (gt_pg_db_is_url (name))
    find_server_pid (store);
  if (!history)
    drop_history (store);
  for (int i = 0; i < 3; i++)
    {
      wall[i] = import (store, paths[i], &cpu[i]);
      g_print ("%s%.3f s (%s %.3f s)\n", what[i], wall[i],
               server_pid != 0 ? "server's processor" : "processor", cpu[i]);
      if (history)
        {
          g_autoptr(GPtrArray) entries = gt_history_list (store, 0, 0, 0, &error);

          g_assert_no_error (error);
          g_print ("  change history: %u entries in all\n", entries->len);
        }
    }
}

/* The server's database as it was given: empty. */
static void
empty_server (const char *url)
{
  g_autoptr(GError) error = NULL;
  GtDb *db = gt_pg_db_connect (url, &error);

  if (db == NULL || !gt_pg_db_exec_script (db, "DROP SCHEMA public CASCADE;"
                                               "CREATE SCHEMA public;", &error))
    g_error ("%s", error->message);
  gt_db_close (db);
}

/* The register bench-startup builds, written to @location; seconds, and in
 * *@cpu the processor's (the server's backend's on a server). */
static double
write_demo (const char *location,
            double     *cpu)
{
  static const GtDemoSize size = { .projects = 5000, .issues = 50000, .reports = 60000,
                                   .seed = 7 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu_start;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_MAY, 2023);
  store = gt_store_open (location, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  server_pid = 0;
  if (gt_pg_db_is_url (location))
    find_server_pid (store);
  cpu_start = processor_seconds ();
  if (!gt_demo_populate (store, &size, &today, &error))
    g_error ("%s", error->message);
  *cpu = processor_seconds () - cpu_start;
  g_clear_object (&store);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
print_ratio (double      wall[2][3],
             double      cpu[2][3],
             const char *processor)
{
  double sums[2][2] = { { 0, } };

  for (int k = 0; k < 2; k++)
    for (int i = 0; i < 3; i++)
      {
        sums[k][0] += wall[k][i];
        sums[k][1] += cpu[k][i];
      }
  g_print ("The history costs the three imports %+.1f %% (wall clock), %+.1f %% (%s)\n",
           100 * (sums[0][0] / sums[1][0] - 1), 100 * (sums[0][1] / sums[1][1] - 1),
           processor);
}

int
main (int   argc,
      char *argv[])
{
  const char *only = argc > 1 ? argv[1] : NULL;
  g_autofree char *dir = gt_test_make_dir ();
  g_auto(GStrv) march = make_rows (3, 0);
  g_auto(GStrv) april = make_rows (4, 7);
  g_autofree char *march_csv = gt_test_write_csv (dir, "march.csv", (const char *const *) march,
                                                  "GB18030", FALSE);
  g_autofree char *april_csv = gt_test_write_csv (dir, "april.csv", (const char *const *) april,
                                                  "GB18030", FALSE);
  const GtTestSheet sheets[] = { { "台账", (const char *const *) april } };
  g_autofree char *april_xlsx = gt_test_write_xlsx (dir, "april.xlsx", sheets, 1);
  const char *const paths[] = { march_csv, april_csv, april_xlsx };
  const char *server = g_getenv ("GUATU_BENCH_SERVER_URL");
  double wall[2][3], cpu[2][3];

  setlocale (LC_ALL, "");
  if (only != NULL && g_str_has_prefix (only, "server"))
    {
      if (server == NULL)
        g_error ("GUATU_BENCH_SERVER_URL names no server");
      empty_server (server);
      if (g_str_equal (only, "server-demo"))
        {
          g_autofree char *file = g_build_filename (dir, "demo.db", NULL);
          double file_cpu, server_cpu;
          double on_file = write_demo (file, &file_cpu);
          double on_server = write_demo (server, &server_cpu);

          g_print ("The 5,000-project demo register written to a file in %.2f s "
                   "(processor %.2f s), to the server in %.2f s (%.1f×; the server's "
                   "processor %.2f s)\n", on_file, file_cpu, on_server, on_server / on_file,
                   server_cpu);
        }
      else
        {
          g_print ("Import of a %d-row ledger onto the server:\n", N_ROWS);
          run_three (dir, server, TRUE, paths, wall[0], cpu[0]);
          empty_server (server);
          g_print ("The same without the change history:\n");
          run_three (dir, server, FALSE, paths, wall[1], cpu[1]);
          print_ratio (wall, cpu, "the server's processor");
        }
      empty_server (server);
      gt_test_remove_tree (dir);
      return 0;
    }
  g_print ("Import of a %d-row ledger (target ≤ 1 s each):\n", N_ROWS);
  if (only == NULL || g_str_equal (only, "with"))
    run_three (dir, "bench.db", TRUE, paths, wall[0], cpu[0]);
  g_print ("The same without the change history:\n");
  if (only == NULL || g_str_equal (only, "without"))
    run_three (dir, "bare.db", FALSE, paths, wall[1], cpu[1]);
  if (only != NULL)
    {
      gt_test_remove_tree (dir);
      return 0;
    }
  print_ratio (wall, cpu, "processor");

  gt_test_remove_tree (dir);
  return 0;
}
