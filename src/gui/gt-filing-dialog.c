/* gt-filing-dialog.c: who has filed a month's figures (报送情况).
 *
 * The clerk's question on the 26th is who still owes figures: those units come
 * first, each with a button that copies its reminder (催报通知) to paste into a
 * message, and one that copies them all. Every status is a word and an icon as
 * well as a colour, for a grey printout of the screen and for eyes that do not
 * tell red from green. The list is judged today (whether the deadline has
 * passed), and read again whenever the register changes, here or on another
 * desk, so that a unit whose return was just imported moves down at once.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-export-job.h"
#include "gt-filing-dialog.h"
#include "gt-filing-print.h"
#include "gt-format.h"
#include "gt-month-actions.h"
#include "gt-office-settings.h"
#include "gt-print-operation.h"

struct _GtFilingDialog
{
  AdwWindow        parent_instance;

  GtStore         *store;
  int              year;
  int              month;
  int              deadline_day;
  GPtrArray       *filings;        /* GtFiling *, in the order shown */

  AdwToastOverlay *toasts;
  AdwWindowTitle  *title;
  GtkLabel        *counts_label;
  GtkLabel        *deadline_label;
  GtkStack        *stack;
  GtkListBox      *list_box;
  GtkWidget       *copy_button;
  GtkWidget       *summary;
  GtkSizeGroup    *badges;         /* one width, so that the statuses line up */
  GSettings       *settings;       /* the deadline day; NULL without the schema */
};

G_DEFINE_FINAL_TYPE (GtFilingDialog, gt_filing_dialog, ADW_TYPE_WINDOW)

/* How each status looks: a word (from core), an icon and a colour class. */
static const struct {
  const char *icon;
  const char *css;
} looks[] = {
  [GT_FILING_FILED] = { "object-select-symbolic", "success" },
  [GT_FILING_MISSING] = { "content-loading-symbolic", "accent" },
  [GT_FILING_LATE] = { "alarm-symbolic", "error" },
  [GT_FILING_PROBLEMS] = { "dialog-warning-symbolic", "warning" },
};

