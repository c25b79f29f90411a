/* test-slides.c: the slides of the monthly meeting from the demo register.
 *
 * Every slide is drawn at 1920×1080 and 1024×768 in both themes onto a
 * recording surface, and what it inked must lie inside the slide's frame; the
 * counts of slides follow the briefing; the PDF holds one page a slide with
 * extractable Chinese. With GUATU_SCREENSHOT_DIR set, each slide is also saved
 * as a PNG to look at.
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
#include "gt-test-util.h"

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
  GtSlideDeckOptions options = { "清河县重点项目建设办公室", 16.0 / 9.0 };
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

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->deck, gt_slide_deck_free);
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  const GtBriefing *briefing = gt_slide_deck_get_briefing (f->deck);
  guint n = gt_slide_deck_get_n_slides (f->deck);
  guint sections = 0, section_slides = 0, lines = 0, gantt = 0, overdue = 0;

  g_assert_cmpint (gt_slide_deck_get_kind (f->deck, 0), ==, GT_SLIDE_TITLE);
  g_assert_cmpint (gt_slide_deck_get_kind (f->deck, 1), ==, GT_SLIDE_FIGURES);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (gt_slide_deck_get_title (f->deck, i));
      switch (gt_slide_deck_get_kind (f->deck, i))
        {
        case GT_SLIDE_SECTION: section_slides++; break;
        case GT_SLIDE_GANTT: gantt++; break;
        case GT_SLIDE_OVERDUE: overdue++; break;
        case GT_SLIDE_TITLE:
        case GT_SLIDE_FIGURES:
        default: break;
        }
    }

  /* Each section takes ceil(lines ÷ 8) slides: eight lines fit a slide. */
  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      sections += (section->lines->len + 7) / 8;
      lines += section->lines->len;
    }
  g_assert_cmpuint (section_slides, ==, sections);
  g_assert_cmpuint (lines, ==, briefing->figures->total.projects);
  g_assert_cmpuint (overdue, ==, MAX (1, (briefing->overdue_issues->len + 7) / 8));
  g_assert_cmpuint (gantt, >=, briefing->lagging->len > 0 ? 1 : 0);
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

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "slides.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  const GtBriefing *briefing = gt_slide_deck_get_briefing (f->deck);
  GtBriefingSection *first = g_ptr_array_index (briefing->sections, 0);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }

  gt_slide_deck_set_aspect (f->deck, 16.0 / 9.0);
  gt_slide_deck_write_pdf (f->deck, pdf, FALSE, &error);
  g_assert_no_error (error);

  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  pages = g_strdup_printf ("Pages:           %u\n", gt_slide_deck_get_n_slides (f->deck));
  g_assert_nonnull (strstr (info, pages));
  g_assert_nonnull (strstr (info, "1280 x 720 pts"));

  text = run ((const char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL });
  g_assert_nonnull (strstr (text, "重点项目月度推进会"));
  g_assert_nonnull (strstr (text, "清河县重点项目建设办公室"));
  g_assert_nonnull (strstr (text, first->name));
}

int
main (int   argc,
      char *argv[])
{
  gt_test_use_zh_cn ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/slides/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("counts", test_counts);
  ADD ("inside-16-9", test_inside_16_9);
  ADD ("inside-4-3", test_inside_4_3);
  ADD ("letterbox", test_letterbox);
  ADD ("pdf", test_pdf);
#undef ADD

  return g_test_run ();
}
