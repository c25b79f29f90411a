/* gt-chart-text.c: text set up the same way for every chart.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-chart-text.h"

/* Which glyphs a Chinese language name wants: Taiwan's or Hong Kong's
 * traditional forms, or the mainland's (zh_CN, zh_SG, zh_Hans, a bare zh).
 * NULL when @name ("zh_TW.UTF-8", "zh-Hant-HK", "de_DE@euro") is no Chinese. */
static const char *
chinese_tag (const char *name)
{
  g_autofree char *bare = g_strndup (name, strcspn (name, ".@"));
  g_auto(GStrv) parts = g_strsplit_set (bare, "_-", -1);
  const char *tag = "zh-cn";

  if (g_ascii_strcasecmp (parts[0], "zh") != 0)
    return NULL;
  for (guint i = 1; parts[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (parts[i], "TW") == 0)
        return "zh-tw";
      if (g_ascii_strcasecmp (parts[i], "HK") == 0 || g_ascii_strcasecmp (parts[i], "MO") == 0)
        return "zh-hk";
      if (g_ascii_strcasecmp (parts[i], "CN") == 0 || g_ascii_strcasecmp (parts[i], "SG") == 0)
        return "zh-cn";
      /* The script alone: traditional is Taiwan's forms unless a region follows. */
      if (g_ascii_strcasecmp (parts[i], "Hant") == 0)
        tag = "zh-tw";
    }
  return tag;
}

PangoLanguage *
gt_chart_text_get_language (void)
{
  const char * const *names = g_get_language_names ();

  /* The first Chinese one is the catalogue gettext takes (there is none for
   * the languages before it; English needs none). */
  for (gsize i = 0; names[i] != NULL; i++)
    {
      const char *tag = chinese_tag (names[i]);

      if (tag != NULL)
        return pango_language_from_string (tag);
    }
  /* The UI is in English, the register still in Chinese: without a Chinese
   * language, fontconfig picks the Japanese variant of Noto CJK, whose glyphs
   * for several hanzi differ from the mainland forms the county writes. */
  return pango_language_from_string ("zh-cn");
}

PangoLayout *
gt_chart_text_create_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);

  pango_context_set_language (context, gt_chart_text_get_language ());
  pango_layout_context_changed (layout);

  return layout;
}
