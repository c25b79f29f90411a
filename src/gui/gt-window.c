/* gt-window.c: the main window.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-a11y.h"
#include "gt-gantt-view.h"
#include "gt-issues-view.h"
#include "gt-leaders-view.h"
#include "gt-overview-view.h"
#include "gt-projects-view.h"
#include "gt-reports-view.h"
#include "gt-server-url.h"
#include "gt-window-private.h"

G_DEFINE_FINAL_TYPE (GtWindow, gt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How often an active window asks the store whether another program (a second
 * window, the command line) committed: within a second, for one PRAGMA when
 * nobody did. */
#define REFRESH_INTERVAL_MS 500

static void
store_undo_changed_cb (GtWindow   *self,
                       GParamSpec *pspec,
                       GtStore    *store)
{
  _gt_window_actions_update (self);
}

/* The header's Undo button names the step it takes back, as the toasts do. */
static void
store_undo_label_cb (GtWindow   *self,
                     GParamSpec *pspec,
                     GtStore    *store)
{
  const char *label = gt_store_get_undo_label (store);
  g_autofree char *tooltip = NULL;

  if (label != NULL && label[0] != '\0')
    /* TRANSLATORS: the Undo button's tooltip, naming the step it takes back */
    tooltip = g_strdup_printf (_("Undo “%s” (Ctrl+Z)"), label);
  gtk_widget_set_tooltip_text (self->undo_button, tooltip != NULL ? tooltip : _("Undo (Ctrl+Z)"));
}

static void
refresh_store (GtWindow *self)
{
  GtConnection *connection = gt_connection_get (self->store);
  g_autoptr(GError) error = NULL;

  /* While the server is gone, GtConnection tries to get it back. */
  if (!gt_connection_get_connected (connection))
    return;

  /* A failed read now is no reason to interrupt anyone: the next poll tries
   * again, and an edit would report the trouble itself. Unless the server
   * went away with it (or with an edit since the last poll): the window then
   * says so, and turns read-only until it is back. */
  if (!gt_store_refresh (self->store, &error) && error != NULL)
    g_debug ("Could not refresh the register: %s", error->message);
  gt_connection_check (connection);
}

static gboolean
refresh_cb (gpointer user_data)
{
  refresh_store (GT_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
}

/* Only the window someone works in polls: one in the background, or on another
 * desktop, catches up the moment it is brought back. On a server the window
 * polls always: asking costs a read of its socket (LISTEN/NOTIFY), no query,
 * and a lost connection must show and turn editing off while an editor is in
 * front of the window. */
static void
active_changed_cb (GtWindow   *self,
                   GParamSpec *pspec,
                   gpointer    user_data)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) || gt_store_is_server (self->store))
    {
      refresh_store (self);
      if (self->refresh_id == 0)
        self->refresh_id = g_timeout_add_full (G_PRIORITY_LOW, REFRESH_INTERVAL_MS, refresh_cb,
                                               self, NULL);
    }
  else
    {
      g_clear_handle_id (&self->refresh_id, g_source_remove);
    }
}

static void
connection_changed_cb (GtWindow     *self,
                       GParamSpec   *pspec,
                       GtConnection *connection)
{
  gtk_revealer_set_reveal_child (self->server_notice,
                                 !gt_connection_get_connected (connection));
  _gt_window_actions_update (self);
}

static void
reconnected_cb (GtWindow     *self,
                GtConnection *connection)
{
  gt_window_show_toast (self, _("Reconnected to the server"));
}

/* A register on a server is named by it: "guatu@192.168.1.10/county". */
static void
show_location (GtWindow *self)
{
  g_autofree char *server = NULL;
  g_autofree char *title = NULL;

  if (!gt_store_is_server (self->store))
    return;
  server = gt_server_url_describe (gt_store_get_path (self->store));
  /* "guatu@192.168.1.10/county — Guatu", for the task bar and Alt+Tab. */
  title = g_strdup_printf (_("%s — Guatu"), server);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title), server);
  gtk_label_set_text (self->server_label, server);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->server_label), server);
  gtk_widget_set_visible (GTK_WIDGET (self->server_label), TRUE);
}

