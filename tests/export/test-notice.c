/* test-notice.c: the monthly notice (通报), read back. For the demo register at
 * a month before its latest, and for a county's ledger of 247 projects
 * imported by guatu: the PDF's text (pdftotext) has the title, number, date,
 * the five sections, the month's four rates as gt_figures_compute() gives them,
 * the red list (the top N by completion rate, found here again from the
 * month's sheet) and the black list (red in each of the last N months, judged
 * here again month by month); the DOCX is a zip whose word/document.xml parses
 * and says the same; LibreOffice, when installed, reads the same text back
 * from the DOCX. And the rules: a red list of 3 names 3, a black list of one
 * month is every project red in the month.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "gt-docx-writer.h"
#include "gt-format.h"
#include "gt-notice.h"
#include "gt-project.h"
#include "gt-report-sheet.h"
#include "gt-test-county.h"
#include "gt-test-ledger.h"
#include "gt-test-util.h"

#define OFFICE "测试县重点项目建设领导小组办公室"

typedef struct {
  char          *dir;
  char         **env;
  GtStore       *store;
  GtAsOf         as_of;
  GtRagRules     rag_rules;
  GtStartTargets targets;
  GtNoticeRules  rules;
} Fixture;

static void
init_rules (Fixture *f)
{
  f->rag_rules = *gt_rag_rules_default ();
  f->targets = *gt_start_targets_default ();
  gt_notice_rules_init_default (&f->rules);
  g_free (f->rules.number_prefix);
  f->rules.number_prefix = g_strdup ("测重点办");
}

/* The demo as of 15 November 2026, its notice for September: two months
 * before its latest, so that figures of the latest month would show. */
static void
demo_set_up (Fixture       *f,
             gconstpointer  data)
{
  GDate today;

  f->dir = gt_test_make_dir ();
  f->env = gt_test_cli_environ (f->dir, "zh_CN");
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  f->store = gt_test_open_demo (f->dir, &today);
  gt_as_of_set (&f->as_of, 2026, 9);
  init_rules (f);
}

/* The made-up county's ledger of January to March 2023, imported by guatu. */
static void
county_set_up (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) rows = gt_test_county_ledger_rows (247, 2023, 3, NULL);
  g_auto(GtTestRun) run = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *db = NULL;

  f->dir = gt_test_make_dir ();
  f->env = gt_test_cli_environ (f->dir, "zh_CN");
  csv = gt_test_write_csv (f->dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  db = g_build_filename (f->dir, "county.db", NULL);
  gt_test_run_guatuv (f->dir, f->env, &run, "--database", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  f->store = gt_store_open (db, &error);
  g_assert_no_error (error);
  gt_as_of_set (&f->as_of, 2023, 3);
  init_rules (f);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_notice_rules_clear (&f->rules);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_strfreev (f->env);
}

static char *
file_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* @text with every space and line break taken out: pdftotext breaks lines
 * where the page does, and Chinese has no spaces to lose. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xA0)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *squeezed = NULL;
  g_autoptr(GRegex) page_number = g_regex_new ("—[0-9]+—", 0, 0, NULL);
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  squeezed = squeeze (out);
  /* The page numbers, "— 2 —", fall inside a paragraph that runs on. */
  return g_regex_replace_literal (page_number, squeezed, -1, 0, "", 0, NULL);
}

