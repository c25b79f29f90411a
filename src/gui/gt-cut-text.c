/* gt-cut-text.c: the whole text of a label cut short, on hover.
 *
 * List cells show names in fixed-width columns and cut them off with "…". The
 * tooltip is asked for when the pointer rests on a cell instead of being set as
 * each cell is bound: gtk_widget_set_tooltip_text() on a visible widget asks
 * the display where the pointer is, a round trip to the X server for every one
 * of the hundreds of cells a list binds; and the tooltip only shows when
 * something was cut.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-cut-text.h"
#include "gt-tooltips.h"

static gboolean
query_tooltip_cb (GtkLabel   *label,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = gtk_label_get_text (label);

  if (text == NULL || *text == '\0' || !pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
gt_cut_text_add_tooltip (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  /* A whole name is long: it wraps as Chinese (gt_tooltips_install(), from the
   * application's start-up). */
  gtk_widget_set_has_tooltip (GTK_WIDGET (label), TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}
