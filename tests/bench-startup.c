/* bench-startup.c: start-up, memory and filtering speed at county scale × 80.
 *
 * Builds a register of 5,000 projects, 50,000 issues and 60,000 monthly reports,
 * then starts three children of this same program, several times each:
 *   --bare: an AdwApplicationWindow with nothing in it, the floor for any GNOME app;
 *   --app:  Guatu's own window on that register, Projects page showing;
 *   --reference: GTK alone for the table Guatu's first frame shows (a header bar
 *           over a column view of 22 rows of 11 Chinese labels, no data), to
 *           tell what any GTK 4.8 program pays for such a page from Guatu's own
 *           cost.
 *
 * Each child reports the time from just before it was spawned to its window's first
 * painted frame, and its peak memory (ru_maxrss) then. Once the work Guatu leaves
 * for after that frame is done, it reports its peak memory again, then types into
 * the search entry and times how long each keystroke's re-filter of 5,000 rows
 * takes. Prints the figures and their ratios against the targets; it asserts
 * nothing, since timings belong in a report, not in a test that can flake.
 *
 * The children run in Chinese (LANGUAGE=zh_CN) unless LANGUAGE is set.
 *
 * With GUATU_BENCH_SERVER_URL (postgresql://…, an empty database), the same
 * register is built there too, and Guatu's window is timed on it as well: the
 * first frame from a local server against the same from a file.
 *
 * Run under a display: xvfb-run -a _build/tests/bench-startup [RUNS]
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "gt-application.h"
#include "gt-demo.h"
#include "gt-projects-view.h"
#include "gt-window.h"

static gint64 spawned_at;          /* monotonic µs, passed by the parent */
static const char *database_path;
static gboolean frame_seen;

/* ---- child side --------------------------------------------------------- */

static void
print_filter_figures (GtWindow *window)
{
  GtProjectsView *view = GT_PROJECTS_VIEW (gt_window_get_page (window, "projects"));
  /* A person typing a place name, one character at a time, then deleting it. */
  static const char * const keystrokes[] = {
    "县", "县城", "县城区", "县城区污", "县城区", "县城", "县", "",
    "年", "年产", "年产5", "年产5万", "年产5", "年产", "年", "",
    "工", "工程", "工", "", "二", "二期", "二", "",
  };
  double times[G_N_ELEMENTS (keystrokes)];
  double total = 0, worst = 0;

  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      gint64 start = g_get_monotonic_time ();

      gt_projects_view_set_search_text (view, keystrokes[i]);
      (void) gt_projects_view_get_n_visible (view);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      total += times[i];
      worst = MAX (worst, times[i]);
    }

  g_print ("filter %.3f %.3f %u\n", total / G_N_ELEMENTS (keystrokes), worst,
           g_list_model_get_n_items (gt_store_get_projects (gt_window_get_store (window))));
}

/* Once the work a window leaves for after its first frame is done too (the
 * rest of the list's rows, the lights, the folded search text): the memory
 * then, and the speed of filtering as someone would type. */
static gboolean
settled_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  g_print ("settled %.3f %ld\n", (g_get_monotonic_time () - spawned_at) / 1000.0,
           usage.ru_maxrss);
  if (GT_IS_WINDOW (window))
    print_filter_figures (GT_WINDOW (window));

  g_application_quit (g_application_get_default ());
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  struct rusage usage;
  gint64 elapsed;

  if (frame_seen)
    return;
  frame_seen = TRUE;

  elapsed = g_get_monotonic_time () - spawned_at;
  getrusage (RUSAGE_SELF, &usage);
  g_print ("startup %.3f %ld\n", elapsed / 1000.0, usage.ru_maxrss);

  g_idle_add_full (G_PRIORITY_LOW, settled_cb, window, NULL);
}

/* Connected as the window is realized, before any of its widgets is mapped: a
 * widget that defers work to after the first frame connects to "after-paint"
 * when mapped, so this handler runs first and times the frame itself. */
static void
window_realize_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_connect_after (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}

static void
bare_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

/* The reference: GTK's own cost for what the Projects page shows first, a
 * header bar over a GtkColumnView of 22 rows of 11 label cells in Chinese, as
 * many as Guatu builds for the first frame of an 800-pixel window; no data, no
 * filters, nothing else. */
static const char * const reference_texts[] = {
  "清河经济开发区年产15万吨食品精深加工项目", "县级", "在建", "● 绿灯", "清河经济开发区",
  "刘海涛", "县工业和信息化局", "5,400.00", "2,690.00", "2,017.00", "75.0%",
};

