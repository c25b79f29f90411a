/* gt-templates-export.c: Monthly Reports → Report Templates… (报送模板).
 *
 * Three steps: a dialog for the month (the page's, first), one workbook per
 * unit or per locality and the deadline day (kept in the settings, so that
 * next month's default is this month's choice); a folder; then the writing,
 * in a GTask's thread, behind a progress dialog that can cancel it. What the
 * templates hold is read from the store first, on this thread: the writing
 * touches no store. A toast then offers to open the folder, where the clerk
 * goes next to mail the files out.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-report-template.h"
#include "gt-templates-export.h"

#define MIN_YEAR 1990
#define MAX_YEAR 2100

/* The first dialog's choices. */
typedef struct {
  GtkWidget     *parent;      /* owned */
  GtStore       *store;       /* owned */
  GtkSpinButton *year;
  GtkSpinButton *month;
  GtkSpinButton *day;
  GtkDropDown   *grouping;
  /* Read from those when the dialog answers, before it goes. */
  int            chosen_year;
  int            chosen_month;
  int            chosen_day;
  GtTemplateGrouping chosen_grouping;
} Ask;

/* One run of the writing. */
typedef struct {
  GtkWidget     *parent;      /* owned */
  GtkWidget     *dialog;      /* owned: the progress dialog */
  GtkProgressBar *bar;
  GCancellable  *cancellable;
  GtTemplateSet *set;
  char          *dir;
  gint           permille;    /* written by the thread, read by the timeout */
  guint          timeout_id;
  guint          present_id;
} Write;

static void
ask_free (gpointer data)
{
  Ask *ask = data;

  g_clear_object (&ask->parent);
  g_clear_object (&ask->store);
  g_free (ask);
}

static void
write_free (Write *write)
{
  g_clear_handle_id (&write->timeout_id, g_source_remove);
  g_clear_handle_id (&write->present_id, g_source_remove);
  g_clear_object (&write->parent);
  if (write->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (write->dialog));
  g_clear_object (&write->dialog);
  g_clear_object (&write->cancellable);
  g_clear_pointer (&write->set, gt_template_set_free);
  g_free (write->dir);
  g_free (write);
}

