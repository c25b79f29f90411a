/* gt-month-signoff.c: the questions before a month is signed off (定稿) or
 * reopened. Closing says what it means; reopening asks why, since the reason
 * is recorded with who and when (gt-history.h), and the office answers for it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-history.h"
#include "gt-month-signoff.h"

typedef struct {
  GtkWidget          *widget;
  GtStore            *store;
  int                 year;
  int                 month;
  gboolean            close;
  GtkEditable        *reason;
  GtMonthSignoffDone  done;
} Signoff;

static void
signoff_free (Signoff *signoff)
{
  g_object_unref (signoff->widget);
  g_object_unref (signoff->store);
  g_free (signoff);
}

static void
signoff_free_cb (gpointer  data,
                 GClosure *closure)
{
  signoff_free (data);
}

static void
show_error (GtkWidget    *widget,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              _("Could Not Change the Month"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Signoff          *signoff)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (g_str_equal (response, "close-month"))
    ok = gt_history_close_month (signoff->store, signoff->year, signoff->month, &error);
  else if (g_str_equal (response, "reopen-month"))
    ok = gt_history_reopen_month (signoff->store, signoff->year, signoff->month,
                                  gtk_editable_get_text (signoff->reason), &error);
  if (!ok)
    show_error (signoff->widget, error);
  if (signoff->done != NULL)
    signoff->done (signoff->widget);
}

static void
reason_changed_cb (GtkEditable      *reason,
                   AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));

  adw_message_dialog_set_response_enabled (dialog, "reopen-month", *text != '\0');
}

void
gt_month_signoff_run (GtkWidget          *widget,
                      GtStore            *store,
                      int                 year,
                      int                 month,
                      gboolean            close,
                      GtMonthSignoffDone  done)
{
  g_autofree char *shown = gt_format_month (year, month);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  Signoff *signoff;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GT_IS_STORE (store));

  signoff = g_new0 (Signoff, 1);
  signoff->widget = g_object_ref (widget);
  signoff->store = g_object_ref (store);
  signoff->year = year;
  signoff->month = month;
  signoff->close = close;
  signoff->done = done;

  /* TRANSLATORS: %s is a month, 2023年3月 */
  heading = g_strdup_printf (close ? _("Sign Off %s?") : _("Reopen %s?"), shown);
  body = close ? g_strdup (_("Its figures can then no longer be changed, on this desk or any "
                             "other, nor by an import, until the month is reopened."))
               : g_strdup (_("Its figures can be changed again. Say why: the reason is "
                             "recorded with who reopened it and when."));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (close)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close-month",
                                       _("_Sign Off"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close-month",
                                                  ADW_RESPONSE_SUGGESTED);
    }
  else
    {
      GtkWidget *reason = gtk_entry_new ();

      gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Why it is reopened"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (reason),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), reason);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reopen-month",
                                       _("_Reopen"));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reopen-month",
                                               FALSE);
      signoff->reason = GTK_EDITABLE (reason);
      g_signal_connect (reason, "changed", G_CALLBACK (reason_changed_cb), dialog);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), signoff,
                         signoff_free_cb, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
