/* test-slides.c: the slides of the monthly meeting, from the demo register and
 * from a county's ledger of 247 projects imported as an office would.
 *
 * Every slide is drawn at 1920×1080 and 1024×768 in both themes onto a
 * recording surface, and what it inked must lie inside the slide's frame; the
 * deck holds what a meeting sits through (title, figures, the localities, the
 * red list, the overdue issues) in at most 30 slides, every project's slides
 * only when asked; no type is under 18 px at 1024×768, measured through the
 * deck's own layout; the PDF, read back with pdftotext, has one page a slide,
 * the red list in its order, a line for each locality with projects and none
 * for one without, and the lights' counts whole. With GUATU_SCREENSHOT_DIR
 * set, each slide is also saved as a PNG to look at.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-slide-deck.h"
#include "gt-slides-export.h"
#include "gt-test-county.h"
#include "gt-test-ledger.h"
#include "gt-test-util.h"

#define EMPTY_LOCALITY "无项目镇"

typedef struct {
  char        *dir;
  GtStore     *store;
  GtSlideDeck *deck;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtSlideDeckOptions options = { "清河县重点项目建设办公室", 16.0 / 9.0,
                                 GPOINTER_TO_INT (data) };
  GDate today;

  f->dir = g_dir_make_tmp ("guatu-slides-XXXXXX", &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  f->store = gt_test_open_demo (f->dir, &today);

  f->deck = gt_slide_deck_new (f->store, 2026, 10, GT_BRIEFING_BY_LOCALITY, NULL, NULL, &today,
                               &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->deck);
}

/* The made-up county's ledger of 2023 (tests/gt-test-county.c) imported by
 * guatu itself, and a township that has no project of the year. */
/* The lights come from the rules: these, stricter than the offices' own,
 * make many of the made-up county's projects red or amber whatever its
 * ledger says of their stages, so that the red list is long. */
static void
county_open (Fixture            *f,
             guint               n_projects,
             int                 month,
             double              amber_points,
             double              red_points,
             int                 amber_months,
             GtSlidesPerProject  per_project)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) rows = NULL;
  g_auto(GStrv) env = NULL;
  g_auto(GtTestRun) run = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *db = NULL;
  g_autoptr(GtUnit) empty = gt_unit_new ();
  GtSlideDeckOptions options = { NULL, 4.0 / 3.0, per_project };
  GtRagRules rules = *gt_rag_rules_default ();
  GtTestCountyFacts facts;
  GDate today;

  f->dir = gt_test_make_dir ();
  rows = gt_test_county_ledger_rows (n_projects, 2023, 3, &facts);
  g_assert_cmpuint (facts.n_projects, ==, n_projects);
  csv = gt_test_write_csv (f->dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  db = g_build_filename (f->dir, "county.db", NULL);
  env = gt_test_cli_environ (f->dir, NULL);
  gt_test_run_guatuv (f->dir, env, &run, "--database", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);

  f->store = gt_store_open (db, &error);
  g_assert_no_error (error);
  gt_unit_set_name (empty, EMPTY_LOCALITY);
  gt_unit_set_kind (empty, GT_UNIT_KIND_TOWNSHIP);
  g_assert_true (gt_store_add_unit (f->store, empty, &error));
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 1, 2023);
  g_date_add_months (&today, month);
  g_date_add_days (&today, 14);
  /* The register's year is the ledger's, as the window would show it. */
  gt_store_set_year (f->store, 2023);
  rules.amber_lag_points = amber_points;
  rules.red_lag_points = red_points;
  rules.amber_start_months = MIN (rules.amber_start_months, amber_months);
  f->deck = gt_slide_deck_new (f->store, 2023, month, GT_BRIEFING_BY_LOCALITY, &rules, NULL,
                               &today, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->deck);
}

static void
county_set_up (Fixture       *f,
               gconstpointer  data)
{
  county_open (f, 247, 3, 5, 12, G_MAXINT, GPOINTER_TO_INT (data));
}

/* A county six times the size, where a project a point behind or not
 * started in its month is amber: more than 30 slides could hold. */
