/* gt-chart-text.h
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A Pango layout for @cr that shapes Chinese with the mainland (zh-cn) glyphs. */
PangoLayout *gt_chart_text_create_layout (cairo_t *cr);

G_END_DECLS
