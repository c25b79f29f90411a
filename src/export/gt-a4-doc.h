/* gt-a4-doc.h: what the office's A4 documents drawn with Pango share
 * (gt-notice-print.c, gt-issue-doc.c, gt-inspection-report.c): the text's
 * context, its layouts, its lines measured for the page flow, and the red
 * head's lines, the red rule and the page number drawn; for src/export only.
 *
 * Each document keeps its own flow (what a table's row is differs), so these
 * are small functions on plain values rather than a shared document type.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* One line of a layout, measured for the page flow. */
typedef struct {
  double height;     /* the pitch, or the line's own height when taller */
  double x;          /* the line's left, from the layout's */
  double baseline;   /* from the line's top, centred in @height */
} GtA4Line;

PangoContext *_gt_a4_doc_new_context      (void);
PangoLayout  *_gt_a4_doc_new_layout       (PangoContext *context,
                                           const char   *family,
                                           double        size,
                                           gboolean      bold,
                                           double        width);
/* Sets @text in @layout and measures its lines (GtA4Line), line i of the
 * layout at index i. */
GArray       *_gt_a4_doc_measure_lines    (PangoLayout  *layout,
                                           const char   *text,
                                           double        pitch);
void          _gt_a4_doc_draw_line        (cairo_t      *cr,
                                           PangoLayout  *layout,
                                           int           line,
                                           double        x,
                                           double        baseline,
                                           gboolean      red);
void          _gt_a4_doc_draw_rule        (cairo_t      *cr,
                                           double        y,
                                           double        width);
void          _gt_a4_doc_draw_page_number (cairo_t      *cr,
                                           PangoContext *context,
                                           double        size,
                                           double        page_width,
                                           double        y,
                                           guint         index);

G_END_DECLS
