/* gt-connection.c: whether a register on a server can be edited now, and
 * getting its connection back when the server went away (issue 16, item 6).
 *
 * While the connection is lost, nothing may be typed that cannot be committed:
 * the window, its pages and the editors follow ::connected and turn their
 * editing actions off, and the register stays on screen to read.
 *
 * Reconnecting runs in the main thread, by design: gt_store_reconnect() reads
 * every list again into the GListStores that the pages show, and those may
 * only change in the thread that draws them. What must not block that thread
 * is libpq waiting for a server that does not answer (PQreset has no time
 * limit of its own: a host whose packets are dropped holds it for the two
 * minutes of TCP's retries). So each attempt first knocks at the server's port
 * asynchronously (GSocketClient, a few seconds at most, the main loop running
 * meanwhile), and only a server that answers is reconnected to, which takes a
 * moment. A local server's Unix socket answers or fails at once: no knock.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "gt-connection.h"
#include "gt-server-url.h"

#define DEFAULT_RETRY_SECONDS 3
/* The knock at the server's port gives up after this. */
#define PROBE_TIMEOUT_SECONDS 4
/* Debian's libpq looks for the local server's socket there. */
#define DEFAULT_SOCKET_DIR "/var/run/postgresql"

struct _GtConnection
{
  GObject       parent_instance;

  /* Not a reference: the store owns this object; NULL once the store went. */
  GtStore      *store;
  gboolean      connected;
  guint         retry_seconds;
  guint         retry_id;
  GCancellable *probe;
};

G_DEFINE_FINAL_TYPE (GtConnection, gt_connection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONNECTED,
  N_PROPS
};

enum {
  RECONNECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_retry (GtConnection *self);

static void
set_connected (GtConnection *self,
               gboolean      connected)
{
  if (self->connected == connected)
    return;
  self->connected = connected;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTED]);
}

static void
reconnect_now (GtConnection *self)
{
  g_autoptr(GError) error = NULL;

  if (gt_store_reconnect (self->store, &error))
    {
      set_connected (self, TRUE);
      g_signal_emit (self, signals[RECONNECTED], 0);
      return;
    }
  g_debug ("Could not reconnect to the server: %s", error->message);
  schedule_retry (self);
}

static void
probe_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtConnection) self = user_data;
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  connection = g_socket_client_connect_finish (G_SOCKET_CLIENT (source), result, &error);
  if (self->store == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->probe);
  if (connection == NULL)
    {
      g_debug ("The server does not answer yet: %s", error->message);
      schedule_retry (self);
      return;
    }
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  reconnect_now (self);
}

/* Where libpq would connect for @url: host and port from the URL, else from
 * PGHOST and PGPORT, else the local socket; NULL host for a socket or for
 * what cannot be told from here (several hosts, a hostaddr). */
static char *
probe_host (const char *url,
            guint      *port)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_HAS_PASSWORD, NULL);
  g_autoptr(GHashTable) params = NULL;
  const char *host = NULL;
  const char *port_text = NULL;

  if (uri == NULL)
    return NULL;
  if (g_uri_get_query (uri) != NULL)
    params = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);
  if (params != NULL && g_hash_table_contains (params, "hostaddr"))
    return NULL;

  host = g_uri_get_host (uri);
  if ((host == NULL || *host == '\0') && params != NULL)
    host = g_hash_table_lookup (params, "host");
  if (host == NULL || *host == '\0')
    host = g_getenv ("PGHOST");
  if (host == NULL || *host == '\0' || host[0] == '/' || strchr (host, ',') != NULL)
    return NULL;

  if (g_uri_get_port (uri) > 0)
    *port = (guint) g_uri_get_port (uri);
  else
    {
      port_text = params != NULL ? g_hash_table_lookup (params, "port") : NULL;
      if (port_text == NULL)
        port_text = g_getenv ("PGPORT");
      *port = port_text != NULL ? (guint) g_ascii_strtoull (port_text, NULL, 10) : 0;
      if (*port == 0 || *port > G_MAXUINT16)
        *port = GT_SERVER_DEFAULT_PORT;
    }
  return g_strdup (host);
}

static gboolean
retry_cb (gpointer user_data)
{
  GtConnection *self = user_data;
  g_autoptr(GSocketClient) client = NULL;
  g_autoptr(GSocketConnectable) address = NULL;
  g_autofree char *host = NULL;
  guint port = 0;

  self->retry_id = 0;
  host = probe_host (gt_store_get_path (self->store), &port);
  if (host == NULL)
    {
      reconnect_now (self);
      return G_SOURCE_REMOVE;
    }

  client = g_socket_client_new ();
  g_socket_client_set_timeout (client, PROBE_TIMEOUT_SECONDS);
  self->probe = g_cancellable_new ();
  /* The host as it is: an IPv6 address has no brackets to parse here. */
  address = g_network_address_new (host, (guint16) port);
  g_socket_client_connect_async (client, address, self->probe, probe_done_cb,
                                 g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
schedule_retry (GtConnection *self)
{
  if (self->retry_id == 0 && self->probe == NULL)
    self->retry_id = g_timeout_add_seconds (self->retry_seconds, retry_cb, self);
}

/* The store is going: nothing may touch it from now on, whatever is pending. */
static void
store_gone (gpointer data)
{
  GtConnection *self = data;

  self->store = NULL;
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (self->probe != NULL)
    g_cancellable_cancel (self->probe);
  g_clear_object (&self->probe);
  g_object_unref (self);
}

static void
gt_connection_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GtConnection *self = GT_CONNECTION (object);

  switch (prop_id)
    {
    case PROP_CONNECTED:
      g_value_set_boolean (value, self->connected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_connection_class_init (GtConnectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = gt_connection_get_property;

  properties[PROP_CONNECTED] =
    g_param_spec_boolean ("connected", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After the connection came back and every list was read again. */
  signals[RECONNECTED] =
    g_signal_new ("reconnected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gt_connection_init (GtConnection *self)
{
  self->connected = TRUE;
  self->retry_seconds = DEFAULT_RETRY_SECONDS;
}

GtConnection *
gt_connection_get (GtStore *store)
{
  GtConnection *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "gt-connection");
  if (self == NULL)
    {
      self = g_object_new (GT_TYPE_CONNECTION, NULL);
      self->store = store;
      g_object_set_data_full (G_OBJECT (store), "gt-connection", self, store_gone);
    }
  return self;
}

gboolean
gt_connection_get_connected (GtConnection *self)
{
  g_return_val_if_fail (GT_IS_CONNECTION (self), FALSE);

  return self->connected;
}

void
gt_connection_check (GtConnection *self)
{
  g_return_if_fail (GT_IS_CONNECTION (self));

  if (self->store == NULL || !self->connected || !gt_store_is_server (self->store) ||
      gt_store_is_connected (self->store))
    return;
  set_connected (self, FALSE);
  schedule_retry (self);
}

gboolean
gt_connection_store_is_writable (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);

  return gt_connection_get_connected (gt_connection_get (store));
}

void
gt_connection_watch (GtStore   *store,
                     GtkWidget *widget,
                     GCallback  update)
{
  g_return_if_fail (GT_IS_STORE (store));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_signal_connect_object (gt_connection_get (store), "notify::connected", update, widget,
                           G_CONNECT_SWAPPED);
}

void
gt_connection_set_retry_interval (GtConnection *self,
                                  guint         seconds)
{
  g_return_if_fail (GT_IS_CONNECTION (self));

  self->retry_seconds = MAX (seconds, 1);
}
