/* test-server-ui.c: the window on a register on a PostgreSQL server: it shows
 * the projects, another desk's edit arrives by itself, the server going away
 * shows a notice and turns editing off until the window has reconnected, and
 * Connect to Server… builds the right location, asks for a password and
 * opens the register.
 *
 * Runs in the server suite, inside pg_virtualenv (GUATU_TEST_PG_URL); without
 * a server only /server-ui/connect-url runs, the others skip.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpq-fe.h>
#include <locale.h>
#include <string.h>

#include "gt-connect-dialog.h"
#include "gt-connection.h"
#include "gt-demo.h"
#include "gt-project-editor.h"
#include "gt-projects-view.h"
#include "gt-server-url.h"
#include "gt-test-ui.h"

/* Long enough for a loaded machine: the window polls twice a second and
 * tries to reconnect every second here. */
#define WAIT_SECONDS 15

static GtApplication *app;

static const char *
server_url (void)
{
  return g_getenv ("GUATU_TEST_PG_URL");
}

static gboolean
need_server (void)
{
  if (server_url () != NULL && app != NULL)
    return TRUE;
  g_test_skip ("No server: run under pg_virtualenv with GUATU_TEST_PG_URL (build-aux/test does)");
  return FALSE;
}

static void
admin_exec (const char *sql)
{
  PGconn *conn = PQconnectdb (server_url ());
  PGresult *result;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

/* The main window (the newest, if Connect to Server… made another). */
/* As admin_exec(), from another database of the cluster: for what the
 * register's own database refuses meanwhile. */
static void
admin_exec_elsewhere (const char *sql)
{
  /* The server's location, another database on it. */
  const char *keywords[] = { "dbname", "dbname", NULL };
  const char *values[] = { server_url (), "template1", NULL };
  PGconn *conn = PQconnectdbParams (keywords, values, 1);
  PGresult *result;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

static GtWindow *
window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (GT_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static GtProjectsView *
projects_view (void)
{
  return GT_PROJECTS_VIEW (gt_window_get_page (window (), "projects"));
}

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done (@data) or WAIT_SECONDS; whether it came. */
static gboolean
wait_for (gboolean      (*done) (gconstpointer data),
          gconstpointer   data)
{
  gint64 end = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  guint tick = g_timeout_add (50, tick_cb, NULL);

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return done (data);
}

static gboolean
n_visible_is (gconstpointer n)
{
  return gt_projects_view_get_n_visible (projects_view ()) == GPOINTER_TO_UINT (n);
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, name);
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The band under the header bar that says the server is gone. */
static gboolean
notice_shown (gconstpointer data)
{
  GtkWidget *band = gt_test_ui_find_widget (GTK_WIDGET (window ()), has_css_class,
                                            "server-notice");

  g_assert_nonnull (band);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (band)));
}

static gboolean
notice_hidden (gconstpointer data)
{
  return !notice_shown (data);
}

static gboolean
button_sensitive (GtkWidget  *root,
                  const char *action)
{
  GtkWidget *button = gt_test_ui_find_widget (root, has_action, action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* The entry rows of the dialog, top to bottom: server, port, database, user,
 * password. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ADW_IS_ENTRY_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static GPtrArray *
dialog_rows (GtConnectDialog *dialog)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_cmpuint (rows->len, ==, 5);
  return rows;
}

static void
fill (GtConnectDialog *dialog,
      const char      *host,
      const char      *port,
      const char      *database,
      const char      *user)
{
  g_autoptr(GPtrArray) rows = dialog_rows (dialog);
  const char *texts[] = { host, port, database, user };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows->pdata[i]), texts[i]);
}

/* No server needed: the dialog's fields make the location libpq is given,
 * escaped; what is remembered and shown never holds a password. */
