/* gt-notice-print.h: the monthly notice (gt-notice.h) laid out on A4 pages,
 * for the PDF writer and the print dialog.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"
#include "gt-notice.h"

G_BEGIN_DECLS

typedef struct _GtNoticePrint GtNoticePrint;

/* Measures @notice onto A4 portrait pages; @notice is read now and not kept. */
GtNoticePrint *gt_notice_print_new         (const GtNotice *notice);
void           gt_notice_print_free        (GtNoticePrint  *self);
guint          gt_notice_print_get_n_pages (GtNoticePrint  *self);
/* The pages as a document, valid while @self is. */
void           gt_notice_print_get_doc     (GtNoticePrint  *self,
                                            GtExportDoc    *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtNoticePrint, gt_notice_print_free)

G_END_DECLS