static void
big_county_set_up (Fixture       *f,
                   gconstpointer  data)
{
  county_open (f, 1500, 3, 0.1, 12, 0, GPOINTER_TO_INT (data));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->deck, gt_slide_deck_free);
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static guint
count_kind (GtSlideDeck *deck,
            GtSlideKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < gt_slide_deck_get_n_slides (deck); i++)
    n += gt_slide_deck_get_kind (deck, i) == kind;
  return n;
}

static guint
lagging_lines (const GtBriefing *briefing)
{
  guint n = 0;

  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      for (guint l = 0; l < section->lines->len; l++)
        n += ((GtBriefingLine *) g_ptr_array_index (section->lines, l))->rag != GT_RAG_GREEN;
    }
  return n;
}

/* Title, figures, localities, red list, overdue issues, in that order and
 * nothing else; the lists take one-line rows, as many slides as they need. */
static void
check_lagging_deck (GtSlideDeck *deck)
{
  static const GtSlideKind order[] = {
    GT_SLIDE_TITLE, GT_SLIDE_FIGURES, GT_SLIDE_LOCALITIES, GT_SLIDE_RED_LIST, GT_SLIDE_OVERDUE,
  };
  const GtBriefing *briefing = gt_slide_deck_get_briefing (deck);
  guint n = gt_slide_deck_get_n_slides (deck);
  guint next = 0;

  g_assert_cmpuint (n, <=, GT_SLIDE_DECK_MAX_SLIDES);
  for (guint i = 0; i < n; i++)
    {
      GtSlideKind kind = gt_slide_deck_get_kind (deck, i);

      g_assert_nonnull (gt_slide_deck_get_title (deck, i));
      while (next < G_N_ELEMENTS (order) && order[next] != kind)
        next++;
      g_assert_cmpuint (next, <, G_N_ELEMENTS (order));
    }
  g_assert_cmpuint (count_kind (deck, GT_SLIDE_TITLE), ==, 1);
  g_assert_cmpuint (count_kind (deck, GT_SLIDE_FIGURES), ==, 1);
  g_assert_cmpuint (count_kind (deck, GT_SLIDE_LOCALITIES), >=, 1);
  g_assert_cmpuint (count_kind (deck, GT_SLIDE_RED_LIST), >=, 1);
  g_assert_cmpuint (count_kind (deck, GT_SLIDE_OVERDUE), >=, 1);
  /* Sixteen lines of the red list hold more than one slide: some are lagging. */
  g_assert_cmpuint (count_kind (deck, GT_SLIDE_RED_LIST), <=,
                    MAX (1, (lagging_lines (briefing) + 12) / 13));
}

static void
test_demo_lagging (Fixture       *f,
                   gconstpointer  data)
{
  check_lagging_deck (f->deck);
  g_assert_cmpuint (count_kind (f->deck, GT_SLIDE_SECTION), ==, 0);
  g_assert_cmpuint (count_kind (f->deck, GT_SLIDE_GANTT), ==, 0);
}

/* Asked for, every project has its line on a slide of its locality, and the
 * red and amber ones are on the wall chart. */
static void
test_demo_all (Fixture       *f,
               gconstpointer  data)
{
  const GtBriefing *briefing = gt_slide_deck_get_briefing (f->deck);
  guint sections = 0;

  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      sections += MAX (1, (section->lines->len + 6) / 7);
    }
  g_assert_cmpuint (count_kind (f->deck, GT_SLIDE_SECTION), ==, sections);
  g_assert_cmpuint (count_kind (f->deck, GT_SLIDE_GANTT), >=, briefing->lagging->len > 0);
  g_assert_cmpuint (count_kind (f->deck, GT_SLIDE_RED_LIST), >=, 1);
}