static void
test_connect_url (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtConnectDialog *dialog = gt_connect_dialog_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *url = NULL;
  g_autofree char *odd = NULL;
  g_autofree char *with_password = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *host = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  g_auto(GStrv) recent = NULL;
  g_autoptr(GError) no_password = NULL;
  g_autoptr(GError) refused = NULL;
  guint port = 0;

  g_settings_reset (settings, "recent-servers");
  gtk_window_present (GTK_WINDOW (dialog));
  fill (dialog, "192.168.1.10", "5432", "county", "guatu");
  url = gt_connect_dialog_dup_url (dialog);
  g_assert_cmpstr (url, ==, "postgresql://guatu@192.168.1.10:5432/county");

  /* Spaces typed around a name go; the port may be left empty. */
  fill (dialog, " db.county.gov.cn ", "", " 重点项目 ", " 张 三 ");
  g_clear_pointer (&url, g_free);
  url = gt_connect_dialog_dup_url (dialog);
  g_assert_cmpstr (url, ==,
                   "postgresql://%E5%BC%A0%20%E4%B8%89@db.county.gov.cn/"
                   "%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE");
  g_assert_true (gt_server_url_parse (url, &host, &port, &database, &user));
  g_assert_cmpstr (host, ==, "db.county.gov.cn");
  g_assert_cmpuint (port, ==, 0);
  g_assert_cmpstr (database, ==, "重点项目");
  g_assert_cmpstr (user, ==, "张 三");

  /* A port that is not one: no location, and Connect is off. */
  fill (dialog, "10.0.0.1", "54x", "county", "guatu");
  g_assert_null (gt_connect_dialog_dup_url (dialog));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (GTK_WIDGET (dialog),
                                                                  gt_test_ui_is_button_labelled,
                                                                  _("C_onnect"))));

  /* Characters that mean something in a URL, and an IPv6 address. */
  odd = gt_server_url_build ("::1", 5433, "a/b?c", "o'neil@x:y", "p@ss:w/rd#1");
  g_assert_cmpstr (odd, ==,
                   "postgresql://o%27neil%40x%3Ay:p%40ss%3Aw%2Frd%231@[::1]:5433/a%2Fb%3Fc");
  plain = gt_server_url_strip_password (odd);
  g_assert_cmpstr (plain, ==, "postgresql://o%27neil%40x%3Ay@[::1]:5433/a%2Fb%3Fc");
  with_password = gt_server_url_with_password (plain, "新密码");
  g_assert_cmpstr (with_password, ==,
                   "postgresql://o%27neil%40x%3Ay:%E6%96%B0%E5%AF%86%E7%A0%81@[::1]:5433/a%2Fb%3Fc");
  shown = gt_server_url_describe (with_password);
  g_assert_cmpstr (shown, ==, "o'neil@x:y@::1:5433/a/b?c");
  g_free (shown);
  shown = gt_server_url_describe ("postgresql://guatu:secret@192.168.1.10:5432/county");
  g_assert_cmpstr (shown, ==, "guatu@192.168.1.10/county");

  /* Remembered newest first, at most 8, never with a password. */
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *each = g_strdup_printf ("postgresql://guatu:pw%d@10.0.0.%d/county", i, i);

      gt_connect_dialog_remember (settings, each);
    }
  gt_connect_dialog_remember (settings, "postgresql://guatu:other@10.0.0.5/county");
  recent = gt_connect_dialog_dup_recent (settings);
  g_assert_cmpuint (g_strv_length (recent), ==, 8);
  g_assert_cmpstr (recent[0], ==, "postgresql://guatu@10.0.0.5/county");
  g_assert_cmpstr (recent[1], ==, "postgresql://guatu@10.0.0.9/county");
  for (guint i = 0; recent[i] != NULL; i++)
    g_assert_null (strstr (recent[i], "pw"));

  /* Which failures are worth asking for a password. */
  no_password = g_error_new_literal (GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                                     "Could not connect to “x”: fe_sendauth: no password supplied");
  refused = g_error_new_literal (GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                                 "Could not connect to “x”: connection refused");
  g_assert_true (gt_server_error_wants_password (no_password));
  g_assert_false (gt_server_error_wants_password (refused));

  /* A remembered server fills the fields (and the dialog lists it). */
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = gt_connect_dialog_new (NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "connect-recent.png");
  rows = dialog_rows (dialog);
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[0]), ==, "10.0.0.5");
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[2]), ==, "county");
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[3]), ==, "guatu");
  /* Titled as libpq would take it: a PGPORT other than 5432 (pg_virtualenv's
   * when another cluster has 5432) shows in it. */
  {
    g_autofree char *title = gt_server_url_describe ("postgresql://guatu@10.0.0.9/county");

    g_assert_true (g_str_has_prefix (title, "guatu@10.0.0.9"));
    g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                              title));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "recent-servers");
}

/* A server that takes the connection and never answers: the dialog waits
 * with its spinner, the main loop runs on, and Cancel stops the waiting. */
