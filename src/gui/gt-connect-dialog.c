/* gt-connect-dialog.c: Main menu → Connect to Server…: the register on the
 * office's PostgreSQL server (issue 16, item 2).
 *
 * Connecting takes a moment on a good day and the TCP timeout on a bad one,
 * so gt_store_open() runs in a GTask thread while the dialog turns a spinner;
 * Cancel gives up waiting (the thread finishes on its own and its store is
 * dropped). Passwords come from ~/.pgpass, which libpq reads itself, or are
 * asked for when the server wants one; a typed password goes into the URL of
 * that one connection and nowhere else: the remembered servers and the
 * window's title never hold it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connect-dialog.h"
#include "gt-server-url.h"

/* How many servers the dialog remembers. */
#define MAX_RECENT 8

struct _GtConnectDialog
{
  AdwWindow            parent_instance;

  GSettings           *settings;
  GCancellable        *cancellable;

  GtkWidget           *connect_button;
  GtkWidget           *spinner;
  AdwEntryRow         *host_row;
  AdwEntryRow         *port_row;
  AdwEntryRow         *database_row;
  AdwEntryRow         *user_row;
  AdwEntryRow         *password_row;
  GtkLabel            *message_label;
  AdwPreferencesGroup *server_group;
  AdwPreferencesGroup *recent_group;
};

G_DEFINE_FINAL_TYPE (GtConnectDialog, gt_connect_dialog, ADW_TYPE_WINDOW)

enum {
  CONNECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* 0 for an empty field (libpq's own default), G_MAXUINT for nonsense. */
static guint
read_port (GtConnectDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (row_text (self->port_row)));
  guint64 port = 0;

  if (*text == '\0')
    return 0;
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT16, &port, NULL))
    return G_MAXUINT;
  return (guint) port;
}

static void
show_message (GtConnectDialog *self,
              const char      *message,
              gboolean         is_error)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static void
update_sensitivity (GtConnectDialog *self)
{
  gboolean busy = gt_connect_dialog_is_busy (self);

  gtk_widget_set_sensitive (self->connect_button, !busy && read_port (self) != G_MAXUINT);
  /* Not the group's sensitivity: a focused field made insensitive loses the
   * focus for good (and GtkText warns of it). */
  for (GtkWidget *row = GTK_WIDGET (self->host_row); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ENTRY_ROW (row))
      gtk_editable_set_editable (GTK_EDITABLE (row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->recent_group), !busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_visible (self->spinner, busy);
}

static void
fields_changed_cb (GtConnectDialog *self)
{
  /* Not while build() fills them in. */
  if (self->recent_group == NULL)
    return;
  if (read_port (self) == G_MAXUINT)
    show_message (self, _("The port is a number from 1 to 65535 (usually 5432)."), TRUE);
  else if (!gt_connect_dialog_is_busy (self))
    show_message (self, NULL, FALSE);
  update_sensitivity (self);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GtStore *store = gt_store_open (task_data, &error);

  if (store != NULL)
    g_task_return_pointer (task, store, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GtConnectDialog *self = GT_CONNECT_DIALOG (source);
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  update_sensitivity (self);

  if (store == NULL)
    {
      gt_connect_dialog_show_error (self, error);
      return;
    }

  gt_connect_dialog_remember (self->settings, gt_store_get_path (store));
  /* The password field had the focus: let it go first, or GtkText warns that
   * it was destroyed focused. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_signal_emit (self, signals[CONNECTED], 0, store);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
connect_clicked_cb (GtConnectDialog *self)
{
  gt_connect_dialog_connect (self);
}

/* Cancel: stops waiting for a server that is slow to answer, else closes. */
static void
cancel_clicked_cb (GtConnectDialog *self)
{
  if (gt_connect_dialog_is_busy (self))
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      show_message (self, NULL, FALSE);
      update_sensitivity (self);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  cancel_clicked_cb (GT_CONNECT_DIALOG (widget));
  return TRUE;
}

static void
recent_activated_cb (AdwActionRow    *row,
                     GtConnectDialog *self)
{
  gt_connect_dialog_set_url (self, g_object_get_data (G_OBJECT (row), "url"));
  gt_connect_dialog_connect (self);
}

static void
fill_recent (GtConnectDialog *self)
{
  g_auto(GStrv) recent = gt_connect_dialog_dup_recent (self->settings);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *title = gt_server_url_describe (recent[i]);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "url", g_strdup (recent[i]), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (recent_activated_cb), self);
      adw_preferences_group_add (self->recent_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), recent[0] != NULL);
  if (recent[0] != NULL)
    gt_connect_dialog_set_url (self, recent[0]);
}

static AdwEntryRow *
add_entry_row (GtConnectDialog *self,
               GtkWidget       *row,
               const char      *title)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (fields_changed_cb), self);
  /* Enter in any field connects. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_preferences_group_add (self->server_group, row);
  return ADW_ENTRY_ROW (row);
}

static void
build (GtConnectDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();

  self->connect_button = gtk_button_new_with_mnemonic (_("C_onnect"));
  gtk_widget_add_css_class (self->connect_button, "suggested-action");
  g_signal_connect_swapped (self->connect_button, "clicked", G_CALLBACK (connect_clicked_cb),
                            self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Connecting"), -1);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->connect_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->spinner);
  gtk_box_append (GTK_BOX (box), header);

  /* Before the fields, which show their trouble in it as they are filled. */
  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->message_label), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);

  self->server_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->server_group, _("Server"));
  adw_preferences_group_set_description (self->server_group,
    _("A register shared by several desks, on the office’s PostgreSQL server. "
      "Leave the server empty for one on this computer."));
  self->host_row = add_entry_row (self, adw_entry_row_new (), _("_Server"));
  self->port_row = add_entry_row (self, adw_entry_row_new (), _("_Port"));
  gtk_editable_set_text (GTK_EDITABLE (self->port_row), "5432");
  self->database_row = add_entry_row (self, adw_entry_row_new (), _("_Database"));
  self->user_row = add_entry_row (self, adw_entry_row_new (), _("_User Name"));
  self->password_row = add_entry_row (self, adw_password_entry_row_new (), _("Pass_word"));
  gtk_widget_set_visible (GTK_WIDGET (self->password_row), FALSE);

  adw_preferences_group_add (self->server_group, GTK_WIDGET (self->message_label));

  self->recent_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->recent_group, _("Recent Servers"));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->server_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->recent_group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->connect_button);
}

