/* gt-window-actions.c: the window's actions.
 *
 * The page-specific ones (new, find) are forwarded to the visible page's own
 * view.* actions, so that each page decides what "new" means for it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-formalities-window.h"
#include "gt-import-dialog.h"
#include "gt-window-inspection.h"
#include "gt-window-notice.h"
#include "gt-window-private.h"

static void
forward_to_page (GtWindow   *self,
                 const char *view_action)
{
  GtkWidget *page = gt_window_get_page (self, gt_window_get_page_name (self));

  if (page != NULL && gtk_widget_activate_action (page, view_action, NULL))
    return;

  /* Pages that add and search nothing of their own (the Overview, the monthly
   * sheet) hand New and Find to the register of projects. */
  gt_window_show_page (self, "projects");
  page = gt_window_get_page (self, "projects");
  if (page != NULL)
    gtk_widget_activate_action (page, view_action, NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  forward_to_page (GT_WINDOW (widget), "view.new");
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  forward_to_page (GT_WINDOW (widget), "view.find");
}

static void
undo_or_redo (GtWindow *self,
              gboolean  undo)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = undo ? gt_store_undo (self->store, &error) : gt_store_redo (self->store, &error);

  if (!ok)
    gt_window_show_toast (self, error->message);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  undo_or_redo (GT_WINDOW (widget), TRUE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  undo_or_redo (GT_WINDOW (widget), FALSE);
}

/* Pages call this after a destructive edit: the toast offers to take it back. */
static void
toast_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GtWindow *self = GT_WINDOW (widget);
  AdwToast *toast = adw_toast_new (g_variant_get_string (param, NULL));

  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The first list shown in @widget: a column view, list view or grid view. */
static GtkWidget *
find_list (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return NULL;
  if (GTK_IS_COLUMN_VIEW (widget) || GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *list = find_list (child);

      if (list != NULL)
        return list;
    }
  return NULL;
}

/* The list view that has the list.* actions (inside a column view in 4.8). */
static GtkWidget *
find_list_base (GtkWidget *list)
{
  if (!GTK_IS_COLUMN_VIEW (list))
    return list;
  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return list;
}

static GtkSelectionModel *
get_list_model (GtkWidget *list)
{
  if (GTK_IS_COLUMN_VIEW (list))
    return gtk_column_view_get_model (GTK_COLUMN_VIEW (list));
  if (GTK_IS_LIST_VIEW (list))
    return gtk_list_view_get_model (GTK_LIST_VIEW (list));
  return gtk_grid_view_get_model (GTK_GRID_VIEW (list));
}

/* A page shown from the keyboard takes it in its list, on a row, so that the
 * arrow keys move through the rows at once. */
static void
focus_page_list (GtWindow *self)
{
  GtkWidget *page = gt_window_get_page (self, gt_window_get_page_name (self));
  GtkWidget *list = page != NULL ? find_list (page) : NULL;
  GtkSelectionModel *model;
  GtkWidget *focus;
  guint position = 0;

  if (list == NULL)
    return;

  model = get_list_model (list);
  if (GTK_IS_SINGLE_SELECTION (model))
    position = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));
  /* On the selected row; else where the list had its focus, else the first. */
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (find_list_base (list), "list.scroll-to-item", "u", position);
  gtk_widget_grab_focus (list);

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if ((focus == NULL || focus == list || focus == find_list_base (list)) &&
      model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    {
      gtk_widget_activate_action (find_list_base (list), "list.scroll-to-item", "u", 0);
      gtk_widget_grab_focus (list);
    }
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  gt_window_show_page (GT_WINDOW (widget), g_variant_get_string (param, NULL));
  focus_page_list (GT_WINDOW (widget));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _gt_window_present_slides (GT_WINDOW (widget), NULL);
}

static void
present_on_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  _gt_window_present_slides_on (GT_WINDOW (widget), g_variant_get_uint32 (param));
}

