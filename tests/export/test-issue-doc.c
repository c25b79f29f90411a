/* test-issue-doc.c: the assignment sheet (交办单) and the supervision letter
 * (督办函) as PDF, read back with pdftotext: the office's head, the title, the
 * number, the date, the project and its code, the problem, the unit and the
 * leader, the deadlines, the requirement and the sign-off lines, on one A4 page;
 * a problem too long for a page goes on to a second, numbered, and loses
 * nothing. Filled from the register, it takes the issue's particulars and
 * the office's settings, and a letter cites the issue's 交办单. In zh_CN (once
 * po/parts/escalation.po is in the catalogue) the number reads 〔2023〕第12号
 * and the lines 承办人, 审核人, 签发人.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-export-history.h"
#include "gt-format.h"
#include "gt-issue-doc.h"
#include "gt-office-settings.h"
#include "gt-store-visits.h"
#include "gt-test-util.h"

#define OFFICE  "测试县重点项目建设领导小组办公室"
#define PROJECT "城南污水处理厂二期工程"
#define CODE    "2301-341122-04-01-123456"
#define PROBLEM_WORDS "项目用地红线内尚有3户民房未完成征迁，影响主体工程开工"
#define PROBLEM PROBLEM_WORDS "。"
#define UNIT    "县自然资源和规划局"
#define LEADER  "王建国"
#define PREFIX  "测重点办交"

typedef struct {
  char *dir;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->dir = gt_test_make_dir ();
}

/* GUATU_TEST_KEEP=1 keeps the PDFs to look at. */
static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  if (g_getenv ("GUATU_TEST_KEEP") != NULL)
    g_test_message ("kept %s", f->dir);
  else
    gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
set_day (GDate *date,
         int    y,
         int    m,
         int    d)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

static void
fill (GtIssueDoc     *doc,
      GtIssueDocKind  kind)
{
  memset (doc, 0, sizeof *doc);
  doc->kind = kind;
  doc->office_name = OFFICE;
  doc->number_prefix = PREFIX;
  doc->year = 2023;
  doc->serial = 12;
  set_day (&doc->date, 2023, 3, 29);
  doc->project_name = PROJECT;
  doc->project_code = CODE;
  doc->problem = PROBLEM;
  doc->category = "征地拆迁";
  doc->unit_name = UNIT;
  doc->leader_name = LEADER;
  set_day (&doc->raised_on, 2023, 3, 20);
  set_day (&doc->deadline, 2023, 4, 15);
  g_date_clear (&doc->first_deadline, 1);
  g_date_clear (&doc->assigned_on, 1);
  if (kind == GT_ISSUE_DOC_SUPERVISE)
    {
      doc->level = GT_ESCALATION_LISTED;
      set_day (&doc->date, 2023, 5, 10);
      set_day (&doc->first_deadline, 2023, 4, 15);
      set_day (&doc->deadline, 2023, 5, 17);
      set_day (&doc->assigned_on, 2023, 3, 29);
      doc->days_overdue = 25;
      doc->assign_number = PREFIX "〔2023〕第12号";
      doc->serial = 3;
    }
}

/* Every space and line break taken out: pdftotext breaks lines where the page
 * does, and Chinese has no spaces to lose. (-raw reads the text in the order
 * it is drawn: a table's cells row by row.) */
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
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return squeeze (out);
}

/* The same without the page numbers ("— 1 —"), which -raw reads where they
 * are drawn: after the page's text, inside a paragraph going on. */
