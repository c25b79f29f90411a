/* test-gantt-approvals.c: the wall chart's key to the approvals' (审批手续)
 * triangles, printed only when the chart shows some.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-gantt-renderer.h"
#include "gt-test-util.h"

#define KEY "Approval due: hollow until given, filled once given"

enum {
  NODE_BUILD,      /* a schedule node: a diamond, keyed whatever the rows */
  NODE_APPROVAL,   /* 施工许可, due in May */
  N_NODES
};

typedef struct {
  GtGanttOptions   opts;
  GtGanttRow       rows[2];
  GtGanttMilestone nodes[N_NODES];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtGanttRow *project = &f->rows[1];

  memset (f, 0, sizeof *f);
  gt_gantt_options_init (&f->opts, GT_GANTT_ZOOM_MONTH);
  f->opts.start = gt_test_date (2026, 1, 1);
  f->opts.end = gt_test_date (2026, 12, 31);
  f->opts.today = gt_test_date (2026, 6, 30);
  f->opts.day_width = 2;
  f->opts.leader_width = 0;
  f->opts.unit_width = 0;
  f->opts.scale = 0.75;

  f->rows[0].kind = GT_GANTT_ROW_GROUP;
  f->rows[0].label = "城关镇";
  f->rows[0].status = GT_GANTT_STATUS_NONE;
  project->kind = GT_GANTT_ROW_PROJECT;
  project->label = "县人民医院新院区";
  project->id = 1;
  project->status = GT_GANTT_STATUS_GREEN;
  project->planned_start = gt_test_date (2026, 1, 1);
  project->planned_end = gt_test_date (2026, 12, 31);
  f->nodes[NODE_BUILD].name = "主体完工";
  f->nodes[NODE_BUILD].planned_end = gt_test_date (2026, 10, 31);
  f->nodes[NODE_APPROVAL].name = "施工许可";
  f->nodes[NODE_APPROVAL].planned_end = gt_test_date (2026, 5, 15);
  f->nodes[NODE_APPROVAL].approval = TRUE;
  project->milestones = f->nodes;
  project->n_milestones = N_NODES;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
}

/* The chart with its legend under it, as a PDF page; pdftotext's reading. */
static char *
printed_text (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-gantt-approvals-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", NULL, "-", NULL };
  double top = gt_gantt_content_height (&f->opts, G_N_ELEMENTS (f->rows)) + 20;
  double width = ceil (gt_gantt_content_width (&f->opts));
  cairo_surface_t *surface;
  cairo_t *cr;
  char *out = NULL;
  int status = -1;

  g_assert_no_error (error);
  pdf = g_build_filename (dir, "chart.pdf", NULL);
  surface = cairo_pdf_surface_create (pdf, width,
                                      ceil (top + gt_gantt_legend_height (&f->opts, width)));
  cr = cairo_create (surface);
  gt_gantt_renderer_draw (&f->opts, f->rows, G_N_ELEMENTS (f->rows), cr, width, top - 20, 0,
                          0);
  cairo_translate (cr, 0, top);
  gt_gantt_renderer_draw_legend (&f->opts, cr, width);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  argv[3] = pdf;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_unlink (pdf);
  g_rmdir (dir);
  g_test_message ("pdftotext: %s", out);
  return out;
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils (pdftotext) is not installed");
  return path != NULL;
}

/* An approval due within the chart's months: its key under the chart. */
static void
test_shown (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *text = NULL;

  gt_gantt_options_note_approvals (&f->opts, f->rows, G_N_ELEMENTS (f->rows));
  g_assert_true (f->opts.approvals);
  if (!have_pdftotext ())
    return;
  text = printed_text (f);
  g_assert_nonnull (strstr (text, "Milestone reached"));
  g_assert_nonnull (strstr (text, KEY));
}

/* Nodes only: no key to triangles there are none of. */
static void
test_none (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *text = NULL;

  f->nodes[NODE_APPROVAL].approval = FALSE;
  f->opts.approvals = TRUE;   /* what a previous set of rows left */
  gt_gantt_options_note_approvals (&f->opts, f->rows, G_N_ELEMENTS (f->rows));
  g_assert_false (f->opts.approvals);
  if (!have_pdftotext ())
    return;
  text = printed_text (f);
  g_assert_nonnull (strstr (text, "Milestone reached"));
  g_assert_null (strstr (text, "Approval due"));
}

/* An approval due after the chart's last month is not on it: no key; nor one
 * on a group's row, which draws none. */
static void
test_out_of_range (Fixture       *f,
                   gconstpointer  data)
{
  f->nodes[NODE_APPROVAL].planned_end = gt_test_date (2027, 2, 1);
  gt_gantt_options_note_approvals (&f->opts, f->rows, G_N_ELEMENTS (f->rows));
  g_assert_false (f->opts.approvals);

  f->nodes[NODE_APPROVAL].planned_end = gt_test_date (2026, 12, 31);
  gt_gantt_options_note_approvals (&f->opts, f->rows, G_N_ELEMENTS (f->rows));
  g_assert_true (f->opts.approvals);

  f->rows[0].milestones = f->rows[1].milestones;
  f->rows[0].n_milestones = f->rows[1].n_milestones;
  f->rows[1].n_milestones = 0;
  gt_gantt_options_note_approvals (&f->opts, f->rows, G_N_ELEMENTS (f->rows));
  g_assert_false (f->opts.approvals);
}

int
main (int   argc,
      char *argv[])
{
  /* The English key: what is read back is the msgid. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/gantt/approvals/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("shown", test_shown);
  ADD ("none", test_none);
  ADD ("out-of-range", test_out_of_range);
#undef ADD

  return g_test_run ();
}