static void
toast (GtFilingDialog *self,
       const char     *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

static void
copy_text (GtFilingDialog *self,
           const char     *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
copy_one_cb (GtkButton      *button,
             GtFilingDialog *self)
{
  const char *reminder = g_object_get_data (G_OBJECT (button), "gt-reminder");

  copy_text (self, reminder);
  toast (self, _("Reminder copied"));
}

static GtkWidget *
status_badge (GtFilingDialog *self,
              GtFilingStatus  status)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (looks[status].icon);
  GtkWidget *label = gtk_label_new (gt_filing_status_get_label (status));

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, looks[status].css);
  gtk_widget_add_css_class (label, "heading");
  /* The word says it: the icon is for the eye only. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_size_group_add_widget (self->badges, box);
  return box;
}

static GtkWidget *
filing_row (GtFilingDialog *self,
            const GtFiling *filing)
{
  GtkWidget *row = adw_action_row_new ();
  const char *status = gt_filing_status_get_label (filing->status);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), filing->unit);
  if (filing->filed_at != NULL)
    {
      when = gt_format_log_time (filing->filed_at);
      /* TRANSLATORS: projects with the month's figures, of the unit's; when the last came in */
      subtitle = g_strdup_printf (_("%u of %u projects filed, the last on %s"), filing->filed,
                                  filing->projects, when);
    }
  else
    /* TRANSLATORS: projects with the month's figures, of the unit's */
    subtitle = g_strdup_printf (_("%u of %u projects filed"), filing->filed, filing->projects);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (gt_filing_is_outstanding (filing))
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
      g_autofree char *label = NULL;

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "gt-reminder",
                              gt_filing_reminder (filing->unit, self->year, self->month,
                                                  self->deadline_day), g_free);
      /* TRANSLATORS: %s is a unit */
      label = g_strdup_printf (_("Copy the reminder to %s"), filing->unit);
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_signal_connect (button, "clicked", G_CALLBACK (copy_one_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_badge (self, filing->status));

  /* One phrase for a screen reader, the unit and its status; then the count. */
  name = g_strdup_printf ("%s: %s", filing->unit, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
show_counts (GtFilingDialog *self,
             const GDate    *today)
{
  guint counts[GT_FILING_PROBLEMS + 1] = { 0 };
  guint outstanding = 0;
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;
  g_autofree char *deadline_text = NULL;
  GDate deadline;

  for (guint i = 0; i < self->filings->len; i++)
    {
      const GtFiling *filing = self->filings->pdata[i];

      counts[filing->status]++;
      outstanding += gt_filing_is_outstanding (filing);
    }
  /* TRANSLATORS: the units, then how many have each status */
  text = g_strdup_printf (ngettext ("%u unit: %u filed, %u not filed, %u late, %u with problems",
                                    "%u units: %u filed, %u not filed, %u late, %u with "
                                    "problems", self->filings->len),
                          self->filings->len, counts[GT_FILING_FILED],
                          counts[GT_FILING_MISSING], counts[GT_FILING_LATE],
                          counts[GT_FILING_PROBLEMS]);
  gtk_label_set_text (self->counts_label, text);

  gt_filing_get_deadline (self->year, self->month, self->deadline_day, &deadline);
  day = gt_format_date (&deadline);
  deadline_text = g_date_compare (today, &deadline) > 0
                  /* TRANSLATORS: %s is a date; the deadline of the month's figures */
                  ? g_strdup_printf (ngettext ("Deadline %s, passed; %u unit yet to file",
                                               "Deadline %s, passed; %u units yet to file",
                                               outstanding), day, outstanding)
                  /* TRANSLATORS: %s is a date; the deadline of the month's figures */
                  : g_strdup_printf (ngettext ("Deadline %s; %u unit yet to file",
                                               "Deadline %s; %u units yet to file",
                                               outstanding), day, outstanding);
  gtk_label_set_text (self->deadline_label, deadline_text);
  gtk_widget_set_sensitive (self->copy_button, outstanding > 0);
}

static void
reload (GtFilingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) filings = NULL;
  g_autofree char *shown = gt_format_month (self->year, self->month);
  GtkWidget *child;
  GDate today;

  adw_window_title_set_subtitle (self->title, shown);
  self->deadline_day = gt_filing_get_deadline_day ();
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  filings = gt_filing_list (self->store, self->year, self->month, self->deadline_day, &today,
                            &error);
  if (filings == NULL)
    {
      /* Keep what was shown; say why it is not fresh. */
      toast (self, error->message);
      return;
    }
  gt_filing_sort (filings);
  g_clear_pointer (&self->filings, g_ptr_array_unref);
  self->filings = g_steal_pointer (&filings);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < self->filings->len; i++)
    gtk_list_box_append (self->list_box, filing_row (self, self->filings->pdata[i]));
  gtk_stack_set_visible_child_name (self->stack, self->filings->len > 0 ? "list" : "empty");
  gtk_widget_set_visible (self->summary, self->filings->len > 0);
  show_counts (self, &today);
}

/* The register, or the deadline day, changed. */
static void
changed_cb (GtFilingDialog *self)
{
  reload (self);
}

static void
step_month (GtkWidget *widget,
            int        delta)
{
  GtFilingDialog *self = GT_FILING_DIALOG (widget);
  int year = self->year;
  int month = self->month;

  gt_month_add (&year, &month, delta);
  gt_filing_dialog_set_month (self, year, month);
}

static void
copy_reminders_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtFilingDialog *self = GT_FILING_DIALOG (widget);
  g_autofree char *text = gt_filing_dialog_dup_reminders (self);

  if (*text == '\0')
    {
      toast (self, _("Every unit has filed"));
      return;
    }
  copy_text (self, text);
  toast (self, _("Reminders copied"));
}

