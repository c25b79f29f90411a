/* gt-cli-issue-doc.c: an issue's numbered document from the command line.
 *
 * The number is taken from the register (gt_store_add_issue_document(), under
 * its write lock, so a desk numbering at the same time gets another), after
 * the file's place has been checked, so that a refused file name costs no
 * number. An issue has one 交办单: asked for again, the same sheet is printed
 * again with its number and date. Each 督办函 is a new letter with a number of
 * its own. Without --kind, an issue under 督办 or 挂牌督办 gets a 督办函, any
 * other a 交办单.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-cli-escalation.h"
#include "gt-cli-issue-doc.h"
#include "gt-export-file.h"
#include "gt-issue-doc.h"
#include "gt-office-settings.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_issue_doc_add_options (GApplication *app)
{
  g_application_add_main_option (app, "export-issue-doc", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the numbered assignment sheet or supervision "
                                   "letter of the issue of --issue to FILE as PDF, and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "issue", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT64,
                                 _("With --export-issue-doc, the issue’s number"), _("ID"));
  g_application_add_main_option (app, "kind", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --export-issue-doc, assign (the assignment sheet) or "
                                   "supervise (the supervision letter); default: by the "
                                   "issue’s level"), _("assign|supervise"));
}

static int
fail (int         status,
      const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return status;
}

int
gt_cli_issue_doc_run (GVariantDict *options)
{
  static const char *const others[] = {
    "export-pdf", "export-png", "export-xlsx", "export-csv", "export-notice",
    "export-slides", "escalate", "month", "summary", "import", "chart", "table", "json",
    "year",
  };
  g_autofree char *default_path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;
  const char *output = NULL;
  const char *database = NULL;
  const char *kind_text = NULL;
  gint64 issue_id = 0;
  GtIssueDocKind kind = GT_ISSUE_DOC_ASSIGN;
  GtEscalationLevel level = GT_ESCALATION_NONE;
  GtIssueDocument document = { 0, };
  GDate date;

  g_variant_dict_lookup (options, "kind", "&s", &kind_text);
  g_variant_dict_lookup (options, "issue", "x", &issue_id);
  if (!g_variant_dict_lookup (options, "export-issue-doc", "^&ay", &output))
    {
      if (kind_text != NULL || g_variant_dict_contains (options, "issue"))
        return fail (EXIT_BAD_ARGUMENT, _("--issue and --kind go with --export-issue-doc"));
      if (g_variant_dict_contains (options, "as-of") &&
          !g_variant_dict_contains (options, "escalate"))
        return fail (EXIT_BAD_ARGUMENT,
                     _("--as-of goes with --escalate, --export-issue-doc or "
                       "--export-unit-issues"));
      return -1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_variant_dict_contains (options, others[i]))
      return fail (EXIT_BAD_ARGUMENT, _("--export-issue-doc takes only --issue, --kind, "
                                        "--as-of and --database"));
  if (*output == '\0')
    return fail (EXIT_BAD_ARGUMENT, _("--export-issue-doc needs the name of the PDF file "
                                      "to write"));
  if (issue_id <= 0)
    return fail (EXIT_BAD_ARGUMENT, _("--export-issue-doc needs --issue with the issue’s "
                                      "number"));
  if (kind_text != NULL && !gt_issue_doc_kind_from_id (kind_text, &kind))
    return fail (EXIT_BAD_ARGUMENT, _("--kind takes assign or supervise"));
  if (!gt_cli_escalation_get_as_of (options, &date))
    return EXIT_BAD_ARGUMENT;

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  /* Reading must not leave an empty register behind where there was none. */
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *shown = g_filename_display_name (database);
      g_autofree char *message = g_strdup_printf (_("%s: No such file"), shown);

      return fail (EXIT_FAILED, message);
    }
  if (!gt_export_file_check (output, database, &error))
    return fail (EXIT_FAILED, error->message);
  store = gt_store_open (database, &error);
  if (store == NULL || !gt_store_get_escalation_level (store, issue_id, &level, &error))
    return fail (EXIT_FAILED, error->message);
  if (kind_text == NULL)
    kind = level >= GT_ESCALATION_SUPERVISED ? GT_ISSUE_DOC_SUPERVISE : GT_ISSUE_DOC_ASSIGN;
  if (!gt_issue_doc_save (store, issue_id, kind, &date, output, &document, &error))
    return fail (EXIT_FAILED, error->message);

  display = g_filename_display_name (output);
  prefix = gt_office_settings_dup_string (kind == GT_ISSUE_DOC_SUPERVISE
                                          ? "issue-doc-supervise-prefix"
                                          : "issue-doc-assign-prefix");
  number = gt_issue_doc_format_number (prefix, document.year, document.number);
  /* TRANSLATORS: the file written, the document's kind and its number */
  g_print (_("Wrote %s: %s %s"), display, gt_issue_doc_kind_get_label (kind), number);
  g_print ("\n");
  return EXIT_SUCCESS;
}
