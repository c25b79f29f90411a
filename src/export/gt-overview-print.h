/* gt-overview-print.h: the overview's charts of a month on paper, four to a
 * page under the title, each drawn by the screen's renderer.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"
#include "gt-figures.h"

G_BEGIN_DECLS

typedef struct _GtOverviewPrint GtOverviewPrint;

/* @figures are borrowed and must outlive the print. */
GtOverviewPrint *gt_overview_print_new        (const GtFigures    *figures,
                                               const GtPrintTitle *title,
                                               double              width,
                                               double              height);
void             gt_overview_print_free       (GtOverviewPrint    *self);
void             gt_overview_print_get_doc    (GtOverviewPrint    *self,
                                               GtExportDoc        *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtOverviewPrint, gt_overview_print_free)

G_END_DECLS