static void
save_png (cairo_surface_t *recording,
          double           width,
          double           height,
          const char      *name)
{
  const char *dir = g_getenv ("GUATU_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  cairo_surface_t *image;
  cairo_t *cr;

  if (dir == NULL)
    return;
  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (image);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (image, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (image);
}

static void
check_inside (Fixture *f,
              double   width,
              double   height,
              gboolean dark)
{
  gt_slide_deck_set_aspect (f->deck, width / height);

  for (guint i = 0; i < gt_slide_deck_get_n_slides (f->deck); i++)
    {
      /* Unbounded, so that ink outside the area would be recorded, not cut. */
      cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                                   NULL);
      cairo_t *cr = cairo_create (recording);
      double x, y, w, h;

      gt_slide_deck_draw (f->deck, i, cr, width, height, dark, TRUE);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, width);
      g_assert_cmpfloat (y + h, <=, height);

      if (i < 12 || i == gt_slide_deck_get_n_slides (f->deck) - 1)
        {
          g_autofree char *name = g_strdup_printf ("slide-%dx%d-%s-%02u.png", (int) width,
                                                   (int) height, dark ? "dark" : "light", i);

          save_png (recording, width, height, name);
        }
      cairo_surface_destroy (recording);
    }
}

static void
test_inside_16_9 (Fixture       *f,
                  gconstpointer  data)
{
  check_inside (f, 1920, 1080, FALSE);
  check_inside (f, 1920, 1080, TRUE);
}

static void
test_inside_4_3 (Fixture       *f,
                 gconstpointer  data)
{
  check_inside (f, 1024, 768, FALSE);
  check_inside (f, 1024, 768, TRUE);
}

/* A 16:9 deck drawn into a 4:3 window is letterboxed, not cut. */
static void
test_letterbox (Fixture       *f,
                gconstpointer  data)
{
  cairo_rectangle_t frame;

  gt_slide_deck_set_aspect (f->deck, 16.0 / 9.0);
  gt_slide_deck_get_frame (f->deck, 1024, 768, &frame);
  g_assert_cmpfloat_with_epsilon (frame.x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (frame.width, 1024, 1e-9);
  g_assert_cmpfloat_with_epsilon (frame.height, 576, 1e-9);
  g_assert_cmpfloat_with_epsilon (frame.y, 96, 1e-9);
}

/* No type under 18 px on a 1024×768 projector, on any slide; and the same
 * slide letterboxed 16:9 in that screen would be smaller, so the measure
 * does see the size it is drawn at. */
static void
test_min_text (Fixture       *f,
               gconstpointer  data)
{
  double least = G_MAXDOUBLE;

  gt_slide_deck_set_aspect (f->deck, 4.0 / 3.0);
  for (guint i = 0; i < gt_slide_deck_get_n_slides (f->deck); i++)
    {
      double size = gt_slide_deck_measure_text (f->deck, i, 1024, 768);

      if (size < 18.0)
        g_test_message ("slide %u (%s): %.1f px", i + 1, gt_slide_deck_get_title (f->deck, i),
                        size);
      g_assert_cmpfloat (size, >=, 18.0);
      least = MIN (least, size);
    }
  g_test_message ("%u slides, the least type %.1f px at 1024×768",
                  gt_slide_deck_get_n_slides (f->deck), least);

  gt_slide_deck_set_aspect (f->deck, 16.0 / 9.0);
  g_assert_cmpfloat (gt_slide_deck_measure_text (f->deck, 1, 1024, 768), <, least);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
write_pdf (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *pdf = g_build_filename (f->dir, "slides.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *pages = NULL;

  g_assert_true (gt_export_write_slides (f->deck, FALSE, gt_store_get_path (f->store), pdf,
                                         &error));
  g_assert_no_error (error);
  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  pages = g_strdup_printf ("Pages:           %u\n", gt_slide_deck_get_n_slides (f->deck));
  g_assert_nonnull (strstr (info, pages));
  return pdf;
}

/* The text of slides @first to @last (0-based), as pdftotext reads it. */
static char *
pdf_text (const char *pdf,
          guint       first,
          guint       last)
{
  g_autofree char *from = g_strdup_printf ("%u", first + 1);
  g_autofree char *to = g_strdup_printf ("%u", last + 1);

  return run ((const char *[]) { "pdftotext", "-enc", "UTF-8", "-f", from, "-l", to, pdf, "-",
                                 NULL });
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    g_test_skip ("poppler-utils is not installed");
  return pdftotext != NULL;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const GtBriefing *briefing = gt_slide_deck_get_briefing (f->deck);
  GtFiguresGroup *first = g_ptr_array_index (briefing->figures->by_locality, 0);

  if (!have_poppler ())
    return;

  gt_slide_deck_set_aspect (f->deck, 16.0 / 9.0);
  pdf = write_pdf (f);
  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "1280 x 720 pts"));

  text = run ((const char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL });
  g_assert_nonnull (strstr (text, "重点项目月度推进会"));
  g_assert_nonnull (strstr (text, "清河县重点项目建设办公室"));
  g_assert_nonnull (strstr (text, first->name));
}

/* The red list as the meeting should see it: red before amber, each the
 * furthest behind 序时进度 first (worked out here from the briefing, not
 * taken from the deck). */
typedef struct {
  const GtBriefingLine *line;
  double                behind;
} Lag;

static int
compare_expected (gconstpointer a,
                  gconstpointer b)
{
  const Lag *lag_a = a, *lag_b = b;

  if (lag_a->line->rag != lag_b->line->rag)
    return lag_b->line->rag - lag_a->line->rag;
  if (lag_a->behind != lag_b->behind)
    return lag_a->behind > lag_b->behind ? -1 : 1;
  return g_utf8_collate (lag_a->line->name, lag_b->line->name);
}

static GArray *
expected_red_list (const GtBriefing *briefing)
{
  GArray *lags = g_array_new (FALSE, FALSE, sizeof (Lag));

  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      for (guint l = 0; l < section->lines->len; l++)
        {
          const GtBriefingLine *line = g_ptr_array_index (section->lines, l);
          Lag lag = { line, -1 };

          if (line->rag == GT_RAG_GREEN)
            continue;
          if (line->completion >= 0)
            lag.behind = MAX (0, (briefing->month / 12.0 - line->completion) * 100);
          g_array_append_val (lags, lag);
        }
    }
  g_array_sort (lags, compare_expected);
  return lags;
}

