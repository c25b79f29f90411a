/* gt-issue-doc-dialog.h: an issue's 交办单 or 督办函 from the window: where
 * to save it, then its number and the PDF (gt_issue_doc_save()).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-escalation.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* Asks where to save the document of @kind of @issue, dated today, and
 * writes it; a toast on @parent (a GtWindow) says which number it got, a
 * message dialog why it could not. */
void      gt_issue_doc_dialog_show      (GtkWindow       *parent,
                                         GtStore         *store,
                                         GtIssue         *issue,
                                         GtIssueDocKind   kind);
/* What the dialog does once a file is chosen: for tests. The message for the
 * toast in @message (may be NULL). */
gboolean  gt_issue_doc_dialog_save_to   (GtStore         *store,
                                         GtIssue         *issue,
                                         GtIssueDocKind   kind,
                                         const GDate     *date,
                                         GFile           *file,
                                         char           **message,
                                         GError         **error);

G_END_DECLS
