/* gt-slides-export.c: the slides as a paged document, for the PDF writer.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-export-doc.h"
#include "gt-slides-export.h"

#define PAGE_HEIGHT 720.0   /* points */

typedef struct {
  GtSlideDeck *deck;
  gboolean     dark;
  double       width;
} Slides;

static void
draw_slide (gpointer  data,
            cairo_t  *cr,
            guint     index)
{
  Slides *slides = data;

  gt_slide_deck_draw (slides->deck, index, cr, slides->width, PAGE_HEIGHT, slides->dark, TRUE);
}

gboolean
gt_export_write_slides (GtSlideDeck  *deck,
                        gboolean      dark,
                        const char   *register_path,
                        const char   *path,
                        GError      **error)
{
  return gt_export_write_slides_full (deck, dark, register_path, path, NULL, error);
}

gboolean
gt_export_write_slides_full (GtSlideDeck            *deck,
                             gboolean                dark,
                             const char             *register_path,
                             const char             *path,
                             const GtExportMonitor  *monitor,
                             GError                **error)
{
  Slides slides = { deck, dark, 0 };
  cairo_rectangle_t frame;
  GtExportDoc doc;

  g_return_val_if_fail (deck != NULL && path != NULL, FALSE);

  /* The slide's own width at this height: the frame it takes in a page far
   * wider than any aspect. */
  gt_slide_deck_get_frame (deck, 100 * PAGE_HEIGHT, PAGE_HEIGHT, &frame);
  slides.width = frame.width;
  doc = (GtExportDoc) {
    .width = slides.width,
    .height = PAGE_HEIGHT,
    .n_pages = gt_slide_deck_get_n_slides (deck),
    .draw_page = draw_slide,
    .data = &slides,
    .register_path = register_path,
  };
  return gt_export_write_pdf_full (&doc, path, monitor, error);
}