/* The output of @tool (pdfinfo, pdffonts) on @path. */
static char *
poppler (const char *tool,
         const char *path)
{
  const char *argv[] = { tool, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  return out;
}

static void
assert_has (const char *text,
            const char *wanted)
{
  g_autofree char *needle = squeeze (wanted);

  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the text:\n%s", needle, text);
}

static GtNotice *
build (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GtNotice *notice = gt_notice_build (f->store, &f->as_of, &f->rag_rules, &f->targets,
                                      &f->rules, OFFICE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (notice);
  return notice;
}

/* The red list found again: every project of the month's sheet with a year
 * plan and something completed, by completion rate as printed, then amount. */
static GArray *
expected_red_list (Fixture *f,
                   guint    size)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) tenths = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *top = g_array_new (FALSE, FALSE, sizeof (gint64));

  gt_report_sheet_load (sheet, f->as_of.year, f->as_of.month, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
    {
      g_autoptr(GtReportRow) row = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      gint64 plan = gt_report_row_get_annual_plan (row);
      gint64 done = gt_report_row_get_cumulative (row);
      gint64 id = gt_project_get_id (gt_report_row_get_project (row));
      gint64 t;

      if (plan <= 0 || done <= 0)
        continue;
      t = (gint64) ((double) done / plan * 1000.0 + 0.5);
      g_array_append_val (all, id);
      g_array_append_val (tenths, t);
      g_array_append_val (amounts, done);
    }
  /* Selection by hand: the list is short. */
  for (guint n = 0; n < size && n < all->len; n++)
    {
      guint best = G_MAXUINT;

      for (guint i = 0; i < all->len; i++)
        {
          gint64 id = g_array_index (all, gint64, i);
          gboolean taken = FALSE;

          for (guint k = 0; k < top->len; k++)
            taken |= g_array_index (top, gint64, k) == id;
          if (taken)
            continue;
          if (best == G_MAXUINT ||
              g_array_index (tenths, gint64, i) > g_array_index (tenths, gint64, best) ||
              (g_array_index (tenths, gint64, i) == g_array_index (tenths, gint64, best) &&
               g_array_index (amounts, gint64, i) > g_array_index (amounts, gint64, best)))
            best = i;
        }
      g_array_append_val (top, g_array_index (all, gint64, best));
    }
  return top;
}

/* The black list found again: red at the close of this month and of each of
 * the months before it that the rule counts. */
static GHashTable *
expected_black_list (Fixture *f,
                     guint    months)
{
  g_autoptr(GError) error = NULL;
  GHashTable *black = NULL;

  for (guint k = 0; k < months; k++)
    {
      g_autoptr(GHashTable) lights = NULL;
      GtAsOf month;
      int y = f->as_of.year, m = f->as_of.month - (int) k;
      GHashTableIter iter;
      gpointer key, value;

      if (m < 1)
        {
          m += 12;
          y--;
        }
      gt_as_of_set (&month, y, m);
      lights = gt_rag_judge_as_of (f->store, &f->rag_rules, &month.day, NULL, &error);
      g_assert_no_error (error);
      if (black == NULL)
        {
          black = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
          g_hash_table_iter_init (&iter, lights);
          while (g_hash_table_iter_next (&iter, &key, &value))
            if (GPOINTER_TO_INT (value) == GT_RAG_RED)
              g_hash_table_add (black, g_memdup2 (key, sizeof (gint64)));
          continue;
        }
      g_hash_table_iter_init (&iter, black);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          gpointer light;

          if (!g_hash_table_lookup_extended (lights, key, NULL, &light) ||
              GPOINTER_TO_INT (light) != GT_RAG_RED)
            g_hash_table_iter_remove (&iter);
        }
    }
  return black;
}

static const char *
project_name (Fixture *f,
              gint64   id)
{
  GtProject *project = gt_store_lookup_project (f->store, id);

  g_assert_nonnull (project);
  return gt_project_get_name (project);
}

/* What every rendering must say: the head, the sections, the rates of the
 * month, the lists' projects and the date. */
static void
assert_notice_text (Fixture        *f,
                    const GtNotice *notice,
                    const char     *text)
{
  static const char *const headings[] = {
    N_("1. Overall Situation"), N_("2. Rankings"), N_("3. Red and Black Lists"),
    N_("4. Problems"), N_("5. Next Steps"), N_("(1) Red list"), N_("(2) Black list"),
    N_("(1) Townships, street offices and parks"), N_("(2) County departments"),
  };
  g_autoptr(GtFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *month = gt_format_month (f->as_of.year, f->as_of.month);
  g_autofree char *number = g_strdup_printf (_("[%d] No. %d"), f->as_of.year,
                                             f->as_of.month);
  double rates[4];

  figures = gt_figures_compute (f->store, f->as_of.year, f->as_of.month, &f->rag_rules,
                                &f->targets, NULL, &error);
  g_assert_no_error (error);

  assert_has (text, OFFICE);
  assert_has (text, "测重点办");
  assert_has (text, number);
  assert_has (text, notice->title);
  assert_has (text, month);
  assert_has (text, notice->date_text);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    assert_has (text, _(headings[i]));

  rates[0] = gt_figures_group_completion_rate (&figures->total);
  rates[1] = gt_figures_group_pro_rata_rate (&figures->total);
  rates[2] = gt_figures_group_start_rate (&figures->total);
  rates[3] = gt_figures_group_resolution_rate (&figures->total);
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      g_autofree char *rate = gt_format_percent (rates[i]);

      g_assert_cmpfloat (rates[i], >=, 0);
      assert_has (text, rate);
    }
  {
    g_autofree char *completed = gt_format_money (figures->total.completed);
    g_autofree char *plan = gt_format_money (figures->total.annual_plan);

    assert_has (text, completed);
    assert_has (text, plan);
  }

  for (guint i = 0; i < notice->red_list->len; i++)
    assert_has (text, project_name (f, g_array_index (notice->red_list, gint64, i)));
  for (guint i = 0; i < notice->black_list->len; i++)
    assert_has (text, project_name (f, g_array_index (notice->black_list, gint64, i)));
}