typedef struct {
  const char *name;
  const char *title;
  const char *icon;
  GtkWidget *(*new_page) (GtStore *store);
} GtPageInfo;

static const GtPageInfo pages[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", gt_overview_view_new },
  { "projects", N_("Projects"), "view-list-symbolic", gt_projects_view_new },
  { "reports", N_("Monthly Reports"), "x-office-spreadsheet-symbolic", gt_reports_view_new },
  { "gantt", N_("Wall Chart"), "x-office-presentation-symbolic", gt_gantt_view_new },
  { "leaders", N_("Leaders"), "system-users-symbolic", gt_leaders_view_new },
  { "issues", N_("Issues"), "dialog-warning-symbolic", gt_issues_view_new },
};

/* Each page sits in an AdwBin and is built the first time it is asked for: a
 * page over 50,000 issues costs start-up time that nobody asked for yet. */
static GtkWidget *
ensure_page (GtWindow   *self,
             const char *name)
{
  GtkWidget *bin = adw_view_stack_get_child_by_name (self->stack, name);

  if (bin == NULL)
    return NULL;

  if (adw_bin_get_child (ADW_BIN (bin)) == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        if (g_str_equal (pages[i].name, name))
          adw_bin_set_child (ADW_BIN (bin), pages[i].new_page (self->store));
    }

  return adw_bin_get_child (ADW_BIN (bin));
}

static void
visible_page_changed_cb (GtWindow     *self,
                         GParamSpec   *pspec,
                         AdwViewStack *stack)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  if (name != NULL)
    ensure_page (self, name);
}

