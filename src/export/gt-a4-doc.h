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

/* Where an item of the flow stands: its page, its top from the text's. */
typedef struct {
  guint  item;
  guint  page;
  double y;
} GtA4Placement;

/* What the page flow needs to know of item @i. */
typedef struct {
  double   height;
  gboolean keep_with_next;   /* a heading: goes over with what follows */
  gboolean gap;              /* space: dropped at a page's top */
} GtA4Box;

typedef void  (*GtA4BoxFunc)    (gpointer  data,
                                 guint     i,
                                 GtA4Box  *box);
/* The item to stand first on a new page before item @i (a table's header
 * row, repeated), or G_MAXUINT for none. */
typedef guint (*GtA4HeaderFunc) (gpointer  data,
                                 guint     i);

/* Cuts @n_items into pages @text_height tall, appending a GtA4Placement to
 * @placements for each item placed; @header may be NULL. The pages' count. */
guint         _gt_a4_doc_paginate         (guint           n_items,
                                           double          text_height,
                                           GtA4BoxFunc     box,
                                           GtA4HeaderFunc  header,
                                           gpointer        data,
                                           GArray         *placements);

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
