/* gt-chart-text.h
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The Pango language charts and PDFs shape Chinese by: the UI's, from the
 * first Chinese name of g_get_language_names() (LANGUAGE, then the locale):
 * zh-tw for zh_TW, zh-hk for zh_HK and zh_MO, zh-cn for zh_CN and zh_SG; zh-cn
 * when the UI is not Chinese (the register still is: a Chinese language keeps
 * fontconfig from taking the Japanese glyphs). */
PangoLanguage *gt_chart_text_get_language    (void);

/* A Pango layout for @cr that shapes Chinese with the glyphs of
 * gt_chart_text_get_language(). */
PangoLayout   *gt_chart_text_create_layout   (cairo_t *cr);

G_END_DECLS
