/* main.c: Guatu's entry point.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "gt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtApplication) app = NULL;
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  /* Running from the build tree (build-aux/run, tests), the catalogues are
   * there rather than under the install prefix. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = gt_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
