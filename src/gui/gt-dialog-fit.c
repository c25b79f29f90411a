/* gt-dialog-fit.c: dialogs (and the main window) no larger than the screen.
 *
 * The editors open at 640 × 760 and the import preview at 620 × 640, sizes
 * chosen on a large screen; on the 800 × 600 screens some offices still use,
 * their buttons were below the bottom edge. Every dialog's content scrolls, so
 * a dialog only has to open at most as large as its monitor: the default size
 * is capped as the dialog is realized, before its first layout. One hook for
 * every dialog (editors, preferences, import, print), so that a new one cannot
 * forget it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-dialog-fit.h"

/* Kept free of the monitor's edge for its panels (GNOME's top bar, a task bar
 * at the bottom of deepin or UOS) and the dialog's own title bar shadow. */
#define PANEL_MARGIN 48

/* Where a main window opens is the window manager's choice: it is kept within
 * the largest monitor, so that a window saved on a large screen still fits a
 * small one (the saved size is the unmaximized one, 1280 × 800 at first). */
static GdkMonitor *
largest_monitor (GdkDisplay *display)
{
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkMonitor *largest = NULL;
  gint64 largest_area = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      GdkMonitor *monitor = g_list_model_get_item (monitors, i);
      GdkRectangle area;

      /* Borrowed: the display's list keeps it. */
      g_object_unref (monitor);
      gdk_monitor_get_geometry (monitor, &area);
      if ((gint64) area.width * area.height > largest_area)
        {
          largest_area = (gint64) area.width * area.height;
          largest = monitor;
        }
    }

  return largest;
}

static gboolean
realize_hook (GSignalInvocationHint *hint,
              guint                  n_values,
              const GValue          *values,
              gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);
  GtkWindow *parent;
  GdkSurface *surface;
  GdkMonitor *monitor = NULL;
  GdkRectangle area;

  if (!GTK_IS_WINDOW (object))
    return TRUE;

  /* A dialog: the monitor of the window it belongs to. A main window: any.
   * Other windows (the presentation, sized to its monitor) are left alone. */
  parent = gtk_window_get_transient_for (GTK_WINDOW (object));
  if (parent != NULL && (surface = gtk_native_get_surface (GTK_NATIVE (parent))) != NULL)
    monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  else if (parent == NULL && GTK_IS_APPLICATION_WINDOW (object))
    monitor = largest_monitor (gtk_widget_get_display (GTK_WIDGET (object)));
  if (monitor == NULL)
    return TRUE;

  gdk_monitor_get_geometry (monitor, &area);
  gt_dialog_fit_to (GTK_WINDOW (object), area.width, area.height - PANEL_MARGIN);
  return TRUE;
}

void
gt_dialog_fit_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* A class's signals exist only once the class does. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  realize_hook, NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&installed, 1);
    }
}

void
gt_dialog_fit_to (GtkWindow *window,
                  int        max_width,
                  int        max_height)
{
  int width, height;

  g_return_if_fail (GTK_IS_WINDOW (window));

  gtk_window_get_default_size (window, &width, &height);
  if ((width > max_width && max_width > 0) || (height > max_height && max_height > 0))
    gtk_window_set_default_size (window,
                                 width > max_width && max_width > 0 ? max_width : width,
                                 height > max_height && max_height > 0 ? max_height : height);
}