static void
add_pages (GtWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    adw_view_stack_add_titled_with_icon (self->stack, adw_bin_new (), pages[i].name,
                                         _(pages[i].title), pages[i].icon);

  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
attach_switchers_cb (gpointer user_data)
{
  GtWindow *self = user_data;
  GtkWidget *shown = adw_squeezer_get_visible_child (self->title_squeezer);

  self->attach_switchers_id = 0;
  if (shown == GTK_WIDGET (self->narrow_switcher) &&
      adw_view_switcher_get_stack (self->narrow_switcher) == NULL)
    adw_view_switcher_set_stack (self->narrow_switcher, self->stack);
  if (shown == self->window_title &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    {
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
      adw_view_switcher_bar_set_reveal (self->switcher_bar, TRUE);
    }
  return G_SOURCE_REMOVE;
}

/* The title shows the first that fits of: the wide switcher, the narrow one,
 * the window's title with the bar at the bottom revealed. A switcher only gets
 * its buttons (the stack) when it is the one that fits; until then it takes no
 * room, so the squeezer picks it, it is filled after the layout, and the
 * squeezer then keeps it or moves on. */
static void
title_squeezed_cb (GtWindow    *self,
                   GParamSpec  *pspec,
                   AdwSqueezer *squeezer)
{
  GtkWidget *shown = adw_squeezer_get_visible_child (squeezer);
  gboolean narrow_empty = adw_view_switcher_get_stack (self->narrow_switcher) == NULL;
  gboolean bar_empty = adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL;

  adw_view_switcher_bar_set_reveal (self->switcher_bar, shown == self->window_title && !bar_empty);
  if (self->attach_switchers_id == 0 &&
      ((shown == GTK_WIDGET (self->narrow_switcher) && narrow_empty) ||
       (shown == self->window_title && bar_empty)))
    self->attach_switchers_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, attach_switchers_cb,
                                                 self, NULL);
}

/* libadwaita 1.2's switchers build all their buttons again for every page
 * added, so they are given the stack once it has all its pages. */
static void
attach_switchers (GtWindow *self)
{
  adw_view_switcher_set_stack (self->switcher, self->stack);
  g_signal_connect_object (self->title_squeezer, "notify::visible-child",
                           G_CALLBACK (title_squeezed_cb), self, G_CONNECT_SWAPPED);
  title_squeezed_cb (self, NULL, self->title_squeezer);
}

/* The main menu's popover (a dozen items, some fifty widgets) is built the
 * first time it opens, by click or F10, not with the window. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  GtWindow *self = user_data;

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* The present button's menu of screens (a popover of its own) once the window
 * is up: nobody picks a projector in the first frame. */
static gboolean
attach_monitors_menu_cb (gpointer user_data)
{
  GtWindow *self = user_data;
  g_autoptr(GMenuModel) monitors = _gt_window_monitors_menu_new (self);

  self->monitors_menu_id = 0;
  adw_split_button_set_menu_model (self->present_button, monitors);
  return G_SOURCE_REMOVE;
}

static void
load_window_state (GtWindow *self)
{
  g_autofree char *page = g_settings_get_string (self->settings, "last-page");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  if (adw_view_stack_get_child_by_name (self->stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, page);
  ensure_page (self, gt_window_get_page_name (self));
}

static gboolean
gt_window_close_request (GtkWindow *window)
{
  GtWindow *self = GT_WINDOW (window);
  int width, height;

  /* The unmaximized size, so that un-maximizing next time restores it. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_string (self->settings, "last-page", gt_window_get_page_name (self));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (gt_window_parent_class)->close_request (window);
}

static void
gt_window_constructed (GObject *object)
{
  GtWindow *self = GT_WINDOW (object);

  G_OBJECT_CLASS (gt_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);

  add_pages (self);
  attach_switchers (self);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb,
                                         self, NULL);
  load_window_state (self);
  self->monitors_menu_id = g_idle_add_full (G_PRIORITY_LOW, attach_monitors_menu_cb, self, NULL);

  g_signal_connect_object (self->store, "notify::can-undo",
                           G_CALLBACK (store_undo_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::can-redo",
                           G_CALLBACK (store_undo_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::undo-label",
                           G_CALLBACK (store_undo_label_cb), self, G_CONNECT_SWAPPED);
  store_undo_label_cb (self, NULL, self->store);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);
  g_signal_connect_object (gt_connection_get (self->store), "notify::connected",
                           G_CALLBACK (connection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gt_connection_get (self->store), "reconnected",
                           G_CALLBACK (reconnected_cb), self, G_CONNECT_SWAPPED);
  show_location (self);
  connection_changed_cb (self, NULL, gt_connection_get (self->store));
  if (gt_store_is_server (self->store))
    active_changed_cb (self, NULL, NULL);
}

static void
gt_window_dispose (GObject *object)
{
  GtWindow *self = GT_WINDOW (object);

  /* libadwaita 1.2's switchers unparent their buttons when their stack goes; if
   * the stack is disposed first, those buttons are gone already. Detach first. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher != NULL)
    adw_view_switcher_set_stack (self->switcher, NULL);
  if (self->narrow_switcher != NULL)
    adw_view_switcher_set_stack (self->narrow_switcher, NULL);

  g_clear_handle_id (&self->attach_switchers_id, g_source_remove);
  g_clear_handle_id (&self->monitors_menu_id, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gt_window_parent_class)->dispose (object);
}

static void
gt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GtWindow *self = GT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GtWindow *self = GT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_window_class_init (GtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = gt_window_constructed;
  object_class->dispose = gt_window_dispose;
  object_class->get_property = gt_window_get_property;
  object_class->set_property = gt_window_set_property;
  window_class->close_request = gt_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, narrow_switcher);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, server_notice);
  gtk_widget_class_bind_template_child (widget_class, GtWindow, server_label);

  _gt_window_class_actions_init (klass);
}

static void
gt_window_init (GtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gt_a11y_name_split_button (self->present_button, _("Present"),
                             _("Choose the Screen"));

  self->settings = g_settings_new (APP_ID);
}

GtWindow *
gt_window_new (GtApplication *application,
               GtStore       *store)
{
  g_return_val_if_fail (GT_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

GtStore *
gt_window_get_store (GtWindow *self)
{
  g_return_val_if_fail (GT_IS_WINDOW (self), NULL);

  return self->store;
}

void
gt_window_show_page (GtWindow   *self,
                     const char *name)
{
  g_return_if_fail (GT_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
gt_window_get_page (GtWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (GT_IS_WINDOW (self), NULL);

  return ensure_page (self, name);
}

const char *
gt_window_get_page_name (GtWindow *self)
{
  g_return_val_if_fail (GT_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
gt_window_show_toast (GtWindow   *self,
                      const char *message)
{
  g_return_if_fail (GT_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
