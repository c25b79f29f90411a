/* test-export-progress.c: a long export reports its progress and stops when
 * cancelled, leaving neither the file nor its temporary (issue 19, item 14).
 *
 * Each writer is run as the window's worker runs it: the job prepared (the
 * store read) first, then written from another thread with a monitor.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "gt-export-job.h"
#include "gt-slides-export.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  GtStore *store;
} Fixture;

typedef struct {
  GArray       *fractions;     /* of double */
  GCancellable *cancellable;
  double        cancel_at;     /* cancel once a fraction reaches it; > 1: never */
  GThread      *thread;        /* where the progress was reported from */
} Recorder;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  f->dir = gt_test_make_dir ();
  f->store = gt_test_open_demo (f->dir, &today);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
record_cb (double   fraction,
           gpointer data)
{
  Recorder *recorder = data;

  recorder->thread = g_thread_self ();
  g_array_append_val (recorder->fractions, fraction);
  if (fraction >= recorder->cancel_at)
    g_cancellable_cancel (recorder->cancellable);
}

/* The names in @dir, sorted. */
static GPtrArray *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  return names;
}

typedef enum {
  WRITE_JOB,
  WRITE_SLIDES,
} WriteKind;

typedef struct {
  WriteKind       kind;
  GtExportJob    *job;
  GtSlideDeck    *deck;
  GtExportFormat  format;
  const char     *path;
  GtExportMonitor monitor;
  gboolean        ok;
  GError         *error;
} Write;

static gpointer
write_thread (gpointer data)
{
  Write *w = data;

  if (w->kind == WRITE_SLIDES)
    w->ok = gt_export_write_slides_full (w->deck, FALSE, NULL, w->path, &w->monitor, &w->error);
  else
    w->ok = gt_export_job_write (w->job, w->format, w->path, 1190.55, 841.89, &w->monitor,
                                 &w->error);
  return NULL;
}

/* Writes @format (a slide deck for WRITE_SLIDES) to @path in a thread of its
 * own, cancelling at @cancel_at; the fractions reported in @recorder. */
static gboolean
write_in_thread (Fixture        *f,
                 WriteKind       kind,
                 GtExportFormat  format,
                 const char     *path,
                 Recorder       *recorder,
                 GError        **error)
{
  g_autoptr(GtExportJob) job = NULL;
  g_autoptr(GtSlideDeck) deck = NULL;
  Write w = { kind, NULL, NULL, format, path, { recorder->cancellable, record_cb, recorder } };
  GtExportJobOptions options;
  GThread *thread;

  gt_export_job_options_init (&options);
  options.zoom = GT_GANTT_ZOOM_WEEK;   /* the long one: many pages */
  if (kind == WRITE_SLIDES)
    {
      deck = gt_slide_deck_new_for_office (f->store, 2026, 10, NULL, 16.0 / 9.0, error);
      g_assert_nonnull (deck);
      w.deck = deck;
    }
  else
    {
      GtExportChart chart = format == GT_EXPORT_FORMAT_XLSX || format == GT_EXPORT_FORMAT_CSV
                            ? GT_EXPORT_CHART_REGISTER : GT_EXPORT_CHART_GANTT;

      job = gt_export_job_new (f->store, chart, &options);
      /* Everything from the store here, in the store's thread. */
      g_assert_true (gt_export_job_prepare (job, error));
      w.job = job;
    }
  thread = g_thread_new ("export", write_thread, &w);
  g_thread_join (thread);
  /* Reported from the writing thread, not marshalled by the writer. */
  g_assert_true (recorder->fractions->len == 0 || recorder->thread == thread);
  if (w.error != NULL)
    g_propagate_error (error, w.error);
  return w.ok;
}

static void
recorder_init (Recorder *recorder,
               double    cancel_at)
{
  recorder->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  recorder->cancellable = g_cancellable_new ();
  recorder->cancel_at = cancel_at;
  recorder->thread = NULL;
}

static void
recorder_clear (Recorder *recorder)
{
  g_array_unref (recorder->fractions);
  g_object_unref (recorder->cancellable);
}

static const struct {
  WriteKind      kind;
  GtExportFormat format;
  const char    *name;
  const char    *magic;
} outputs[] = {
  { WRITE_JOB, GT_EXPORT_FORMAT_PDF, "wall.pdf", "%PDF-" },
  { WRITE_JOB, GT_EXPORT_FORMAT_PNG, "wall.png", "\x89PNG" },
  { WRITE_JOB, GT_EXPORT_FORMAT_XLSX, "register.xlsx", "PK" },
  { WRITE_JOB, GT_EXPORT_FORMAT_CSV, "register.csv", "\xEF\xBB\xBF" },
  { WRITE_SLIDES, GT_EXPORT_FORMAT_PDF, "slides.pdf", "%PDF-" },
};