static void
export_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _gt_window_export_slides (GT_WINDOW (widget));
}

static void
export_notice_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _gt_window_export_notice (GT_WINDOW (widget));
}

static void
export_inspection_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  _gt_window_export_inspection (GT_WINDOW (widget));
}

/* 手续办理: the approvals still to be given, by department, as of the month
 * the window shows. */
static void
formalities_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GtWindow *self = GT_WINDOW (widget);
  GtAsOf as_of;

  _gt_window_get_as_of (self, &as_of);
  gtk_window_present (GTK_WINDOW (gt_formalities_window_new (GTK_WINDOW (self),
                                                             gt_window_get_store (self),
                                                             &as_of)));
}

static void
imported_cb (GtImportDialog *dialog,
             const char     *message,
             GtWindow       *self)
{
  gt_window_show_toast (self, message);
}

static void
open_import_dialog (GtWindow   *self,
                    const char *path)
{
  g_autoptr(GError) error = NULL;
  GtImportDialog *dialog;

  dialog = gt_import_dialog_new (GTK_WINDOW (self), self->store, path, &error);
  if (dialog == NULL)
    {
      gt_window_show_toast (self, error->message);
      return;
    }
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_file_chosen_cb (GtkNativeDialog *chooser,
                       int              response,
                       GtWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL)
    open_import_dialog (self, path);
}

/* Ledgers (台账) from Excel or WPS: previewed, then imported in one go. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtWindow *self = GT_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) ledgers = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  const char *chosen = g_getenv ("GUATU_TEST_IMPORT_FILE");

  /* GTK's file chooser is GTK's, and a test over AT-SPI could only drive it
   * by typing a path: the AT-SPI tests name the file instead, and the dialog
   * they check opens as it would after the chooser (test-atspi-names.py). */
  if (chosen != NULL && *chosen != '\0')
    {
      open_import_dialog (self, chosen);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Import Ledger"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (ledgers, _("Ledgers (CSV, XLSX, XLS)"));
  gtk_file_filter_add_suffix (ledgers, "csv");
  gtk_file_filter_add_suffix (ledgers, "xlsx");
  gtk_file_filter_add_suffix (ledgers, "xls");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), ledgers);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GtkApplication would build the shortcuts window from gtk/help-overlay.ui for
 * every new window, before its first frame; it is built here when first asked
 * for instead. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtWindow *self = GT_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/guatu/Guatu/gt-shortcuts-window.ui");

      self->shortcuts_window = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder,
                                                                                 "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_modal (self->shortcuts_window, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }
  gtk_window_present (self->shortcuts_window);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  _gt_window_print (GT_WINDOW (widget));
}

static void
print_preview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _gt_window_print_preview (GT_WINDOW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _gt_window_export (GT_WINDOW (widget));
}

/* While a server is gone nothing may be typed that could not be committed:
 * adding, importing, undoing and redoing wait for it (gt-connection.c). */
void
_gt_window_actions_update (GtWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = gt_connection_store_is_writable (self->store);

  gtk_widget_action_set_enabled (widget, "win.new", writable);
  gtk_widget_action_set_enabled (widget, "win.import", writable);
  gtk_widget_action_set_enabled (widget, "win.undo", writable && gt_store_can_undo (self->store));
  gtk_widget_action_set_enabled (widget, "win.redo", writable && gt_store_can_redo (self->store));
}

void
_gt_window_class_actions_init (GtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.toast-undo", "s", toast_undo_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-on", "u", present_on_action);
  gtk_widget_class_install_action (widget_class, "win.export-slides", NULL,
                                   export_slides_action);
  gtk_widget_class_install_action (widget_class, "win.export-notice", NULL,
                                   export_notice_action);
  gtk_widget_class_install_action (widget_class, "win.export-inspection", NULL,
                                   export_inspection_action);
  gtk_widget_class_install_action (widget_class, "win.formalities", NULL, formalities_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL,
                                   print_preview_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
}