static void
slides_of_kind (GtSlideDeck *deck,
                GtSlideKind  kind,
                guint       *first,
                guint       *last)
{
  *first = G_MAXUINT;
  *last = 0;
  for (guint i = 0; i < gt_slide_deck_get_n_slides (deck); i++)
    if (gt_slide_deck_get_kind (deck, i) == kind)
      {
        *first = MIN (*first, i);
        *last = i;
      }
  g_assert_cmpuint (*first, <=, *last);
}

static void
test_county_pdf (Fixture       *f,
                 gconstpointer  data)
{
  const GtBriefing *briefing = gt_slide_deck_get_briefing (f->deck);
  const GtFiguresGroup *total = &briefing->figures->total;
  g_autoptr(GArray) lags = expected_red_list (briefing);
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *red = NULL;
  g_autofree char *localities = NULL;
  guint first, last, shown = 0, named = 0;
  const char *at;

  if (!have_poppler ())
    return;

  g_assert_cmpuint (total->projects, ==, 247);
  pdf = write_pdf (f);
  g_test_message ("247 projects: %u slides, %u red or amber",
                  gt_slide_deck_get_n_slides (f->deck), lags->len);
  /* Enough for the order to be tested across slides, red and amber both. */
  g_assert_cmpuint (lags->len, >, 26);
  g_assert_cmpint (g_array_index (lags, Lag, 0).line->rag, ==, GT_RAG_RED);
  g_assert_cmpint (g_array_index (lags, Lag, lags->len - 1).line->rag, ==, GT_RAG_AMBER);
  g_assert_cmpuint (gt_slide_deck_get_n_slides (f->deck), <=, 30);
  all = run ((const char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL });

  /* The lights' card: each count whole on its line, nothing cut short. */
  figures = pdf_text (pdf, 1, 1);
  for (int rag = 0; rag < GT_N_RAGS; rag++)
    {
      g_autofree char *count = g_strdup_printf ("\n%u\n", total->by_rag[rag]);

      g_assert_nonnull (strstr (figures, count));
    }
  g_assert_null (strstr (figures, "…"));

  /* A line for each locality with projects, with its count; none for the
   * township without. */
  slides_of_kind (f->deck, GT_SLIDE_LOCALITIES, &first, &last);
  localities = pdf_text (pdf, first, last);
  for (guint i = 0; i < briefing->figures->by_locality->len; i++)
    {
      const GtFiguresGroup *group = g_ptr_array_index (briefing->figures->by_locality, i);

      if (group->projects == 0)
        continue;
      g_assert_nonnull (strstr (localities, group->name));
      named++;
    }
  g_assert_cmpuint (named, >=, 10);
  g_assert_null (strstr (all, EMPTY_LOCALITY));

  /* The red list: the gap behind 序时进度 of each line, in the order above,
   * as far as the slides go. */
  slides_of_kind (f->deck, GT_SLIDE_RED_LIST, &first, &last);
  red = pdf_text (pdf, first, last);
  at = red;
  for (guint i = 0; i < lags->len; i++)
    {
      const Lag *lag = &g_array_index (lags, Lag, i);
      g_autofree char *behind = lag->behind > 0 ? g_strdup_printf (_("%.1f pts"), lag->behind)
                                                : g_strdup ("—");
      const char *found = strstr (at, behind);

      if (found == NULL)
        break;
      at = found + strlen (behind);
      shown++;
    }
  g_test_message ("the red list's first %u lines in order", shown);
  g_assert_cmpuint (shown, >=, MIN (lags->len, 13 * (last - first + 1) - 1));
}

