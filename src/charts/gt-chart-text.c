/* gt-chart-text.c: text set up the same way for every chart.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-chart-text.h"

PangoLayout *
gt_chart_text_create_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);

  /* Without a Chinese language tag, fontconfig picks the Japanese variant of
   * Noto CJK, whose glyphs for several hanzi differ from the mainland forms. */
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  pango_layout_context_changed (layout);

  return layout;
}
