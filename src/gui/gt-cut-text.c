/* gt-cut-text.c: the whole text of a label or inscription cut short, on hover.
 *
 * List cells show names in fixed-width columns and cut them off with "…". The
 * tooltip is asked for when the pointer rests on a cell instead of being set as
 * each cell is bound: gtk_widget_set_tooltip_text() on a visible widget asks
 * the display where the pointer is, a round trip to the X server for every one
 * of the hundreds of cells a list binds, and the tooltip also only shows when
 * something was actually cut.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-cut-text.h"

static gboolean
is_cut (GtkWidget  *widget,
        const char *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (GTK_IS_LABEL (widget))
    return pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget)));

  layout = gtk_widget_create_pango_layout (widget, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width > gtk_widget_get_width (widget);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                                           : gtk_inscription_get_text (GTK_INSCRIPTION (widget));

  if (text == NULL || *text == '\0' || !is_cut (widget, text))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
gt_cut_text_add_tooltip (GtkWidget *label_or_inscription)
{
  g_return_if_fail (GTK_IS_LABEL (label_or_inscription) ||
                    GTK_IS_INSCRIPTION (label_or_inscription));

  gtk_widget_set_has_tooltip (label_or_inscription, TRUE);
  g_signal_connect (label_or_inscription, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}
