/* gt-issue-doc-build.c: an issue's numbered document (gt-issue-doc.h) filled
 * from the register and the office's settings.
 *
 * The renderer draws what it is handed and never reads a store: this is where
 * the issue, its project, unit and leader, its level and its earlier 交办单
 * are looked up, once, into finished text.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-export-file.h"
#include "gt-issue-doc.h"
#include "gt-office-settings.h"

static const char *
keep (GtIssueDoc *doc,
      const char *text)
{
  return text != NULL ? g_string_chunk_insert (doc->strings, text) : NULL;
}

static const char *
keep_setting (GtIssueDoc *doc,
              const char *key)
{
  g_autofree char *value = gt_office_settings_dup_string (key);

  return keep (doc, value != NULL ? value : "");
}

static const char *
prefix_key (GtIssueDocKind kind)
{
  return kind == GT_ISSUE_DOC_SUPERVISE ? "issue-doc-supervise-prefix"
                                        : "issue-doc-assign-prefix";
}

/* The issue's latest 交办单 before @document, for the letter to cite. */
static gboolean
find_assignment (GtStore               *store,
                 const GtIssueDocument *document,
                 GtIssueDocument       *assignment,
                 GError               **error)
{
  g_autoptr(GArray) documents = gt_store_list_issue_documents (store, document->issue_id,
                                                               error);
  gboolean found = FALSE;

  if (documents == NULL)
    return FALSE;
  for (guint i = 0; i < documents->len; i++)
    {
      GtIssueDocument *earlier = &g_array_index (documents, GtIssueDocument, i);

      if (earlier->kind == GT_ISSUE_DOC_ASSIGN && earlier->id != document->id)
        {
          *assignment = *earlier;
          found = TRUE;
        }
    }
  if (!found)
    assignment->id = 0;
  return TRUE;
}

GtIssueDoc *
gt_issue_doc_new_for_issue (GtStore                *store,
                            const GtIssueDocument  *document,
                            GError                **error)
{
  g_autoptr(GtIssueDoc) doc = NULL;
  GtIssue *issue;
  GtProject *project;
  GtUnit *unit;
  GtLeader *leader;
  GtEscalationLevel level = GT_ESCALATION_NONE;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (document != NULL, NULL);

  /* The issues list loads on first use. */
  gt_store_get_issues (store);
  issue = gt_store_lookup_issue (store, document->issue_id);
  project = issue != NULL ? gt_store_lookup_project (store, gt_issue_get_project_id (issue))
                          : NULL;
  if (issue == NULL || project == NULL)
    {
      g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                           _("The issue no longer exists."));
      return NULL;
    }
  if (!gt_store_get_escalation_level (store, document->issue_id, &level, error))
    return NULL;

  doc = g_new0 (GtIssueDoc, 1);
  doc->strings = g_string_chunk_new (256);
  doc->kind = document->kind;
  doc->office_name = keep_setting (doc, "office-name");
  doc->number_prefix = keep_setting (doc, prefix_key (document->kind));
  doc->year = document->year;
  doc->serial = document->number;
  doc->date = document->issued_on;
  doc->project_name = keep (doc, gt_project_get_name (project));
  doc->project_code = keep (doc, gt_project_get_code (project));
  doc->problem = keep (doc, gt_issue_get_description (issue));
  doc->category = keep (doc, gt_issue_category_get_label (gt_issue_get_category (issue)));
  unit = gt_issue_get_unit_id (issue) != 0
         ? gt_store_lookup_unit (store, gt_issue_get_unit_id (issue)) : NULL;
  leader = gt_issue_get_leader_id (issue) != 0
           ? gt_store_lookup_leader (store, gt_issue_get_leader_id (issue)) : NULL;
  doc->unit_name = unit != NULL ? keep (doc, gt_unit_get_name (unit)) : NULL;
  doc->leader_name = leader != NULL ? keep (doc, gt_leader_get_name (leader)) : NULL;
  g_date_clear (&doc->raised_on, 1);
  if (gt_issue_get_raised_on (issue) != NULL && g_date_valid (gt_issue_get_raised_on (issue)))
    doc->raised_on = *gt_issue_get_raised_on (issue);
  g_date_clear (&doc->deadline, 1);
  g_date_clear (&doc->first_deadline, 1);
  g_date_clear (&doc->assigned_on, 1);
  if (gt_issue_get_deadline (issue) != NULL && g_date_valid (gt_issue_get_deadline (issue)))
    doc->first_deadline = *gt_issue_get_deadline (issue);

  if (document->kind == GT_ISSUE_DOC_ASSIGN)
    {
      doc->deadline = doc->first_deadline;
      doc->level = MAX (level, GT_ESCALATION_ASSIGNED);
    }
  else
    {
      GtIssueDocument assignment = { 0, };

      doc->level = MAX (level, GT_ESCALATION_SUPERVISED);
      doc->deadline = doc->date;
      g_date_add_days (&doc->deadline, GT_ISSUE_DOC_SUPERVISE_DAYS);
      doc->days_overdue = gt_escalation_days_overdue (&doc->first_deadline, &doc->date);
      if (!find_assignment (store, document, &assignment, error))
        return NULL;
      if (assignment.id != 0)
        {
          const char *key = prefix_key (GT_ISSUE_DOC_ASSIGN);
          g_autofree char *prefix = gt_office_settings_dup_string (key);
          g_autofree char *number = gt_issue_doc_format_number (prefix, assignment.year,
                                                                assignment.number);

          doc->assign_number = keep (doc, number);
          doc->assigned_on = assignment.issued_on;
        }
    }
  return g_steal_pointer (&doc);
}