static void
test_connect_cancel (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *port = NULL;
  GtConnectDialog *dialog = gt_connect_dialog_new (NULL);
  GtkWidget *cancel;
  guint16 number;

  /* Listening, never accepting: the kernel completes the handshake and libpq
   * waits for an answer to its startup message. */
  number = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_assert_no_error (error);
  port = g_strdup_printf ("%u", number);
  gtk_window_present (GTK_WINDOW (dialog));
  fill (dialog, "127.0.0.1", port, "county", "guatu");

  gt_connect_dialog_connect (dialog);
  gt_test_ui_settle (500);
  g_assert_true (gt_connect_dialog_is_busy (dialog));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (GTK_WIDGET (dialog),
                                                                   gt_test_ui_is_button_labelled,
                                                                   _("C_onnect"))));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "connect-busy.png");

  cancel = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_button_labelled,
                                   _("_Cancel"));
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  /* Waiting stopped; the dialog stays, to change a field and try again. */
  g_assert_false (gt_connect_dialog_is_busy (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_is_sensitive (gt_test_ui_find_widget (GTK_WIDGET (dialog),
                                                                  gt_test_ui_is_button_labelled,
                                                                  _("C_onnect"))));
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* The abandoned attempt ends when the socket goes. */
  g_socket_listener_close (listener);
  gt_test_ui_settle (100);
}

/* The window on the server shows its projects, and another desk's new
 * project within seconds, without anyone touching it. */
static void
test_projects_and_live (void)
{
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtStore *store;

  if (!need_server ())
    return;

  store = gt_window_get_store (window ());
  g_assert_true (gt_store_is_server (store));
  /* A server's register is backed up on the server, not from here. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "restore-backup"));
  gt_window_show_page (window (), "projects");
  gt_projects_view_set_search_text (projects_view (), "");
  gt_test_ui_settle (300);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), >, 0);
  g_assert_true (wait_for (n_visible_is,
                           GUINT_TO_POINTER (g_list_model_get_n_items (gt_store_get_projects (store)))));
  /* Named by the server, not a file. */
  title = gt_server_url_describe (gt_store_get_path (store));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window ())), title));
  gt_test_ui_save_screenshot (GTK_WIDGET (window ()), "server-window.png");

  gt_projects_view_set_search_text (projects_view (), "城南污水处理厂扩建");
  g_assert_true (wait_for (n_visible_is, GUINT_TO_POINTER (0)));

  other = gt_store_open (server_url (), &error);
  g_assert_no_error (error);
  gt_project_set_name (project, "城南污水处理厂扩建");
  g_assert_true (gt_store_add_project (other, project, &error));
  g_assert_no_error (error);

  g_assert_true (wait_for (n_visible_is, GUINT_TO_POINTER (1)));
  gt_projects_view_set_search_text (projects_view (), "");
}

/* Whether the first figure of the monthly sheet takes typing. */
static gboolean
report_cell_editable (void)
{
  GtkWidget *cell;

  gt_window_show_page (window (), "reports");
  gt_test_ui_settle (300);
  cell = gt_test_ui_find_widget (gt_window_get_page (window (), "reports"), has_css_class,
                                 "report-cell");
  g_assert_nonnull (cell);
  return gtk_editable_get_editable (GTK_EDITABLE (cell));
}

/* The server ends the window's session: the notice shows, adding, undoing
 * and an open editor's Save are off, and once the window reconnected by
 * itself all comes back, with what happened meanwhile. */
static void
test_server_gone (void)
{
  GtStore *store;
  GtProjectEditor *editor;
  GtProject *project;

  if (!need_server ())
    return;

  store = gt_window_get_store (window ());
  gt_connection_set_retry_interval (gt_connection_get (store), 1);
  gt_window_show_page (window (), "projects");
  project = g_list_model_get_item (gt_store_get_projects (store), 0);
  editor = gt_project_editor_new (GTK_WINDOW (window ()), store, project);
  g_object_unref (project);
  /* The monthly sheet, built while the server is there (a page first built
   * without it has no month to show). */
  g_assert_true (report_cell_editable ());
  gt_window_show_page (window (), "projects");
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  g_assert_false (notice_shown (NULL));
  g_assert_true (button_sensitive (GTK_WIDGET (window ()), "win.new"));
  g_assert_true (button_sensitive (GTK_WIDGET (editor), "editor.save"));

  admin_exec ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
              "WHERE pid <> pg_backend_pid () AND datname = current_database ()");
  /* Found by the window's poll, with the editor in front of it. */
  g_assert_true (wait_for (notice_shown, NULL));
  g_assert_false (gt_connection_get_connected (gt_connection_get (store)));
  g_assert_false (button_sensitive (GTK_WIDGET (window ()), "win.new"));
  g_assert_false (button_sensitive (GTK_WIDGET (window ()), "win.undo"));
  g_assert_false (button_sensitive (GTK_WIDGET (editor), "editor.save"));
  /* The nodes, saved at once when changed, wait too. */
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (GTK_WIDGET (editor),
                                                                   gt_test_ui_is_button_labelled,
                                                                   _("_Plan Backwards…"))));

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
  /* New does nothing: no editor opens. */
  gtk_widget_activate_action (GTK_WIDGET (window ()), "win.new", NULL);
  gt_test_ui_settle (100);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR));
  gt_test_ui_save_screenshot (GTK_WIDGET (window ()), "server-gone.png");
  /* The monthly sheet's figures stay to read, not to type into. */
  g_assert_false (report_cell_editable ());
  gt_window_show_page (window (), "projects");

  /* The server answers again: the window reconnects by itself. */
  g_assert_true (wait_for (notice_hidden, NULL));
  g_assert_true (gt_store_is_connected (store));
  g_assert_true (button_sensitive (GTK_WIDGET (window ()), "win.new"));
  g_assert_true (report_cell_editable ());
  gt_window_show_page (window (), "projects");
  gt_test_ui_settle (200);
  gt_test_ui_save_screenshot (GTK_WIDGET (window ()), "server-reconnected.png");
}

