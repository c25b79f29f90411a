/* test-chart-language.c: charts and PDFs shape Chinese in the UI's language
 * (zh-tw glyphs for a zh_TW user, zh-cn for zh_CN and for an English UI), and
 * a PDF made so embeds the matching Noto Sans CJK face (pdffonts).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-chart-text.h"
#include "gt-overview-chart.h"

#define YI ((gint64) 100000000)

/* LANGUAGE decides when set; LC_ALL and LANG below it. */
static void
set_language (const char *language,
              const char *lang)
{
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", lang, TRUE);
}

static void
test_names (void)
{
  static const struct {
    const char *language;
    const char *lang;
    const char *tag;
  } cases[] = {
    { "zh_TW", "C.UTF-8", "zh-tw" },
    { "zh_TW:zh_CN", "C.UTF-8", "zh-tw" },
    { "zh_HK", "C.UTF-8", "zh-hk" },
    { "zh_MO", "C.UTF-8", "zh-hk" },
    { "zh_Hant", "C.UTF-8", "zh-tw" },
    { "zh_CN", "C.UTF-8", "zh-cn" },
    { "zh_SG", "C.UTF-8", "zh-cn" },
    { "zh", "C.UTF-8", "zh-cn" },
    /* No English catalogue: gettext goes on to the Chinese one. */
    { "en_GB:zh_TW", "C.UTF-8", "zh-tw" },
    { NULL, "zh_TW.UTF-8", "zh-tw" },
    { NULL, "zh_HK.UTF-8", "zh-hk" },
    { NULL, "zh_CN.UTF-8", "zh-cn" },
    /* An English UI, a Chinese register: mainland glyphs, not the Japanese. */
    { NULL, "C", "zh-cn" },
    { "C", "C.UTF-8", "zh-cn" },
    { "de_DE", "de_DE.UTF-8", "zh-cn" },
    /* Not Chinese though it starts so. */
    { "zha", "C.UTF-8", "zh-cn" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      set_language (cases[i].language, cases[i].lang);
      g_test_message ("LANGUAGE=%s LANG=%s", cases[i].language, cases[i].lang);
      g_assert_cmpstr (pango_language_to_string (gt_chart_text_get_language ()), ==,
                       cases[i].tag);
    }
}

/* A chart with Chinese names in it */

static void
group_free (gpointer data)
{
  GtFiguresGroup *group = data;

  g_free (group->name);
  g_free (group);
}

static void
add_group (GPtrArray  *groups,
           gint64      id,
           const char *name,
           gint64      plan,
           gint64      completed)
{
  GtFiguresGroup *group = g_new0 (GtFiguresGroup, 1);

  group->id = id;
  group->name = g_strdup (name);
  group->projects = 2;
  group->annual_plan = plan;
  group->completed = completed;
  group->pro_rata_target = plan * 3 / 12;
  g_ptr_array_add (groups, group);
}

static GtFigures *
figures_new (void)
{
  GtFigures *figures = g_new0 (GtFigures, 1);

  figures->year = 2026;
  figures->month = 3;
  g_date_clear (&figures->as_of, 1);
  g_date_set_dmy (&figures->as_of, 31, 3, 2026);
  figures->total.name = g_strdup ("Total");
  figures->by_locality = g_ptr_array_new_with_free_func (group_free);
  figures->by_unit = g_ptr_array_new_with_free_func (group_free);
  figures->by_leader = g_ptr_array_new_with_free_func (group_free);
  /* 关, 镇 and 门 are drawn differently in the mainland, Taiwan and Japan. */
  add_group (figures->by_locality, 1, "城关镇", 1 * YI, YI / 2);
  add_group (figures->by_locality, 2, "柳河镇", 2 * YI, 3 * YI / 2);
  add_group (figures->by_unit, 1, "县发展和改革局", 4 * YI, 5 * YI / 2);
  add_group (figures->by_leader, 1, "王建国", 4 * YI, 5 * YI / 2);
  figures->total.projects = 4;
  figures->total.annual_plan = 3 * YI;
  figures->total.completed = 2 * YI;
  figures->total.pro_rata_target = 3 * YI / 4;
  return figures;
}

/* The PDF of the completion chart, by locality, as pdffonts lists its fonts. */
static char *
chart_fonts (const char *pdf_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-chart-language-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdffonts", NULL, NULL };
  GtFigures *figures = figures_new ();
  GtChartStyle style = { FALSE, 1 };
  cairo_surface_t *surface;
  cairo_t *cr;
  int status = -1;

  g_assert_no_error (error);
  path = g_build_filename (dir, pdf_name, NULL);
  surface = cairo_pdf_surface_create (path, 800, 450);
  cr = cairo_create (surface);
  gt_overview_chart_draw (cr, &style, figures, GT_OVERVIEW_CHART_COMPLETION,
                          GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION, 800, 450);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  gt_figures_free (figures);

  argv[1] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  /* Kept to look at when asked: GUATU_TEST_KEEP_PDF=DIR. */
  if (g_getenv ("GUATU_TEST_KEEP_PDF") != NULL)
    {
      g_autofree char *kept = g_build_filename (g_getenv ("GUATU_TEST_KEEP_PDF"),
                                                pdf_name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (kept, contents, (gssize) length, NULL));
    }
  g_unlink (path);
  g_rmdir (dir);
  g_test_message ("%s", out);
  return g_steal_pointer (&out);
}

static gboolean
have_tools (void)
{
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");
  g_autofree char *sc = NULL;

  if (pdffonts == NULL)
    {
      g_test_skip ("pdffonts is not installed");
      return FALSE;
    }
  /* Which face fontconfig picks is what is tested: without Noto CJK it is some
   * other font, named the same for every language. */
  if (!g_file_test ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("fonts-noto-cjk is not installed");
      return FALSE;
    }
  return TRUE;
}

static void
assert_face (const char *fonts,
             const char *face)
{
  static const char * const faces[] = { "CJKsc", "CJKtc", "CJKhk", "CJKjp", "CJKkr" };

  g_assert_nonnull (strstr (fonts, face));
  for (gsize i = 0; i < G_N_ELEMENTS (faces); i++)
    if (strcmp (faces[i], face) != 0)
      g_assert_null (strstr (fonts, faces[i]));
}

static void
test_pdf_faces (void)
{
  g_autofree char *tw = NULL;
  g_autofree char *hk = NULL;
  g_autofree char *cn = NULL;
  g_autofree char *english = NULL;

  if (!have_tools ())
    return;

  set_language ("zh_TW", "C.UTF-8");
  tw = chart_fonts ("zh_TW.pdf");
  assert_face (tw, "CJKtc");

  set_language ("zh_HK", "C.UTF-8");
  hk = chart_fonts ("zh_HK.pdf");
  assert_face (hk, "CJKhk");

  set_language ("zh_CN", "C.UTF-8");
  cn = chart_fonts ("zh_CN.pdf");
  assert_face (cn, "CJKsc");

  /* A PDF of a Chinese register made with an English UI. */
  set_language (NULL, "C");
  english = chart_fonts ("C.pdf");
  assert_face (english, "CJKsc");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-language/names", test_names);
  g_test_add_func ("/chart-language/pdf-faces", test_pdf_faces);

  return g_test_run ();
}