static void
reference_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  column)
{
  GtkWidget *label = gtk_label_new (reference_texts[GPOINTER_TO_UINT (column)]);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
reference_activate_cb (GtkApplication *app)
{
  static const int widths[G_N_ELEMENTS (reference_texts)] = {
    -1, 64, 76, 72, 104, 76, 130, 112, 112, 112, 120,
  };
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  GtkWidget *list;

  for (guint i = 0; i < 22; i++)
    gtk_string_list_append (rows, "");
  list = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (
                                G_LIST_MODEL (g_steal_pointer (&rows)))));
  for (guint i = 0; i < G_N_ELEMENTS (reference_texts); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (reference_setup_cb), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new ("列标题", factory);
      if (widths[i] > 0)
        gtk_column_view_column_set_fixed_width (column, widths[i]);
      else
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (list), column);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

typedef enum {
  CHILD_BARE,
  CHILD_REFERENCE,
  CHILD_GUATU,
} ChildKind;

static int
run_child (ChildKind kind)
{
  g_autoptr(GtkApplication) app = NULL;
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  /* As guatu's main() does, in both children alike. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (kind != CHILD_GUATU)
    {
      app = GTK_APPLICATION (adw_application_new ("io.github.guatu.BenchBare",
                                                  G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate",
                        kind == CHILD_BARE ? G_CALLBACK (bare_activate_cb)
                                           : G_CALLBACK (reference_activate_cb), NULL);
    }
  else
    {
      g_autoptr(GSettings) settings = g_settings_new ("io.github.guatu.Guatu");

      /* What the issue measures: the first frame of the Projects view (the
       * window otherwise opens on the Overview). */
      g_settings_set_string (settings, "last-page", "projects");
      app = GTK_APPLICATION (gt_application_new ());
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      gt_application_set_database (GT_APPLICATION (app), database_path);
    }
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* ---- parent side -------------------------------------------------------- */

typedef struct {
  double ms;
  long   maxrss_kb;
  double settled_ms;
  long   settled_maxrss_kb;
  double filter_mean_ms;
  double filter_worst_ms;
} ChildFigures;

static gboolean
spawn_child (const char   *self_path,
             const char   *mode,
             const char   *db,
             ChildFigures *figures)
{
  g_autofree char *stdout_text = NULL;
  g_autofree char *start = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  start = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  {
    const char *argv[] = { self_path, mode, start, db, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                       &stdout_text, NULL, &status, &error) ||
        !g_spawn_check_wait_status (status, &error))
      {
        g_printerr ("bench: %s child failed: %s\n", mode, error->message);
        return FALSE;
      }
  }

  memset (figures, 0, sizeof *figures);
  lines = g_strsplit (stdout_text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "startup "))
        sscanf (lines[i], "startup %lf %ld", &figures->ms, &figures->maxrss_kb);
      else if (g_str_has_prefix (lines[i], "settled "))
        sscanf (lines[i], "settled %lf %ld", &figures->settled_ms, &figures->settled_maxrss_kb);
      else if (g_str_has_prefix (lines[i], "filter "))
        sscanf (lines[i], "filter %lf %lf", &figures->filter_mean_ms,
                &figures->filter_worst_ms);
    }

  return figures->ms > 0;
}

