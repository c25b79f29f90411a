/* gt-lazy-icons.c: status pages' large icons, loaded when a page first shows.
 *
 * A page of a stack is styled though hidden, and a styled image loads its icon.
 * The large symbolic icons of the empty, no-results and placeholder pages exist
 * only as SVG in the Adwaita theme (the small ones also as PNG), and the first
 * SVG loads the SVG renderer into the process: librsvg, 6 MB resident and some
 * milliseconds, for pages that seldom show. So the icon is taken off each
 * status page and put back when the page is first mapped, before it is laid out.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gt-lazy-icons.h"

#define DEFERRED_ICON "gt-deferred-icon"

static void
status_page_map_cb (AdwStatusPage *page)
{
  g_autofree char *icon_name = g_object_steal_data (G_OBJECT (page), DEFERRED_ICON);

  g_signal_handlers_disconnect_by_func (page, status_page_map_cb, NULL);
  if (icon_name != NULL && adw_status_page_get_icon_name (page) == NULL)
    adw_status_page_set_icon_name (page, icon_name);
}

void
gt_lazy_icons_defer (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (ADW_IS_STATUS_PAGE (widget) &&
      adw_status_page_get_icon_name (ADW_STATUS_PAGE (widget)) != NULL &&
      g_object_get_data (G_OBJECT (widget), DEFERRED_ICON) == NULL)
    {
      AdwStatusPage *page = ADW_STATUS_PAGE (widget);

      g_object_set_data_full (G_OBJECT (page), DEFERRED_ICON,
                              g_strdup (adw_status_page_get_icon_name (page)), g_free);
      adw_status_page_set_icon_name (page, NULL);
      g_signal_connect (page, "map", G_CALLBACK (status_page_map_cb), NULL);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gt_lazy_icons_defer (child);
}
