/* gt-inspection-report.h: the weekly 督查专报 on A4: the slow (red and
 * amber light) and problem projects of each county leader, and what they
 * decided on site that week (gt-inspection.h gathers it).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"
#include "gt-inspection.h"

G_BEGIN_DECLS

typedef struct _GtInspectionReport GtInspectionReport;

/* The pages of @inspection (borrowed until the report is laid out, which
 * this does), headed by @office_name (NULL or "": a generic one). */
GtInspectionReport *gt_inspection_report_new          (const GtInspection *inspection,
                                                       const char         *office_name);
void                gt_inspection_report_free         (GtInspectionReport *self);
guint               gt_inspection_report_get_n_pages  (GtInspectionReport *self);
/* @doc draws from @self: keep it alive while @doc is used. */
void                gt_inspection_report_get_doc      (GtInspectionReport *self,
                                                       GtExportDoc        *doc);
/* The week of @day in @store as a PDF at @path, never over @store's own
 * file (gt-export-file.h); @n_pages (may be NULL) the pages written. */
gboolean            gt_inspection_report_write_pdf    (GtStore            *store,
                                                       const GDate        *day,
                                                       const GtRagRules   *rules,
                                                       const char         *office_name,
                                                       const char         *path,
                                                       guint              *n_pages,
                                                       GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtInspectionReport, gt_inspection_report_free)

G_END_DECLS