/* Every writer's fractions run from 0 up to 1, never back, and the file is
 * whole. */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *out = g_build_filename (f->dir, "out", NULL);
      g_autofree char *path = g_build_filename (out, outputs[i].name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      Recorder recorder;
      double last = 0;

      g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
      recorder_init (&recorder, 2.0);
      g_assert_true (write_in_thread (f, outputs[i].kind, outputs[i].format, path, &recorder,
                                      &error));
      g_assert_no_error (error);
      g_test_message ("%s: %u reports", outputs[i].name, recorder.fractions->len);
      g_assert_cmpuint (recorder.fractions->len, >=, 2);
      for (guint n = 0; n < recorder.fractions->len; n++)
        {
          double fraction = g_array_index (recorder.fractions, double, n);

          g_assert_cmpfloat (fraction, >=, last);
          g_assert_cmpfloat (fraction, <=, 1.0);
          last = fraction;
        }
      g_assert_cmpfloat (g_array_index (recorder.fractions, double, 0), <, 0.5);
      g_assert_cmpfloat (last, ==, 1.0);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (memcmp (contents, outputs[i].magic, strlen (outputs[i].magic)) == 0);
      recorder_clear (&recorder);
      gt_test_remove_tree (out);
    }
}

/* Cancelled halfway, each writer stops with G_IO_ERROR_CANCELLED: no file
 * where there was none, the old file as it was where there was one, and no
 * temporary (.NAME.XXXXXX) in the folder either way. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    for (guint old = 0; old < 2; old++)
      {
        g_autofree char *out = g_build_filename (f->dir, "out", NULL);
        g_autofree char *path = g_build_filename (out, outputs[i].name, NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) names = NULL;
        Recorder recorder;

        g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
        if (old)
          g_assert_true (g_file_set_contents (path, "old", -1, NULL));
        /* At the first report: every writer makes its temporary before its
         * second. */
        recorder_init (&recorder, 0.0);
        g_assert_false (write_in_thread (f, outputs[i].kind, outputs[i].format, path,
                                         &recorder, &error));
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
        names = list_dir (out);
        if (old)
          {
            g_autofree char *contents = NULL;

            g_assert_cmpuint (names->len, ==, 1);
            g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
            g_assert_cmpstr (contents, ==, "old");
          }
        else
          {
            if (names->len > 0)
              g_test_message ("left behind: %s", (char *) names->pdata[0]);
            g_assert_cmpuint (names->len, ==, 0);
          }
        recorder_clear (&recorder);
        gt_test_remove_tree (out);
      }
}

/* Cancelled before it starts, nothing is opened at all. */
static void
test_cancel_before (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "never.pdf", NULL);
  g_autoptr(GError) error = NULL;
  Recorder recorder;

  recorder_init (&recorder, 2.0);
  g_cancellable_cancel (recorder.cancellable);
  g_assert_false (write_in_thread (f, WRITE_JOB, GT_EXPORT_FORMAT_PDF, path, &recorder,
                                   &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  recorder_clear (&recorder);
}

/* The window's rows are copied when the job is made, names and milestones
 * too: the window may rebuild (and free) its rows while the job waits for the
 * print dialog or runs in its thread. */
static void
test_rows_copied (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "wall.pdf", NULL);
  char *name = g_strdup ("城东污水处理厂");
  char *node = g_strdup ("开工");
  GtGanttMilestone milestone = { node, { 0 }, { 0 }, FALSE };
  GtGanttRow row = { 0 };
  GtGanttOptions gantt_options;
  g_autoptr(GtExportJob) job = NULL;
  g_autoptr(GError) error = NULL;
  GtExportJobOptions options;
  const GtGanttRow *rows;
  guint n_rows;

  g_date_clear (&milestone.planned_start, 1);
  g_date_clear (&milestone.planned_end, 1);
  g_date_set_dmy (&milestone.planned_start, 1, 3, 2026);
  milestone.planned_end = milestone.planned_start;
  row.kind = GT_GANTT_ROW_PROJECT;
  row.label = name;
  row.milestones = &milestone;
  row.n_milestones = 1;
  row.id = 1;
  g_date_clear (&row.planned_start, 4);
  g_date_set_dmy (&row.planned_start, 1, 1, 2026);
  g_date_set_dmy (&row.planned_end, 31, 12, 2026);
  gt_gantt_options_init (&gantt_options, GT_GANTT_ZOOM_MONTH);
  gt_gantt_options_fit_range (&gantt_options, &row, 1);

  gt_export_job_options_init (&options);
  options.gantt_rows = &row;
  options.n_gantt_rows = 1;
  options.gantt_options = &gantt_options;
  job = gt_export_job_new (f->store, GT_EXPORT_CHART_GANTT, &options);

  /* The window's rows go. */
  memset (name, 'X', strlen (name));
  memset (node, 'X', strlen (node));
  g_free (name);
  g_free (node);
  memset (&row, 0, sizeof row);
  memset (&gantt_options, 0, sizeof gantt_options);

  rows = gt_export_job_get_gantt_rows (job, &n_rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_cmpstr (rows[0].label, ==, "城东污水处理厂");
  g_assert_cmpuint (rows[0].n_milestones, ==, 1);
  g_assert_cmpstr (rows[0].milestones[0].name, ==, "开工");
  g_assert_true (gt_export_job_write (job, GT_EXPORT_FORMAT_PDF, path, 1190.55, 841.89, NULL,
                                      &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export-progress/progress", Fixture, NULL, fixture_set_up, test_progress,
              fixture_tear_down);
  g_test_add ("/export-progress/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);
  g_test_add ("/export-progress/cancel-before", Fixture, NULL, fixture_set_up,
              test_cancel_before, fixture_tear_down);
  g_test_add ("/export-progress/rows-copied", Fixture, NULL, fixture_set_up, test_rows_copied,
              fixture_tear_down);
  return g_test_run ();
}