static GtExportJob *
new_job (GtFilingDialog *self)
{
  GtExportJobOptions options;

  gt_export_job_options_init (&options);
  options.year = self->year;
  options.month = self->month;
  return gt_export_job_new (self->store, GT_EXPORT_CHART_FILING, &options);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtFilingDialog *self = GT_FILING_DIALOG (widget);
  g_autoptr(GtPrintOperation) operation = gt_print_operation_new (new_job (self));

  gt_print_operation_start (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                            GTK_WINDOW (self));
}

static void
export_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  GtFilingDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Reports can only be saved to a local file."));
  else
    gt_filing_dialog_export (self, path, &error);
  if (error != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

    toast (self, message);
  }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtFilingDialog *self = GT_FILING_DIALOG (widget);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();
  g_autofree char *shown = gt_format_month (self->year, self->month);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Units Yet to File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (xlsx, _("Excel workbooks"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  /* TRANSLATORS: a file's name; %s is a month, 2023年4月 */
  name = g_strdup_printf (_("Units yet to file %s.pdf"), shown);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
icon_button (const char *icon,
             const char *action,
             const char *tooltip,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return button;
}

static GtkWidget *
header_bar (GtFilingDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *months = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Who Has Filed"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_widget_add_css_class (months, "linked");
  gtk_box_append (GTK_BOX (months), icon_button ("go-previous-symbolic", "view.previous-month",
                                                 _("Previous Month (Ctrl+Page Up)"),
                                                 _("Previous month")));
  gtk_box_append (GTK_BOX (months), icon_button ("go-next-symbolic", "view.next-month",
                                                 _("Next Month (Ctrl+Page Down)"),
                                                 _("Next month")));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), months);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "filing.export");
  gtk_widget_set_tooltip_text (export, _("Save the units yet to file as PDF or XLSX"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header),
                           icon_button ("document-print-symbolic", "filing.print",
                                        _("Print the units yet to file (Ctrl+P)"),
                                        _("Print the units yet to file")));
  return header;
}

static GtkWidget *
summary (GtFilingDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  self->counts_label = GTK_LABEL (gtk_label_new (NULL));
  self->deadline_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->counts_label, 0);
  gtk_label_set_wrap (self->counts_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->counts_label), "title-4");
  gtk_label_set_xalign (self->deadline_label, 0);
  gtk_label_set_wrap (self->deadline_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->counts_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->deadline_label));
  return box;
}

static GtkWidget *
units_list (GtFilingDialog *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  self->summary = summary (self);
  gtk_box_append (GTK_BOX (box), self->summary);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Units"), -1);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->list_box), "list");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Units Responsible for Projects"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Units file figures for the projects they are responsible "
                                     "for: give projects a responsible unit to follow who has "
                                     "filed."));
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static GtkWidget *
action_bar (GtFilingDialog *self)
{
  GtkWidget *bar = gtk_action_bar_new ();

  self->copy_button = gtk_button_new_with_mnemonic (_("_Copy Reminders"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->copy_button), "filing.copy-reminders");
  gtk_widget_set_tooltip_text (self->copy_button,
                               _("Copy a reminder to every unit yet to file, a line each, to "
                                 "paste into a message"));
  gtk_widget_add_css_class (self->copy_button, "suggested-action");
  gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), self->copy_button);
  return bar;
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
gt_filing_dialog_dispose (GObject *object)
{
  GtFilingDialog *self = GT_FILING_DIALOG (object);

  g_clear_pointer (&self->filings, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->badges);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gt_filing_dialog_parent_class)->dispose (object);
}

static void
gt_filing_dialog_class_init (GtFilingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_filing_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "filing.copy-reminders", NULL,
                                   copy_reminders_action);
  gtk_widget_class_install_action (widget_class, "filing.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "filing.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "filing.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gt_month_actions_install (widget_class, step_month);
}