static char *
pdf_body_text (const char *path)
{
  g_autoptr(GRegex) page_number = g_regex_new ("—[0-9]+—", 0, 0, NULL);
  g_autofree char *text = pdf_text (path);

  return g_regex_replace_literal (page_number, text, -1, 0, "", 0, NULL);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *pages;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
assert_has (const char *text,
            const char *part)
{
  g_autofree char *squeezed = squeeze (part);

  if (strstr (text, squeezed) == NULL)
    g_error ("“%s” is not in the document: %s", squeezed, text);
}

static char *
write_doc (Fixture          *f,
           const GtIssueDoc *doc,
           const char       *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (gt_issue_doc_write_pdf (doc, path, NULL, &error));
  g_assert_no_error (error);
  return pdf_body_text (path);
}

static void
assert_particulars (const char       *text,
                    const GtIssueDoc *doc)
{
  g_autofree char *deadline = gt_format_date (&doc->deadline);
  g_autofree char *date = gt_format_date (&doc->date);
  g_autofree char *number = gt_issue_doc_format_number (PREFIX, doc->year, doc->serial);

  assert_has (text, OFFICE);
  assert_has (text, number);
  assert_has (text, date);
  assert_has (text, PROJECT);
  assert_has (text, CODE);
  assert_has (text, PROBLEM_WORDS);
  assert_has (text, UNIT);
  assert_has (text, LEADER);
  assert_has (text, deadline);
  assert_has (text, _("Drafted by:"));
  assert_has (text, _("Checked by:"));
  assert_has (text, _("Issued by:"));
}

static void
test_assign (Fixture       *f,
             gconstpointer  data)
{
  GtIssueDoc doc;
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (f->dir, "assign.pdf", NULL);

  fill (&doc, GT_ISSUE_DOC_ASSIGN);
  text = write_doc (f, &doc, "assign.pdf");
  assert_particulars (text, &doc);
  assert_has (text, "[2023] No. 12");
  assert_has (text, "征地拆迁");
  assert_has (text, "Key Project Issue Assignment Sheet");
  assert_has (text, "Requirement");
  /* The standard requirement names the deadline; the reply box is there. */
  assert_has (text, "solve it by");
  assert_has (text, PROBLEM);
  assert_has (text, "How It Was Done");
  g_assert_cmpuint (pdf_pages (path), ==, 1);
}

static void
test_supervise (Fixture       *f,
                gconstpointer  data)
{
  GtIssueDoc doc;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *assigned = NULL;
  g_autofree char *path = g_build_filename (f->dir, "supervise-2.pdf", NULL);

  fill (&doc, GT_ISSUE_DOC_SUPERVISE);
  doc.requirement = "请于2023年5月17日前拆除完毕并书面报告。";
  text = write_doc (f, &doc, "supervise.pdf");
  assert_particulars (text, &doc);
  first = gt_format_date (&doc.first_deadline);
  assigned = gt_format_date (&doc.assigned_on);
  assert_has (text, first);
  assert_has (text, assigned);
  assert_has (text, doc.assign_number);
  assert_has (text, "[2023] No. 3");
  /* The letter names the unit, the days past and the level it is under. */
  assert_has (text, UNIT ":");
  assert_has (text, "25 days past the deadline");
  assert_has (text, "The leader answering for it is " LEADER);
  /* The problem quoted without its full stop. */
  assert_has (text, "“" PROBLEM_WORDS "”");
  assert_has (text, "Letter of Listed Supervision");
  assert_has (text, "Listed for Supervision");
  assert_has (text, doc.requirement);

  doc.level = GT_ESCALATION_SUPERVISED;
  doc.requirement = NULL;
  doc.assign_number = NULL;
  g_free (text);
  text = write_doc (f, &doc, "supervise-2.pdf");
  assert_has (text, "Supervision Letter");
  g_assert_null (strstr (text, "Listed"));
  assert_has (text, "stays under supervision");
  /* Without a 交办单, the letter says it was assigned, with no number. */
  assert_has (text, "This office assigned to your unit");
  /* In English the letter may run over: the signature never alone. */
  g_assert_cmpuint (pdf_pages (path), <=, 2);
}

/* A problem of many paragraphs: the form goes on to a second page with page
 * numbers, and every word of it is there. */
static void
test_long_problem (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GString) problem = g_string_new (NULL);
  g_autofree char *path = g_build_filename (f->dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  GtIssueDoc doc;

  for (int i = 1; i <= 40; i++)
    g_string_append_printf (problem, "第%d项：施工便道未硬化，雨天无法通行，需协调解决。\n", i);
  fill (&doc, GT_ISSUE_DOC_ASSIGN);
  doc.problem = problem->str;
  {
    g_autoptr(GtIssueDocPrint) print = gt_issue_doc_print_new (&doc);

    g_assert_cmpuint (gt_issue_doc_print_get_n_pages (print), >=, 2);
  }
  g_free (write_doc (f, &doc, "long.pdf"));
  text = pdf_text (path);
  g_assert_cmpuint (pdf_pages (path), >=, 2);
  assert_has (text, "第1项：");
  assert_has (text, "第40项：施工便道未硬化");
  assert_has (text, "—1—");
  assert_has (text, "—2—");
  assert_has (text, _("Issued by:"));
}

/* Without an office name, a generic one heads the page; a missing unit and
 * leader leave their boxes empty rather than failing. */
static void
test_sparse (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *text = NULL;
  GtIssueDoc doc;

  fill (&doc, GT_ISSUE_DOC_SUPERVISE);
  doc.office_name = NULL;
  doc.unit_name = NULL;
  doc.leader_name = NULL;
  doc.project_code = NULL;
  doc.number_prefix = NULL;
  text = write_doc (f, &doc, "sparse.pdf");
  assert_has (text, "Key Project Office");
  assert_has (text, PROJECT);
  g_assert_null (strstr (text, CODE));
}

/* A sheet for an issue without a deadline asks for it as soon as possible; a
 * letter made before the deadline passed counts no days. */
static void
test_undated (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *sheet = NULL;
  g_autofree char *letter = NULL;
  GtIssueDoc doc;

  fill (&doc, GT_ISSUE_DOC_ASSIGN);
  g_date_clear (&doc.deadline, 1);
  sheet = write_doc (f, &doc, "undated.pdf");
  assert_has (sheet, "solve it as soon as possible");
  g_assert_null (strstr (sheet, "by ,"));
  fill (&doc, GT_ISSUE_DOC_SUPERVISE);
  doc.days_overdue = 0;
  letter = write_doc (f, &doc, "early.pdf");
  assert_has (letter, "it is not solved.");
  g_assert_null (strstr (letter, "0 days"));
}

/* From the register: the issue's particulars, the office's name and the
 * kinds' prefixes from the settings, the letter citing the sheet. */
static void
test_from_register (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "register.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GSettings) settings = gt_office_settings_open ("issue-doc-assign-prefix");
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GtIssueDoc) sheet = NULL;
  g_autoptr(GtIssueDoc) letter = NULL;
  GtIssueDocument sheet_number, letter_number;
  GDate raised, deadline, on;

  g_assert_no_error (error);
  g_assert_nonnull (settings);
  g_settings_set_string (settings, "office-name", OFFICE);
  g_settings_set_string (settings, "issue-doc-assign-prefix", "测重点办交");
  g_settings_set_string (settings, "issue-doc-supervise-prefix", "测重点办督");
  gt_unit_set_name (unit, UNIT);
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (store, unit, &error));
  gt_leader_set_name (leader, LEADER);
  g_assert_true (gt_store_add_leader (store, leader, &error));
  gt_project_set_name (project, PROJECT);
  gt_project_set_code (project, CODE);
  g_assert_true (gt_store_add_project (store, project, &error));
  set_day (&raised, 2023, 3, 20);
  set_day (&deadline, 2023, 4, 15);
  gt_issue_set_project_id (issue, gt_project_get_id (project));
  gt_issue_set_description (issue, PROBLEM);
  gt_issue_set_category (issue, GT_ISSUE_CATEGORY_DEMOLITION);
  gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_raised_on (issue, &raised);
  gt_issue_set_unit_id (issue, gt_unit_get_id (unit));
  gt_issue_set_leader_id (issue, gt_leader_get_id (leader));
  gt_issue_set_deadline (issue, &deadline);
  g_assert_true (gt_store_add_issue (store, issue, &error));
  g_assert_no_error (error);

  set_day (&on, 2023, 3, 29);
  g_assert_true (gt_store_add_issue_document (store, gt_issue_get_id (issue),
                                              GT_ISSUE_DOC_ASSIGN, &on, &sheet_number, &error));
  sheet = gt_issue_doc_new_for_issue (store, &sheet_number, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sheet->kind, ==, GT_ISSUE_DOC_ASSIGN);
  g_assert_cmpstr (sheet->office_name, ==, OFFICE);
  g_assert_cmpstr (sheet->number_prefix, ==, "测重点办交");
  g_assert_cmpuint (sheet->serial, ==, 1);
  g_assert_cmpint (sheet->year, ==, 2023);
  g_assert_cmpstr (sheet->project_name, ==, PROJECT);
  g_assert_cmpstr (sheet->project_code, ==, CODE);
  g_assert_cmpstr (sheet->problem, ==, PROBLEM);
  g_assert_cmpstr (sheet->unit_name, ==, UNIT);
  g_assert_cmpstr (sheet->leader_name, ==, LEADER);
  g_assert_cmpint (g_date_compare (&sheet->deadline, &deadline), ==, 0);
  g_assert_cmpint (g_date_compare (&sheet->date, &on), ==, 0);
  g_assert_cmpint (sheet->level, ==, GT_ESCALATION_ASSIGNED);

  set_day (&on, 2023, 5, 10);
  g_assert_true (gt_store_add_issue_document (store, gt_issue_get_id (issue),
                                              GT_ISSUE_DOC_SUPERVISE, &on, &letter_number,
                                              &error));
  letter = gt_issue_doc_new_for_issue (store, &letter_number, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (letter->number_prefix, ==, "测重点办督");
  g_assert_cmpuint (letter->serial, ==, 1);
  g_assert_cmpint (letter->level, ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpstr (letter->assign_number, ==, "测重点办交[2023] No. 1");
  g_assert_cmpint (g_date_get_day (&letter->assigned_on), ==, 29);
  g_assert_cmpuint (letter->days_overdue, ==, 25);
  g_assert_cmpint (g_date_compare (&letter->first_deadline, &deadline), ==, 0);
  /* A week to solve it. */
  g_assert_cmpint (g_date_days_between (&letter->date, &letter->deadline), ==,
                   GT_ISSUE_DOC_SUPERVISE_DAYS);
  g_free (write_doc (f, letter, "letter.pdf"));

  /* An issue gone: no document. */
  letter_number.issue_id = 9999;
  g_assert_null (gt_issue_doc_new_for_issue (store, &letter_number, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_settings_reset (settings, "office-name");
  g_settings_reset (settings, "issue-doc-assign-prefix");
  g_settings_reset (settings, "issue-doc-supervise-prefix");
}

static void
test_zh_cn (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *assign_text = NULL;
  g_autofree char *supervise_text = NULL;
  g_autofree char *assign_path = g_build_filename (f->dir, "交办单.pdf", NULL);
  g_autofree char *supervise_path = g_build_filename (f->dir, "督办函.pdf", NULL);
  GtIssueDoc doc;

  gt_test_use_zh_cn ();
  if (g_str_equal (gt_issue_doc_kind_get_label (GT_ISSUE_DOC_SUPERVISE), "Supervision Letter"))
    {
      g_test_skip ("po/parts/escalation.po is not in the build's zh_CN catalogue yet");
      return;
    }
  fill (&doc, GT_ISSUE_DOC_ASSIGN);
  assign_text = write_doc (f, &doc, "交办单.pdf");
  g_assert_cmpuint (pdf_pages (assign_path), ==, 1);
  assert_has (assign_text, PREFIX "〔2023〕第12号");
  assert_has (assign_text, "交办单");
  assert_has (assign_text, "2023年3月29日");
  assert_has (assign_text, "2023年4月15日");
  assert_has (assign_text, "承办人");
  assert_has (assign_text, "审核人");
  assert_has (assign_text, "签发人");
  fill (&doc, GT_ISSUE_DOC_SUPERVISE);
  supervise_text = write_doc (f, &doc, "督办函.pdf");
  g_assert_cmpuint (pdf_pages (supervise_path), ==, 1);
  assert_has (supervise_text, PREFIX "〔2023〕第3号");
  assert_has (supervise_text, "挂牌督办");
  assert_has (supervise_text, UNIT "：");
  assert_has (supervise_text, "已逾期25天");
  assert_has (supervise_text, "（项目代码：" CODE "）");
  assert_has (supervise_text, "予以挂牌督办");
}

/* A level's change in the change history, in words. */
static void
test_history_words (void)
{
  g_autofree char *listed = gt_export_describe_value (NULL, "issue", "escalation_level", "3");
  g_autofree char *none = gt_export_describe_value (NULL, "issue", "escalation_level", "0");

  g_assert_cmpstr (gt_export_describe_field ("issue", "escalation_level"), ==,
                   "Supervision level");
  g_assert_cmpstr (listed, ==, gt_escalation_level_get_label (GT_ESCALATION_LISTED));
  g_assert_cmpstr (none, ==, gt_escalation_level_get_label (GT_ESCALATION_NONE));
}

/* The visit an issue was assigned on (现场交办), in the change history, by its
 * day and kind; a visit deleted since, by its id. */
static void
test_history_visit (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "register.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GtVisit) visit = gt_visit_new ();
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *day = NULL;
  GtIssue *issue = gt_issue_new ();
  GDate on;

  g_assert_no_error (error);
  gt_leader_set_name (leader, LEADER);
  g_assert_true (gt_store_add_leader (store, leader, &error));
  gt_project_set_name (project, PROJECT);
  g_assert_true (gt_store_add_project (store, project, &error));
  set_day (&on, 2023, 4, 12);
  gt_visit_set_leader_id (visit, gt_leader_get_id (leader));
  gt_visit_set_visited_on (visit, &on);
  gt_visit_set_kind (visit, GT_VISIT_ON_SITE);
  gt_visit_add_project_id (visit, gt_project_get_id (project));
  gt_issue_set_project_id (issue, gt_project_get_id (project));
  gt_issue_set_description (issue, PROBLEM);
  g_ptr_array_add (issues, issue);
  g_assert_true (gt_store_add_visit (store, visit, issues, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (gt_export_describe_field ("issue", "visit_id"), ==, "Site visit");
  id = g_strdup_printf ("%" G_GINT64_FORMAT, gt_visit_get_id (visit));
  shown = gt_export_describe_value (store, "issue", "visit_id", id);
  day = gt_format_date (&on);
  wanted = g_strdup_printf ("%s %s", day, gt_visit_kind_get_label (GT_VISIT_ON_SITE));
  g_assert_cmpstr (shown, ==, wanted);

  g_assert_true (gt_store_delete_visit (store, gt_visit_get_id (visit), &error));
  g_assert_no_error (error);
  gone = gt_export_describe_value (store, "issue", "visit_id", id);
  g_assert_cmpstr (gone, ==, id);
}

static void
test_names (void)
{
  GtIssueDoc doc;
  g_autofree char *name = NULL;
  GtIssueDocKind kind = GT_N_ISSUE_DOC_KINDS;

  g_assert_true (gt_issue_doc_kind_from_id ("assign", &kind));
  g_assert_cmpint (kind, ==, GT_ISSUE_DOC_ASSIGN);
  g_assert_true (gt_issue_doc_kind_from_id ("supervise", &kind));
  g_assert_cmpint (kind, ==, GT_ISSUE_DOC_SUPERVISE);
  g_assert_false (gt_issue_doc_kind_from_id ("notice", &kind));
  g_assert_cmpstr (gt_issue_doc_kind_to_id (GT_ISSUE_DOC_ASSIGN), ==, "assign");

  fill (&doc, GT_ISSUE_DOC_ASSIGN);
  doc.number_prefix = "县/重点办 ";
  name = gt_issue_doc_file_name (&doc);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_null (strchr (name, '/'));
  g_assert_null (strchr (name, ' '));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/issue-doc/assign", Fixture, NULL, set_up, test_assign, tear_down);
  g_test_add ("/issue-doc/supervise", Fixture, NULL, set_up, test_supervise, tear_down);
  g_test_add ("/issue-doc/long-problem", Fixture, NULL, set_up, test_long_problem, tear_down);
  g_test_add ("/issue-doc/sparse", Fixture, NULL, set_up, test_sparse, tear_down);
  g_test_add ("/issue-doc/undated", Fixture, NULL, set_up, test_undated, tear_down);
  g_test_add ("/issue-doc/from-register", Fixture, NULL, set_up, test_from_register,
              tear_down);
  /* Last: it switches the messages to zh_CN. */
  g_test_add_func ("/issue-doc/history-words", test_history_words);
  g_test_add ("/issue-doc/history-visit", Fixture, NULL, set_up, test_history_visit,
              tear_down);
  g_test_add_func ("/issue-doc/names", test_names);
  g_test_add ("/issue-doc/zh-cn", Fixture, NULL, set_up, test_zh_cn, tear_down);

  return g_test_run ();
}
