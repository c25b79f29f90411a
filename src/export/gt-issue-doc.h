/* gt-issue-doc.h: the office's numbered documents about one issue, on A4:
 * the assignment sheet (交办单) that hands an issue to a unit with a deadline,
 * and the supervision letter (督办函) that presses it once overdue.
 *
 * A document is drawn from a GtIssueDoc, finished text and dates handed in,
 * never from a store: the command line and the window fill it (the number
 * allocated by the store, gt-store-escalation.h) and the tests fill it by
 * hand. Both kinds carry the office's red head, the title, the number
 * (〔2023〕第12号, numbered per kind and year), the date, the project, the
 * problem, the responsible unit and leader, the deadline, what is required, and
 * the signature lines 承办人 / 审核人 / 签发人.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-escalation.h"
#include "gt-export-doc.h"
#include "gt-store-escalation.h"

G_BEGIN_DECLS

typedef struct {
  GtIssueDocKind     kind;
  const char        *office_name;    /* NULL or "": a generic one */
  const char        *number_prefix;  /* before 〔2023〕; NULL or "" for none */
  int                year;           /* of the number */
  guint              serial;         /* 12: 第12号 */
  GDate              date;           /* the document's own date */
  const char        *project_name;
  const char        *project_code;   /* NULL or "" for none */
  const char        *problem;        /* the issue's description */
  const char        *category;       /* its category, in words; may be NULL */
  const char        *unit_name;      /* 责任单位; NULL for none */
  const char        *leader_name;    /* 责任领导; NULL for none */
  GDate              raised_on;      /* unset: not known */
  GDate              deadline;       /* the deadline this document sets (办结时限) */
  const char        *requirement;    /* 办理要求; NULL or "" for the standard one */
  /* 督办函 only: the level it presses at, the deadline first set and how far
   * past it the issue is on the letter's date, and the 交办单 that set it. */
  GtEscalationLevel  level;
  GDate              first_deadline;
  guint              days_overdue;
  const char        *assign_number;  /* the 交办单's number; NULL if none was made */
  GDate              assigned_on;    /* its date; unset if none */
  /* The strings of a document made by gt_issue_doc_new_for_issue(); NULL for
   * one filled by hand. */
  GStringChunk      *strings;
} GtIssueDoc;

/* Days a 督办函 gives to solve the issue, from its date. */
#define GT_ISSUE_DOC_SUPERVISE_DAYS 7

/* The kinds (GtIssueDocKind) and gt_issue_doc_format_number() are in
 * gt-escalation.h, for the store to number documents. */

/* The document of @document (numbered by gt_store_add_issue_document()) for
 * its issue in @store, with the office's name and the kind's number prefix
 * from the settings (office-name, issue-doc-assign-prefix,
 * issue-doc-supervise-prefix): dated @document's day; a 交办单 sets the issue's
 * deadline, a 督办函 GT_ISSUE_DOC_SUPERVISE_DAYS after its date, and names the
 * issue's latest 交办单 and how far past its deadline the issue is. NULL with
 * @error set when the issue is gone. Free with gt_issue_doc_free(). */
GtIssueDoc *gt_issue_doc_new_for_issue  (GtStore                *store,
                                         const GtIssueDocument  *document,
                                         GError                **error);
void        gt_issue_doc_free           (GtIssueDoc             *doc);
/* The number of the document of @kind for issue @issue_id made on @date: an
 * issue has one 交办单, so asking for it again gives the one made before (its
 * number and date); a 督办函 is a new one each time, numbered by the register
 * (gt_store_add_issue_document()). */
gboolean    gt_issue_doc_take_number    (GtStore                *store,
                                         gint64                  issue_id,
                                         GtIssueDocKind          kind,
                                         const GDate            *date,
                                         GtIssueDocument        *document,
                                         GError                **error);
/* Takes the number and writes the document to @path as PDF (never over the
 * register); @document (may be NULL) gets its number. */
gboolean    gt_issue_doc_save           (GtStore                *store,
                                         gint64                  issue_id,
                                         GtIssueDocKind          kind,
                                         const GDate            *date,
                                         const char             *path,
                                         GtIssueDocument        *document,
                                         GError                **error);

/* A file name for the document: 交办单〔2023〕第12号.pdf; a new string. */
char       *gt_issue_doc_file_name      (const GtIssueDoc *doc);

typedef struct _GtIssueDocPrint GtIssueDocPrint;

/* Lays @doc out on A4 portrait pages; @doc is read now and not kept. */
GtIssueDocPrint *gt_issue_doc_print_new         (const GtIssueDoc *doc);
void             gt_issue_doc_print_free        (GtIssueDocPrint  *self);
guint            gt_issue_doc_print_get_n_pages (GtIssueDocPrint  *self);
/* The pages as a document, valid while @self is. */
void             gt_issue_doc_print_get_doc     (GtIssueDocPrint  *self,
                                                 GtExportDoc      *out);
/* Writes @doc to @path as PDF; never over the register at @register_path
 * (gt-export-file.h). */
gboolean         gt_issue_doc_write_pdf         (const GtIssueDoc *doc,
                                                 const char       *path,
                                                 const char       *register_path,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtIssueDoc, gt_issue_doc_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtIssueDocPrint, gt_issue_doc_print_free)

G_END_DECLS