static void
gt_filing_dialog_init (GtFilingDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->badges = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_box_append (GTK_BOX (box), header_bar (self));
  gtk_box_append (GTK_BOX (box), units_list (self));
  gtk_box_append (GTK_BOX (box), action_bar (self));
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  gtk_window_set_title (GTK_WINDOW (self), _("Who Has Filed"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 680);
}

GtFilingDialog *
gt_filing_dialog_new (GtStore   *store,
                      GtkWindow *parent,
                      int        year,
                      int        month)
{
  GtFilingDialog *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  self = g_object_new (GT_TYPE_FILING_DIALOG, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->store = g_object_ref (store);
  self->year = year;
  self->month = month;
  g_signal_connect_object (store, "changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* Preferences → Filing Deadline Day changes who is late. */
  self->settings = gt_office_settings_open ("report-deadline-day");
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::report-deadline-day",
                               G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
      /* GSettings tells of a change only to a key read since connecting. */
      g_settings_get_int (self->settings, "report-deadline-day");
    }
  reload (self);
  return self;
}

void
gt_filing_dialog_show (GtkWidget *opener,
                       GtStore   *store,
                       int        year,
                       int        month)
{
  GWeakRef *ref;
  g_autoptr(GtFilingDialog) dialog = NULL;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (opener));

  ref = g_object_get_data (G_OBJECT (opener), "gt-filing-dialog");
  dialog = ref != NULL ? g_weak_ref_get (ref) : NULL;
  if (dialog != NULL && dialog->store == store)
    gt_filing_dialog_set_month (dialog, year, month);
  else
    {
      root = gtk_widget_get_root (opener);
      g_clear_object (&dialog);
      dialog = g_object_ref (gt_filing_dialog_new (store, GTK_IS_WINDOW (root)
                                                          ? GTK_WINDOW (root) : NULL,
                                                   year, month));
      ref = g_new0 (GWeakRef, 1);
      g_weak_ref_init (ref, dialog);
      g_object_set_data_full (G_OBJECT (opener), "gt-filing-dialog", ref,
                              (GDestroyNotify) weak_ref_free);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

void
gt_filing_dialog_set_month (GtFilingDialog *self,
                            int             year,
                            int             month)
{
  g_return_if_fail (GT_IS_FILING_DIALOG (self));
  g_return_if_fail (month >= 1 && month <= 12);

  self->year = year;
  self->month = month;
  reload (self);
}

int
gt_filing_dialog_get_year (GtFilingDialog *self)
{
  g_return_val_if_fail (GT_IS_FILING_DIALOG (self), 0);
  return self->year;
}

int
gt_filing_dialog_get_month (GtFilingDialog *self)
{
  g_return_val_if_fail (GT_IS_FILING_DIALOG (self), 0);
  return self->month;
}

GPtrArray *
gt_filing_dialog_get_filings (GtFilingDialog *self)
{
  g_return_val_if_fail (GT_IS_FILING_DIALOG (self), NULL);
  return self->filings;
}

char *
gt_filing_dialog_dup_reminders (GtFilingDialog *self)
{
  g_return_val_if_fail (GT_IS_FILING_DIALOG (self), NULL);
  if (self->filings == NULL)
    return g_strdup ("");
  return gt_filing_reminders (self->filings, self->year, self->month, self->deadline_day);
}

gboolean
gt_filing_dialog_export (GtFilingDialog  *self,
                         const char      *path,
                         GError         **error)
{
  g_autoptr(GtExportJob) job = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  GtExportFormat format;

  g_return_val_if_fail (GT_IS_FILING_DIALOG (self), FALSE);

  if (!gt_export_format_from_path (path, &format) ||
      (format != GT_EXPORT_FORMAT_PDF && format != GT_EXPORT_FORMAT_XLSX))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Name the file with .pdf or .xlsx at the end"));
      return FALSE;
    }
  job = new_job (self);
  setup = gt_print_operation_load_page_setup (GT_EXPORT_CHART_FILING);
  return gt_export_job_prepare (job, error) &&
         gt_export_job_write (job, format, path,
                              gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                              gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS), NULL,
                              error);
}