static int
compare_figures (gconstpointer a,
                 gconstpointer b)
{
  double x = ((const ChildFigures *) a)->ms, y = ((const ChildFigures *) b)->ms;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *self_path = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  GtDemoSize size = { .projects = 5000, .issues = 50000, .reports = 60000, .seed = 7 };
  guint runs = 5;
  ChildFigures *app, *bare, *reference, *server = NULL;
  const char *server_url;
  gint64 start;

  if (argc == 4 && (g_str_equal (argv[1], "--app") || g_str_equal (argv[1], "--bare") ||
                    g_str_equal (argv[1], "--reference")))
    {
      spawned_at = g_ascii_strtoll (argv[2], NULL, 10);
      database_path = argv[3];
      return run_child (g_str_equal (argv[1], "--bare") ? CHILD_BARE :
                        g_str_equal (argv[1], "--reference") ? CHILD_REFERENCE : CHILD_GUATU);
    }
  if (argc > 1)
    runs = MAX (1, atoi (argv[1]));

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  /* In Chinese, as the office sees it, unless asked otherwise (LANGUAGE=C for
   * English); the catalogues of the build tree beside this program. */
  if (g_getenv ("LANGUAGE") == NULL)
    {
      g_setenv ("LANGUAGE", "zh_CN", TRUE);
      g_setenv ("LANG", "C.UTF-8", TRUE);
      g_unsetenv ("LC_ALL");
    }
  if (g_getenv ("GUATU_LOCALEDIR") == NULL)
    {
      g_autofree char *tests_dir = g_path_get_dirname (self_path);
      g_autofree char *po_dir = g_build_filename (tests_dir, "..", "po", NULL);

      g_setenv ("GUATU_LOCALEDIR", po_dir, TRUE);
    }

  dir = g_dir_make_tmp ("guatu-bench-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "bench.db", NULL);

  start = g_get_monotonic_time ();
  store = gt_store_open (db, &error);
  if (store == NULL || !gt_demo_populate (store, &size, today, &error))
    {
      g_printerr ("bench: could not build the register: %s\n", error->message);
      return 1;
    }
  g_clear_object (&store);
  g_print ("register: %u projects, %u issues, %u monthly reports, built in %.2f s\n",
           size.projects, size.issues, size.reports,
           (g_get_monotonic_time () - start) / 1e6);

  server_url = g_getenv ("GUATU_BENCH_SERVER_URL");
  if (server_url != NULL)
    {
      start = g_get_monotonic_time ();
      store = gt_store_open (server_url, &error);
      if (store == NULL || !gt_demo_populate (store, &size, today, &error))
        {
          g_printerr ("bench: could not build the register on the server: %s\n",
                      error->message);
          return 1;
        }
      g_clear_object (&store);
      g_print ("the same on the server, built in %.2f s\n",
               (g_get_monotonic_time () - start) / 1e6);
      server = g_new0 (ChildFigures, runs);
    }

  app = g_new0 (ChildFigures, runs);
  bare = g_new0 (ChildFigures, runs);
  reference = g_new0 (ChildFigures, runs);
  /* Interleaved, so that a busy moment of the machine hits all alike. */
  for (guint i = 0; i < runs; i++)
    {
      if (!spawn_child (self_path, "--bare", db, &bare[i]) ||
          !spawn_child (self_path, "--app", db, &app[i]) ||
          !spawn_child (self_path, "--reference", db, &reference[i]) ||
          (server != NULL && !spawn_child (self_path, "--app", server_url, &server[i])))
        return 1;
    }
  if (server != NULL)
    qsort (server, runs, sizeof *server, compare_figures);
  qsort (app, runs, sizeof *app, compare_figures);
  qsort (bare, runs, sizeof *bare, compare_figures);
  qsort (reference, runs, sizeof *reference, compare_figures);

  {
    ChildFigures *a = &app[runs / 2], *b = &bare[runs / 2];
    double extra_mb = (a->maxrss_kb - b->maxrss_kb) / 1024.0;

    g_print ("start-up to first frame (median of %u): guatu %.1f ms, bare window %.1f ms, "
             "ratio %.2f (target <= 1.30)\n", runs, a->ms, b->ms, a->ms / b->ms);
    g_print ("peak memory: guatu %.1f MB, bare window %.1f MB, extra %.1f MB "
             "(target <= 40 MB)\n", a->maxrss_kb / 1024.0, b->maxrss_kb / 1024.0, extra_mb);
    g_print ("for reference, GTK alone: a header bar over a column view of the same 22 rows "
             "of 11 Chinese labels, no data: %.1f ms, ratio %.2f, extra %.1f MB\n",
             reference[runs / 2].ms, reference[runs / 2].ms / b->ms,
             (reference[runs / 2].maxrss_kb - b->maxrss_kb) / 1024.0);
    g_print ("once the list has filled in after the first frame: guatu at %.1f ms, "
             "%.1f MB (bare + %.1f MB)\n", a->settled_ms, a->settled_maxrss_kb / 1024.0,
             (a->settled_maxrss_kb - b->maxrss_kb) / 1024.0);
    g_print ("re-filter of %u projects per keystroke: mean %.2f ms, worst %.2f ms "
             "(target <= 5 ms)\n", size.projects, a->filter_mean_ms, a->filter_worst_ms);
    if (server != NULL)
      g_print ("first frame on the server's register (median of %u): %.1f ms, against "
               "%.1f ms from the file: ratio %.2f (target <= 1.50)\n", runs,
               server[runs / 2].ms, a->ms, server[runs / 2].ms / a->ms);
  }
  g_free (server);

  g_free (app);
  g_free (bare);
  g_free (reference);
  if (g_getenv ("GUATU_BENCH_KEEP") != NULL)
    {
      g_print ("register kept in %s\n", db);
      return 0;
    }
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);

  return 0;
}