void
gt_issue_doc_free (GtIssueDoc *doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer (&doc->strings, g_string_chunk_free);
  g_free (doc);
}

gboolean
gt_issue_doc_take_number (GtStore          *store,
                          gint64            issue_id,
                          GtIssueDocKind    kind,
                          const GDate      *date,
                          GtIssueDocument  *document,
                          GError          **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  /* Nothing to press on an issue solved: no number is taken for it. */
  if (kind == GT_ISSUE_DOC_SUPERVISE)
    {
      GtIssue *issue;

      gt_store_get_issues (store);
      issue = gt_store_lookup_issue (store, issue_id);
      if (issue != NULL && !gt_issue_status_is_open (gt_issue_get_status (issue)))
        {
          g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                               _("The issue is resolved: it needs no supervision letter."));
          return FALSE;
        }
    }
  if (kind == GT_ISSUE_DOC_ASSIGN)
    {
      g_autoptr(GArray) documents = gt_store_list_issue_documents (store, issue_id, error);

      if (documents == NULL)
        return FALSE;
      for (guint i = 0; i < documents->len; i++)
        if (g_array_index (documents, GtIssueDocument, i).kind == GT_ISSUE_DOC_ASSIGN)
          {
            *document = g_array_index (documents, GtIssueDocument, i);
            return TRUE;
          }
    }
  return gt_store_add_issue_document (store, issue_id, kind, date, document, error);
}

/* The file's place is checked before a number is taken: a refused name costs
 * none. A number taken for a file that then could not be written stays taken
 * (a gap in the year's numbers, as a spoilt paper form would leave). */
gboolean
gt_issue_doc_save (GtStore          *store,
                   gint64            issue_id,
                   GtIssueDocKind    kind,
                   const GDate      *date,
                   const char       *path,
                   GtIssueDocument  *document,
                   GError          **error)
{
  g_autoptr(GtIssueDoc) doc = NULL;
  GtIssueDocument taken = { 0, };

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!gt_export_file_check (path, gt_store_get_path (store), error) ||
      !gt_issue_doc_take_number (store, issue_id, kind, date, &taken, error))
    return FALSE;
  doc = gt_issue_doc_new_for_issue (store, &taken, error);
  if (doc == NULL || !gt_issue_doc_write_pdf (doc, path, gt_store_get_path (store), error))
    return FALSE;
  if (document != NULL)
    *document = taken;
  return TRUE;
}
