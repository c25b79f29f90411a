/* gt-cli-copy.c: guatu --copy-register FROM TO.
 *
 * FROM and TO are each a file or a postgresql:// URL. GOption gives an option
 * one value, so TO is the argument left after the options.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-cli-copy.h"
#include "gt-register-copy.h"
#include "gt-store.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_copy_add_options (GApplication *app)
{
  g_application_add_main_option (app, "copy-register", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Copy the register in FROM (a file or postgresql://…) to TO, "
                                   "a new file or an empty database, and exit"),
                                 _("FROM TO"));
}

static int
fail (int         status,
      const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return status;
}

int
gt_cli_copy_run (GVariantDict *options)
{
  g_autofree const char **rest = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from_shown = NULL;
  g_autofree char *to_shown = NULL;
  g_autofree char *counts = NULL;
  g_auto(GStrv) lines = NULL;
  GtRegisterCopyStats stats;
  const char *from = NULL;

  if (!g_variant_dict_lookup (options, "copy-register", "^&ay", &from))
    return -1;
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  if (*from == '\0' || rest == NULL || rest[0] == NULL || *rest[0] == '\0')
    return fail (EXIT_BAD_ARGUMENT, _("--copy-register needs where from and where to: "
                                      "--copy-register FROM TO"));
  if (rest[1] != NULL)
    return fail (EXIT_BAD_ARGUMENT, _("--copy-register copies one register to one place: "
                                      "--copy-register FROM TO"));
  if (g_variant_dict_contains (options, "database"))
    return fail (EXIT_BAD_ARGUMENT, _("--copy-register names both registers itself; leave "
                                      "out --database"));

  if (!gt_register_copy (from, rest[0], &stats, &error))
    return fail (EXIT_FAILED, error->message);

  from_shown = gt_store_dup_display_location (from);
  to_shown = gt_store_dup_display_location (rest[0]);
  /* Translators: "Copied guatu.db to postgresql://office@server/guatu:" and then
   * the rows copied, a table a line */
  g_print (_("Copied %s to %s:"), from_shown, to_shown);
  g_print ("\n");
  counts = gt_register_copy_stats_describe (&stats);
  lines = g_strsplit (g_strchomp (counts), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("  %s\n", lines[i]);
  return EXIT_SUCCESS;
}