static void
gt_connect_dialog_dispose (GObject *object)
{
  GtConnectDialog *self = GT_CONNECT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gt_connect_dialog_parent_class)->dispose (object);
}

static void
gt_connect_dialog_class_init (GtConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_connect_dialog_dispose;

  signals[CONNECTED] = g_signal_new ("connected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, GT_TYPE_STORE);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
gt_connect_dialog_init (GtConnectDialog *self)
{
  self->settings = g_settings_new (APP_ID);
  build (self);
  fill_recent (self);
  update_sensitivity (self);
  gtk_window_set_title (GTK_WINDOW (self), _("Connect to Server"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 460, 600);
}

GtConnectDialog *
gt_connect_dialog_new (GtkWindow *parent)
{
  GtConnectDialog *self = g_object_new (GT_TYPE_CONNECT_DIALOG, NULL);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  return self;
}

char *
gt_connect_dialog_dup_url (GtConnectDialog *self)
{
  g_autofree char *host = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  const char *password = NULL;
  guint port;

  g_return_val_if_fail (GT_IS_CONNECT_DIALOG (self), NULL);

  port = read_port (self);
  if (port == G_MAXUINT)
    return NULL;
  /* Spaces around a name are typing noise; a password is taken as typed. */
  host = g_strstrip (g_strdup (row_text (self->host_row)));
  database = g_strstrip (g_strdup (row_text (self->database_row)));
  user = g_strstrip (g_strdup (row_text (self->user_row)));
  if (gtk_widget_get_visible (GTK_WIDGET (self->password_row)))
    password = row_text (self->password_row);

  return gt_server_url_build (host, port, database, user, password);
}

void
gt_connect_dialog_set_url (GtConnectDialog *self,
                           const char      *url)
{
  g_autofree char *host = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  g_autofree char *port_text = NULL;
  guint port = 0;

  g_return_if_fail (GT_IS_CONNECT_DIALOG (self));

  if (!gt_server_url_parse (url, &host, &port, &database, &user))
    return;
  port_text = port != 0 ? g_strdup_printf ("%u", port) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->host_row), host);
  gtk_editable_set_text (GTK_EDITABLE (self->port_row), port_text);
  gtk_editable_set_text (GTK_EDITABLE (self->database_row), database);
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
  /* Another server's password is not this one's. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_widget_set_visible (GTK_WIDGET (self->password_row), FALSE);
}

void
gt_connect_dialog_show_error (GtConnectDialog *self,
                              const GError    *error)
{
  gboolean refused;

  g_return_if_fail (GT_IS_CONNECT_DIALOG (self));
  g_return_if_fail (error != NULL);

  if (!gt_server_error_wants_password (error))
    {
      show_message (self, error->message, TRUE);
      return;
    }

  /* The server wants a password that ~/.pgpass did not give, or another one.
   * The field is emptied before saying so: a change of a field clears the
   * message. */
  refused = gtk_widget_get_visible (GTK_WIDGET (self->password_row)) &&
            *row_text (self->password_row) != '\0';
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_widget_set_visible (GTK_WIDGET (self->password_row), TRUE);
  show_message (self, refused ? _("The server did not accept the password. Type it again.")
                              : _("The server asks for the user’s password."),
                TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

void
gt_connect_dialog_connect (GtConnectDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  g_autofree char *server = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (GT_IS_CONNECT_DIALOG (self));

  url = gt_connect_dialog_dup_url (self);
  if (url == NULL || gt_connect_dialog_is_busy (self))
    return;

  server = gt_server_url_describe (url);
  /* "Connecting to guatu@192.168.1.10/county…" */
  message = g_strdup_printf (_("Connecting to %s…"), server);
  self->cancellable = g_cancellable_new ();
  show_message (self, message, FALSE);
  update_sensitivity (self);

  task = g_task_new (self, self->cancellable, open_done_cb, NULL);
  g_task_set_source_tag (task, gt_connect_dialog_connect);
  /* Cancel returns at once; the thread's store, if it comes, is dropped. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, g_steal_pointer (&url), g_free);
  g_task_run_in_thread (task, open_thread);
}

gboolean
gt_connect_dialog_is_busy (GtConnectDialog *self)
{
  g_return_val_if_fail (GT_IS_CONNECT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

char **
gt_connect_dialog_dup_recent (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_settings_get_strv (settings, "recent-servers");
}

void
gt_connect_dialog_remember (GSettings  *settings,
                            const char *url)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) kept = NULL;
  g_autofree char *plain = NULL;
  guint n = 1;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (url != NULL);

  plain = gt_server_url_strip_password (url);
  recent = g_settings_get_strv (settings, "recent-servers");
  g_strv_builder_add (builder, plain);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (recent[i], plain))
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  kept = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-servers", (const char * const *) kept);
}