/* Too much to show in 30 slides: the red list is cut, the furthest behind
 * kept, and its last line says how many more there are. */
static void
test_big_county_cut (Fixture       *f,
                     gconstpointer  data)
{
  const GtBriefing *briefing = gt_slide_deck_get_briefing (f->deck);
  guint lagging = lagging_lines (briefing);
  guint first, last, shown;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;

  g_test_message ("%u red or amber of %u", lagging, briefing->figures->total.projects);
  g_assert_cmpuint (gt_slide_deck_get_n_slides (f->deck), ==, GT_SLIDE_DECK_MAX_SLIDES);
  check_lagging_deck (f->deck);
  slides_of_kind (f->deck, GT_SLIDE_RED_LIST, &first, &last);
  shown = (last - first + 1) * 13 - 1;
  g_assert_cmpuint (lagging, >, shown);
  if (!have_poppler ())
    return;

  more = g_strdup_printf (ngettext ("… and %u more, not shown to keep the meeting short",
                                    "… and %u more, not shown to keep the meeting short",
                                    lagging - shown), lagging - shown);
  pdf = write_pdf (f);
  text = pdf_text (pdf, last, last);
  g_assert_nonnull (strstr (text, more));
}

int
main (int   argc,
      char *argv[])
{
  gt_test_use_zh_cn ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, set_up, func) \
  g_test_add ("/slides/" path, Fixture, GINT_TO_POINTER (data), set_up, func, fixture_tear_down)
  ADD ("demo/lagging", GT_SLIDES_PER_PROJECT_LAGGING, fixture_set_up, test_demo_lagging);
  ADD ("demo/all", GT_SLIDES_PER_PROJECT_ALL, fixture_set_up, test_demo_all);
  ADD ("inside-16-9", GT_SLIDES_PER_PROJECT_ALL, fixture_set_up, test_inside_16_9);
  ADD ("inside-4-3", GT_SLIDES_PER_PROJECT_ALL, fixture_set_up, test_inside_4_3);
  ADD ("letterbox", GT_SLIDES_PER_PROJECT_LAGGING, fixture_set_up, test_letterbox);
  ADD ("min-text/demo", GT_SLIDES_PER_PROJECT_ALL, fixture_set_up, test_min_text);
  ADD ("pdf", GT_SLIDES_PER_PROJECT_LAGGING, fixture_set_up, test_pdf);
  ADD ("county/lagging", GT_SLIDES_PER_PROJECT_LAGGING, county_set_up, test_demo_lagging);
  ADD ("county/min-text", GT_SLIDES_PER_PROJECT_LAGGING, county_set_up, test_min_text);
  ADD ("county/pdf", GT_SLIDES_PER_PROJECT_LAGGING, county_set_up, test_county_pdf);
  ADD ("county/cut", GT_SLIDES_PER_PROJECT_LAGGING, big_county_set_up, test_big_county_cut);
#undef ADD

  return g_test_run ();
}