static GtkWindow *
parent_window (GtkWidget *parent)
{
  GtkRoot *root = gtk_widget_get_root (parent);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (GtkWidget  *parent,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (parent),
                                              _("Could Not Write the Report Templates"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_folder_cb (AdwToast *toast,
                gpointer  user_data)
{
  const char *dir = g_object_get_data (G_OBJECT (toast), "gt-dir");
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (NULL, uri, GDK_CURRENT_TIME);
}

static void
show_done (GtkWidget *parent,
           guint      n_written,
           const char *dir)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (parent, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    return;
  message = g_strdup_printf (ngettext ("Wrote %u report template",
                                       "Wrote %u report templates", n_written), n_written);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("Open Folder"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "gt-dir", g_strdup (dir), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_folder_cb), NULL);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Write *write = user_data;

  g_atomic_int_set (&write->permille, (gint) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

static gboolean
update_progress_cb (gpointer user_data)
{
  Write *write = user_data;

  gtk_progress_bar_set_fraction (write->bar, g_atomic_int_get (&write->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Write *write = task_data;
  GtExportMonitor monitor = { cancellable, progress_cb, write };
  GError *error = NULL;
  GPtrArray *written = gt_template_set_write (write->set, write->dir, &monitor, &error);

  if (written == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, written, (GDestroyNotify) g_ptr_array_unref);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Write *write = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;

  written = g_task_propagate_pointer (G_TASK (result), &error);
  if (written != NULL)
    show_done (write->parent, written->len, write->dir);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (write->parent, error->message);
}

/* The progress dialog shows only when the writing takes a while: a register
 * of a few units is written before it would be drawn, and a window shown and
 * destroyed before its first frame trips GTK 4.8's frame clock
 * (_gdk_frame_clock_uninhibit_freeze on a surface already gone). */
static gboolean
present_progress_cb (gpointer user_data)
{
  Write *write = user_data;

  write->present_id = 0;
  gtk_window_present (GTK_WINDOW (write->dialog));
  return G_SOURCE_REMOVE;
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GCancellable     *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
start_writing (GtkWidget     *parent,
               GtTemplateSet *set,
               const char    *dir)
{
  g_autoptr(GTask) task = NULL;
  Write *write = g_new0 (Write, 1);
  GtkWidget *dialog;

  write->parent = g_object_ref (parent);
  write->set = set;
  write->dir = g_strdup (dir);
  write->cancellable = g_cancellable_new ();

  dialog = adw_message_dialog_new (parent_window (parent), _("Writing the Report Templates"),
                                   NULL);
  write->dialog = g_object_ref_sink (dialog);
  write->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (write->bar));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  /* Cancel (or Escape) closes the dialog at once; the thread stops before
   * the next workbook, and those written stay. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (progress_response_cb),
                           write->cancellable, 0);
  write->present_id = g_timeout_add (400, present_progress_cb, write);
  write->timeout_id = g_timeout_add (100, update_progress_cb, write);

  task = g_task_new (NULL, write->cancellable, write_done_cb, NULL);
  g_task_set_source_tag (task, start_writing);
  g_task_set_task_data (task, write, (GDestroyNotify) write_free);
  g_task_run_in_thread (task, write_thread);
}

/* The folder chosen: what the templates hold is read now, then written. */
static void
folder_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    Ask             *ask)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GtTemplateSet *set;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  dir = folder != NULL ? g_file_get_path (folder) : NULL;
  if (dir == NULL)
    {
      show_error (ask->parent, _("The templates can only be written to a local folder."));
      goto out;
    }
  set = gt_template_set_collect (ask->store, ask->chosen_year, ask->chosen_month,
                                 ask->chosen_grouping, ask->chosen_day, &error);
  if (set == NULL)
    show_error (ask->parent, error->message);
  else if (gt_template_set_get_n_groups (set) == 0)
    {
      show_error (ask->parent, _("No project has a responsible unit (or locality) to send a "
                                 "template to."));
      gt_template_set_free (set);
    }
  else
    start_writing (ask->parent, set, dir);

out:
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 Ask              *ask)
{
  g_autoptr(GSettings) settings = NULL;
  GtkFileChooserNative *chooser;

  if (!g_str_equal (response, "choose"))
    return;

  ask->chosen_year = gtk_spin_button_get_value_as_int (ask->year);
  ask->chosen_month = gtk_spin_button_get_value_as_int (ask->month);
  ask->chosen_day = gtk_spin_button_get_value_as_int (ask->day);
  ask->chosen_grouping = gtk_drop_down_get_selected (ask->grouping) == 1
                         ? GT_TEMPLATE_BY_LOCALITY : GT_TEMPLATE_BY_UNIT;
  ask->year = ask->month = ask->day = NULL;
  ask->grouping = NULL;

  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "report-deadline-day", ask->chosen_day);

  chooser = gtk_file_chooser_native_new (_("Folder for the Report Templates"),
                                         parent_window (ask->parent),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Write Templates"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* The chooser outlives the dialog: it takes the choices with it. */
  g_object_set_data_full (G_OBJECT (chooser), "gt-ask",
                          g_object_steal_data (G_OBJECT (dialog), "gt-ask"), ask_free);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_response_cb), ask);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  gtk_list_box_append (list, row);
  return row;
}

void
gt_templates_export_start (GtkWidget *parent,
                           GtStore   *store,
                           int        year,
                           int        month)
{
  const char *groupings[] = { N_("Responsible unit"), N_("Locality"), NULL };
  const char *translated[G_N_ELEMENTS (groupings)] = { NULL };
  GtkWidget *dialog, *list, *month_box;
  Ask *ask;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (GT_IS_STORE (store));

  ask = g_new0 (Ask, 1);
  ask->parent = g_object_ref (parent);
  ask->store = g_object_ref (store);

  ask->year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (MIN_YEAR, MAX_YEAR, 1));
  gtk_spin_button_set_value (ask->year, CLAMP (year, MIN_YEAR, MAX_YEAR));
  gtk_accessible_update_property (GTK_ACCESSIBLE (ask->year), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Year"), -1);
  ask->month = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 12, 1));
  gtk_spin_button_set_value (ask->month, CLAMP (month, 1, 12));
  gtk_accessible_update_property (GTK_ACCESSIBLE (ask->month), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Month"), -1);
  month_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (month_box), GTK_WIDGET (ask->year));
  gtk_box_append (GTK_BOX (month_box), GTK_WIDGET (ask->month));

  for (guint i = 0; groupings[i] != NULL; i++)
    translated[i] = _(groupings[i]);
  ask->grouping = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (translated));

  ask->day = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (GT_TEMPLATE_MIN_DEADLINE_DAY,
                                                              GT_TEMPLATE_MAX_DEADLINE_DAY, 1));
  gtk_spin_button_set_value (ask->day, gt_template_get_deadline_day ());

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  add_row (GTK_LIST_BOX (list), _("Month"), _("The month the units report"), month_box);
  add_row (GTK_LIST_BOX (list), _("One Workbook per"), NULL, GTK_WIDGET (ask->grouping));
  add_row (GTK_LIST_BOX (list), _("Deadline Day"),
           _("Before the 15th: of the month after (报送截止日)"), GTK_WIDGET (ask->day));

  dialog = adw_message_dialog_new (parent_window (parent), _("Report Templates"),
                                   _("One workbook for each unit to fill in its projects’ "
                                     "figures of the month and send back: the register’s "
                                     "figures locked, the cells to fill checked as they are "
                                     "typed."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "choose", _("_Choose Folder…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "gt-ask", ask, ask_free);
  g_signal_connect (dialog, "response", G_CALLBACK (ask_response_cb), ask);
  gtk_window_present (GTK_WINDOW (dialog));
}