static void
assert_lists (Fixture        *f,
              const GtNotice *notice)
{
  g_autoptr(GArray) red = expected_red_list (f, f->rules.red_list_size);
  g_autoptr(GHashTable) black = expected_black_list (f, f->rules.black_list_months);

  g_assert_cmpuint (notice->red_list->len, ==, red->len);
  for (guint i = 0; i < red->len; i++)
    g_assert_cmpint (g_array_index (notice->red_list, gint64, i), ==,
                     g_array_index (red, gint64, i));
  g_assert_cmpuint (notice->black_list->len, ==, g_hash_table_size (black));
  for (guint i = 0; i < notice->black_list->len; i++)
    g_assert_true (g_hash_table_contains (black,
                                          &g_array_index (notice->black_list, gint64, i)));
}

/* The text of every w:t of word/document.xml in @path, which must be a zip
 * holding the parts of a Word document. */
static char *
docx_text (const char *path)
{
  static const char *const parts[] = {
    "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml",
    "word/settings.xml",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *data = NULL;
  zip_stat_t st;
  zip_file_t *part;
  zip_t *zip;
  xmlDocPtr doc;
  int zip_status = 0;

  zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &zip_status);
  g_assert_nonnull (zip);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_assert_cmpint (zip_name_locate (zip, parts[i], 0), >=, 0);
  g_assert_cmpint (zip_stat (zip, "word/document.xml", 0, &st), ==, 0);
  data = g_malloc (st.size + 1);
  part = zip_fopen (zip, "word/document.xml", 0);
  g_assert_nonnull (part);
  g_assert_cmpint (zip_fread (part, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (part);
  zip_discard (zip);

  doc = xmlReadMemory (data, (int) st.size, "document.xml", "UTF-8", XML_PARSE_NONET);
  g_assert_nonnull (doc);
  {
    xmlNodePtr stack[64];
    guint depth = 0;

    stack[depth++] = xmlDocGetRootElement (doc);
    while (depth > 0)
      {
        xmlNodePtr node = stack[--depth];

        for (; node != NULL; node = node->next)
          {
            if (node->type != XML_ELEMENT_NODE)
              continue;
            if (xmlStrEqual (node->name, BAD_CAST "t"))
              {
                xmlChar *content = xmlNodeGetContent (node);

                g_string_append (text, (const char *) content);
                xmlFree (content);
              }
            else if (xmlStrEqual (node->name, BAD_CAST "pgSz"))
              {
                xmlChar *w = xmlGetProp (node, BAD_CAST "w");

                g_assert_cmpstr ((const char *) w, ==, "11906");   /* A4 */
                xmlFree (w);
              }
            else if (node->children != NULL)
              {
                /* Depth first, in document order: the siblings wait. */
                g_assert_cmpuint (depth + 2, <, G_N_ELEMENTS (stack));
                if (node->next != NULL)
                  stack[depth++] = node->next;
                stack[depth++] = node->children;
                break;
              }
          }
      }
  }
  xmlFreeDoc (doc);
  return squeeze (text->str);
}

static void
test_pdf_and_docx (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GtNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = file_in (f, "通报.pdf");
  g_autofree char *docx = file_in (f, "通报.docx");
  g_autofree char *text = NULL;
  g_autofree char *word = NULL;
  GDate date;

  gt_test_use_zh_cn ();
  notice = build (f);
  assert_lists (f, notice);
  if (data != NULL)   /* the demo has projects on both lists */
    {
      g_assert_cmpuint (notice->red_list->len, ==, f->rules.red_list_size);
      g_assert_cmpuint (notice->black_list->len, >, 0);
    }
  /* Dated by the rule, from the month: the 8th of the next. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 8, f->as_of.month % 12 + 1,
                  f->as_of.year + (f->as_of.month == 12 ? 1 : 0));
  g_assert_cmpint (g_date_compare (&notice->date, &date), ==, 0);

  g_assert_true (gt_notice_write (notice, pdf, gt_store_get_path (f->store), &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  assert_notice_text (f, notice, text);
  {
    g_autofree char *info = poppler ("pdfinfo", pdf);
    g_autofree char *fonts = poppler ("pdffonts", pdf);

    /* A4 portrait, the Chinese serif and sans embedded. */
    g_assert_nonnull (strstr (info, "595.28 x 841.89 pts (A4)"));
    g_assert_nonnull (strstr (fonts, "NotoSerifCJK"));
    g_assert_nonnull (strstr (fonts, "NotoSansCJK"));
  }

  g_assert_true (gt_notice_write (notice, docx, gt_store_get_path (f->store), &error));
  g_assert_no_error (error);
  word = docx_text (docx);
  assert_notice_text (f, notice, word);
}

/* LibreOffice headless converts @docx to @format in @dir. */
static void
convert (const char *soffice,
         const char *profile_arg,
         const char *format,
         const char *dir,
         const char *docx)
{
  const char *argv[] = {
    soffice, profile_arg, "--headless", "--convert-to", format, "--outdir", dir, docx, NULL
  };
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (dir, (char **) argv, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
}

/* LibreOffice reads the DOCX back: the same text, as text and laid out. */
static void
test_libreoffice (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(GtNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *docx = file_in (f, "notice.docx");
  g_autofree char *txt = file_in (f, "notice.txt");
  g_autofree char *pdf = file_in (f, "notice.pdf");
  g_autofree char *info = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_arg = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  gt_test_use_zh_cn ();
  notice = build (f);
  g_assert_true (gt_notice_write (notice, docx, NULL, &error));
  g_assert_no_error (error);

  /* A profile of its own, so that a desktop's running LibreOffice is not asked. */
  profile = g_build_filename (f->dir, "lo-profile", NULL);
  profile_arg = g_strdup_printf ("-env:UserInstallation=file://%s", profile);
  convert (soffice, profile_arg, "txt:Text (encoded):UTF8", f->dir, docx);
  g_file_get_contents (txt, &contents, NULL, &error);
  g_assert_no_error (error);
  text = squeeze (contents);
  assert_notice_text (f, notice, text);

  /* Laid out by LibreOffice: A4 still, and the same text. */
  convert (soffice, profile_arg, "pdf", f->dir, docx);
  info = poppler ("pdfinfo", pdf);
  g_assert_nonnull (strstr (info, "(A4)"));
  g_free (text);
  text = pdf_text (pdf);
  assert_notice_text (f, notice, text);
}

/* The rules: a shorter red list, and a black list of one month is every
 * project red in the month, as the figures count them. */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GtNotice) notice = NULL;
  g_autoptr(GtFigures) figures = NULL;
  g_autoptr(GError) error = NULL;

  f->rules.red_list_size = 3;
  f->rules.black_list_months = 1;
  notice = build (f);
  assert_lists (f, notice);
  g_assert_cmpuint (notice->red_list->len, ==, 3);
  figures = gt_figures_compute (f->store, f->as_of.year, f->as_of.month, &f->rag_rules,
                                &f->targets, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notice->black_list->len, ==, figures->total.by_rag[GT_RAG_RED]);

  /* Three months running: never more than two. */
  gt_notice_free (g_steal_pointer (&notice));
  f->rules.black_list_months = 3;
  notice = build (f);
  assert_lists (f, notice);
}

/* The command line: PDF and DOCX by the extension, anything else refused. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = file_in (f, "cli.pdf");
  g_autofree char *docx = file_in (f, "cli.DOCX");
  g_autofree char *odt = file_in (f, "cli.odt");
  g_autofree char *month = g_strdup_printf ("%04d-%02d", f->as_of.year, f->as_of.month);
  g_autofree char *contents = NULL;
  const char *db = gt_store_get_path (f->store);
  gsize length = 0;

  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", db, "--export-notice", pdf,
                        "--month", month, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_true (length > 4 && memcmp (contents, "%PDF", 4) == 0);
  }
  {
    g_auto(GtTestRun) run = { 0 };
    g_autofree char *text = NULL;
    g_autofree char *rate = NULL;
    g_autoptr(GtFigures) figures = NULL;
    g_autoptr(GError) error = NULL;

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", db, "--export-notice", docx,
                        "--month", month, NULL);
    g_assert_cmpint (run.status, ==, 0);
    text = docx_text (docx);
    figures = gt_figures_compute (f->store, f->as_of.year, f->as_of.month, &f->rag_rules,
                                  &f->targets, NULL, &error);
    g_assert_no_error (error);
    rate = gt_format_percent (gt_figures_group_completion_rate (&figures->total));
    assert_has (text, rate);
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", db, "--export-notice", odt, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_false (g_file_test (odt, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", db, "--export-notice", pdf,
                        "--chart", "gantt", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(GtTestRun) run = { 0 };

    /* Never over the register itself. */
    gt_test_run_guatuv (f->dir, f->env, &run, "--database", db, "--export-notice", db, NULL);
    g_assert_cmpint (run.status, !=, 0);
  }
}

