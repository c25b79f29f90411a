/* gt-connect-dialog.h: Main menu → Connect to Server…: the register on the
 * office's PostgreSQL server.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_CONNECT_DIALOG (gt_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GtConnectDialog, gt_connect_dialog, GT, CONNECT_DIALOG, AdwWindow)

/* ::connected (GtStore *store): the register on the server is open; the
 * dialog closes after its handlers ran. */
GtConnectDialog *gt_connect_dialog_new         (GtkWindow       *parent);
/* The location Connect opens, from the fields as they are (with the password
 * once one was asked for and typed); NULL while there is no server to name. */
char            *gt_connect_dialog_dup_url     (GtConnectDialog *self);
/* Fills the fields from @url (a remembered server's, without password). */
void             gt_connect_dialog_set_url     (GtConnectDialog *self,
                                                const char      *url);
/* Says why opening failed (the password field shows if that is why). */
void             gt_connect_dialog_show_error  (GtConnectDialog *self,
                                                const GError    *error);
/* As the Connect button: opens the register in a thread; ::connected follows,
 * or the dialog says why not (and asks for a password if that is why). */
void             gt_connect_dialog_connect     (GtConnectDialog *self);
/* Whether a connection is being made (the spinner turns). */
gboolean         gt_connect_dialog_is_busy     (GtConnectDialog *self);

/* The servers connected to lately, newest first, without passwords. */
char           **gt_connect_dialog_dup_recent  (GSettings       *settings);
/* Puts @url (its password taken out) first in the remembered list, which
 * keeps at most 8. */
void             gt_connect_dialog_remember    (GSettings       *settings,
                                                const char      *url);

G_END_DECLS