/* The name of the database the register is in. */
static char *
register_database (void)
{
  PGconn *conn = PQconnectdb (server_url ());
  PGresult *result;
  char *name;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, "SELECT current_database ()");
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  name = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);
  return name;
}

/* The same, asked while that database may refuse connections. */
static char *
register_database_elsewhere (void)
{
  g_autofree char *database = NULL;

  if (gt_server_url_parse (server_url (), NULL, NULL, &database, NULL) && *database != '\0')
    return g_steal_pointer (&database);
  return g_strdup (g_getenv ("PGDATABASE") != NULL ? g_getenv ("PGDATABASE")
                                                   : g_get_user_name ());
}

static gboolean
waited (gconstpointer data)
{
  return g_get_monotonic_time () >= *(const gint64 *) data;
}

static char *
allow_connections_sql (const char *database)
{
  return g_strdup_printf ("ALTER DATABASE \"%s\" ALLOW_CONNECTIONS true", database);
}

/* The server stays away longer: attempts fail, the window stays read-only
 * and keeps trying, and gets back once the server lets it in again. */
static void
test_server_away (void)
{
  g_autofree char *database = NULL;
  g_autofree char *refuse = NULL;
  g_autofree char *allow = NULL;
  g_autofree char *terminate = NULL;
  GtStore *store;
  gint64 until;

  if (!need_server ())
    return;

  store = gt_window_get_store (window ());
  gt_connection_set_retry_interval (gt_connection_get (store), 1);
  database = register_database ();
  refuse = g_strdup_printf ("ALTER DATABASE \"%s\" ALLOW_CONNECTIONS false", database);
  allow = allow_connections_sql (database);
  terminate = g_strdup_printf ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
                               "WHERE datname = '%s'", database);
  g_assert_true (notice_hidden (NULL));

  admin_exec_elsewhere (refuse);
  admin_exec_elsewhere (terminate);
  g_assert_true (wait_for (notice_shown, NULL));
  /* Three attempts or so, each refused. */
  until = g_get_monotonic_time () + 3500 * G_TIME_SPAN_MILLISECOND;
  wait_for (waited, &until);
  g_assert_true (notice_shown (NULL));
  g_assert_false (gt_store_is_connected (store));
  g_assert_false (button_sensitive (GTK_WIDGET (window ()), "win.new"));

  admin_exec_elsewhere (allow);
  g_assert_true (wait_for (notice_hidden, NULL));
  g_assert_true (gt_store_is_connected (store));
  g_assert_true (button_sensitive (GTK_WIDGET (window ()), "win.new"));
}

typedef struct {
  GtStore *store;
} Connected;

static void
connected_cb (GtConnectDialog *dialog,
              GtStore         *store,
              Connected       *connected)
{
  g_set_object (&connected->store, store);
}

static gboolean
connected_or_asked (gconstpointer data)
{
  const Connected *connected = data;
  GtConnectDialog *dialog = GT_CONNECT_DIALOG (gt_test_ui_find_window (GT_TYPE_CONNECT_DIALOG));

  return connected->store != NULL || (dialog != NULL && !gt_connect_dialog_is_busy (dialog));
}