/* What no Word document may hold is left out, and markup is text. */
static void
test_docx_escapes (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "odd.docx", NULL);
  g_autoptr(GtDocxWriter) writer = gt_docx_writer_new ("仿宋", "Times New Roman", 16);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtDocxStyle style = { NULL, };
  const char *cells[] = { "<w:t>&amp;", "a\001b", NULL };
  guint widths[] = { 1, 1 };

  gt_docx_writer_add_paragraph (writer, "一\002二 & <三>\n四", &style);
  gt_docx_writer_begin_table (writer, 2, widths);
  gt_docx_writer_add_row (writer, cells, NULL, &style);
  gt_docx_writer_end_table (writer);
  gt_docx_writer_add_paragraph (writer, "]]>", &style);
  g_assert_true (gt_docx_writer_write (writer, path, NULL, &error));
  g_assert_no_error (error);
  text = docx_text (path);
  g_assert_cmpstr (text, ==, "一二&<三>四<w:t>&amp;ab]]>");
  gt_test_remove_tree (dir);
}

/* Dated from the month, never the clock: the rule's day of the next month, or
 * that month's last day when it is shorter; December's in January. */
static void
test_issue_date (void)
{
  g_auto(GtNoticeRules) rules = { 0 };
  GDate date;

  gt_notice_rules_init_default (&rules);
  gt_notice_rules_issue_date (&rules, 2023, 4, &date);
  g_assert_cmpint (g_date_get_year (&date), ==, 2023);
  g_assert_cmpint (g_date_get_month (&date), ==, 5);
  g_assert_cmpint (g_date_get_day (&date), ==, 8);
  gt_notice_rules_issue_date (&rules, 2023, 12, &date);
  g_assert_cmpint (g_date_get_year (&date), ==, 2024);
  g_assert_cmpint (g_date_get_month (&date), ==, 1);
  rules.issue_day = 31;
  gt_notice_rules_issue_date (&rules, 2024, 1, &date);
  g_assert_cmpint (g_date_get_month (&date), ==, 2);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  gt_notice_rules_issue_date (&rules, 2023, 1, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 28);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/notice/demo/pdf-and-docx", Fixture, "demo", demo_set_up, test_pdf_and_docx,
              tear_down);
  g_test_add ("/notice/demo/rules", Fixture, NULL, demo_set_up, test_rules, tear_down);
  g_test_add ("/notice/demo/cli", Fixture, NULL, demo_set_up, test_cli, tear_down);
  g_test_add ("/notice/demo/libreoffice", Fixture, NULL, demo_set_up, test_libreoffice,
              tear_down);
  g_test_add ("/notice/county/pdf-and-docx", Fixture, NULL, county_set_up, test_pdf_and_docx,
              tear_down);
  g_test_add ("/notice/county/cli", Fixture, NULL, county_set_up, test_cli, tear_down);
  g_test_add_func ("/notice/docx-escapes", test_docx_escapes);
  g_test_add_func ("/notice/issue-date", test_issue_date);
  return g_test_run ();
}
