/* gt-filing-dialog.h: who has filed a month's figures (报送情况), in a window of
 * its own opened from Monthly Reports.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_FILING_DIALOG (gt_filing_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GtFilingDialog, gt_filing_dialog, GT, FILING_DIALOG, AdwWindow)

/* The units' filing of @year/@month in @store, judged today; follows the
 * store's changes. Transient for @parent (may be NULL). */
GtFilingDialog *gt_filing_dialog_new            (GtStore        *store,
                                                 GtkWindow      *parent,
                                                 int             year,
                                                 int             month);
/* Shows the dialog @opener opened before, on @year/@month, or a new one. */
void            gt_filing_dialog_show           (GtkWidget      *opener,
                                                 GtStore        *store,
                                                 int             year,
                                                 int             month);
void            gt_filing_dialog_set_month      (GtFilingDialog *self,
                                                 int             year,
                                                 int             month);
int             gt_filing_dialog_get_year       (GtFilingDialog *self);
int             gt_filing_dialog_get_month      (GtFilingDialog *self);
/* The units as shown, in the order shown (GtFiling *); owned by the dialog,
 * valid until it next reads the register. */
GPtrArray      *gt_filing_dialog_get_filings    (GtFilingDialog *self);
/* The reminders Copy Reminders puts on the clipboard, a line a unit. */
char           *gt_filing_dialog_dup_reminders  (GtFilingDialog *self);
/* Writes the units yet to file to @path, PDF or XLSX by its extension, as
 * Export… does. */
gboolean        gt_filing_dialog_export         (GtFilingDialog *self,
                                                 const char     *path,
                                                 GError        **error);

G_END_DECLS