static gboolean
shows_text (GtkWidget     *widget,
            gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Main menu → Connect to Server…, as a desk whose password is not in
 * ~/.pgpass: the dialog asks for it, opens the register in the window, and
 * neither the remembered server nor the title holds it. */
static void
test_connect_dialog (void)
{
  static const char password[] = "p@ss:w/rd 密码";
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *saved_password = g_strdup (g_getenv ("PGPASSWORD"));
  g_autofree char *port = g_strdup (g_getenv ("PGPORT") != NULL ? g_getenv ("PGPORT") : "5432");
  g_auto(GStrv) recent = NULL;
  Connected connected = { NULL };
  GtConnectDialog *dialog;
  GtWindow *before;
  GtkWidget *label;

  if (!need_server ())
    return;

  admin_exec ("DROP ROLE IF EXISTS clerk;"
              "CREATE ROLE clerk LOGIN SUPERUSER PASSWORD 'p@ss:w/rd 密码'");
  g_settings_reset (settings, "recent-servers");
  before = window ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "connect-server", NULL);
  gt_test_ui_settle (200);
  dialog = GT_CONNECT_DIALOG (gt_test_ui_find_window (GT_TYPE_CONNECT_DIALOG));
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "connected", G_CALLBACK (connected_cb), &connected);
  fill (dialog, g_getenv ("PGHOST") != NULL ? g_getenv ("PGHOST") : "localhost", port,
        g_getenv ("PGDATABASE") != NULL ? g_getenv ("PGDATABASE") : "postgres", "clerk");
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "connect-dialog.png");

  /* No password in the environment or ~/.pgpass: the dialog asks. */
  g_unsetenv ("PGPASSWORD");
  gt_connect_dialog_connect (dialog);
  /* While it connects, Connect waits; Cancel would stop waiting. */
  g_assert_true (gt_connect_dialog_is_busy (dialog));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (GTK_WIDGET (dialog),
                                                                   gt_test_ui_is_button_labelled,
                                                                   _("C_onnect"))));
  g_assert_true (wait_for (connected_or_asked, &connected));
  g_assert_null (connected.store);
  rows = dialog_rows (dialog);
  g_assert_true (gtk_widget_get_visible (rows->pdata[4]));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "connect-password.png");

  /* A wrong one: said so, and asked again. */
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[4]), "wrong");
  gt_connect_dialog_connect (dialog);
  g_assert_true (wait_for (connected_or_asked, &connected));
  g_assert_null (connected.store);
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[4]), ==, "");
  label = gt_test_ui_find_widget (GTK_WIDGET (dialog), shows_text,
                                  _("The server did not accept the password. Type it again."));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));

  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[4]), password);
  gt_connect_dialog_connect (dialog);
  g_assert_true (wait_for (connected_or_asked, &connected));
  g_assert_nonnull (connected.store);
  /* The dialog is gone, and its handler with it. */
  if (saved_password != NULL)
    g_setenv ("PGPASSWORD", saved_password, TRUE);
  gt_test_ui_settle (300);

  /* A new window on the register; the password is nowhere to be seen. */
  g_assert_true (window () != before);
  g_assert_true (gt_window_get_store (window ()) == connected.store);
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window ())), "密码"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window ())), "clerk@"));
  recent = gt_connect_dialog_dup_recent (settings);
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_null (strstr (recent[0], "p%40ss"));
  g_assert_true (g_str_has_prefix (recent[0], "postgresql://clerk@"));
  g_clear_object (&connected.store);
}

static gboolean
run_tests_cb (gpointer data)
{
  gt_test_ui_settle (300);
  *(int *) data = g_test_run ();
  /* Whatever a failed /server-ui/server-away left, the suite's next tests
   * find the database open. */
  {
    g_autofree char *database = register_database_elsewhere ();
    g_autofree char *allow = allow_connections_sql (database);

    admin_exec_elsewhere (allow);
  }
  for (GList *l; (l = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL;)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *application,
             int          *status)
{
  g_idle_add (run_tests_cb, status);
}

/* An empty register on the server, filled with the demo's projects. */
static void
fill_server (void)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  admin_exec ("SET client_min_messages = warning;"
              "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  store = gt_store_open (server_url (), &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_NOVEMBER, 2026);
  g_assert_true (gt_demo_populate (store, gt_demo_size_default (), &today, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");
  int status = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/server-ui/connect-url", test_connect_url);
  g_test_add_func ("/server-ui/connect-cancel", test_connect_cancel);
  g_test_add_func ("/server-ui/projects-and-live", test_projects_and_live);
  g_test_add_func ("/server-ui/server-gone", test_server_gone);
  g_test_add_func ("/server-ui/server-away", test_server_away);
  g_test_add_func ("/server-ui/connect-dialog", test_connect_dialog);

  if (server_url () == NULL)
    {
      /* The dialog alone, with no application and no server. */
      adw_init ();
      return g_test_run ();
    }

  fill_server ();
  app = gt_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  gt_application_set_database (app, server_url ());
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), &status);
  g_application_run (G_APPLICATION (app), 0, NULL);
  g_clear_object (&app);
  return status;
}
