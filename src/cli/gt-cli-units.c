/* gt-cli-units.c: guatu --database URL --grant-unit ROLE UNIT, and
 * --grant-office ROLE.
 *
 * UNIT is the unit's name as the register has it, the argument left after the
 * options (GOption gives an option one value).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-cli-units.h"
#include "gt-pg-roles.h"
#include "gt-store.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_units_add_options (GApplication *app)
{
  g_application_add_main_option (app, "grant-unit", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("With --database postgresql://…, let the server role ROLE "
                                   "file the monthly figures and the rectification of issues of the unit named UNIT, "
                                   "and nothing else, and exit"),
                                 _("ROLE UNIT"));
  g_application_add_main_option (app, "grant-office", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("With --database postgresql://…, make the server role ROLE "
                                   "a desk of the office, which edits everything, and exit"),
                                 _("ROLE"));
}

static int
fail (int         status,
      const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return status;
}

/* The register on the server named by --database, or NULL after saying why. */
static GtStore *
open_server (GVariantDict *options,
             int          *status)
{
  g_autoptr(GError) error = NULL;
  const char *database = NULL;
  GtStore *store;

  if (!g_variant_dict_lookup (options, "database", "^&ay", &database) ||
      !gt_store_location_is_server (database))
    {
      *status = fail (EXIT_BAD_ARGUMENT, _("--grant-unit and --grant-office work on a register "
                                           "on a server: give --database "
                                           "postgresql://USER@HOST/DATABASE"));
      return NULL;
    }
  store = gt_store_open (database, &error);
  if (store == NULL)
    *status = fail (EXIT_FAILED, error->message);
  return store;
}

static int
grant_office (GVariantDict *options,
              const char   *role)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_FAILED;

  if (*role == '\0')
    return fail (EXIT_BAD_ARGUMENT, _("--grant-office needs the role of a desk"));
  if (g_variant_dict_contains (options, G_OPTION_REMAINING))
    return fail (EXIT_BAD_ARGUMENT, _("--grant-office takes one role"));
  store = open_server (options, &status);
  if (store == NULL)
    return status;
  if (!gt_pg_roles_grant_office (store, role, &error))
    return fail (EXIT_FAILED, error->message);
  g_print (_("Role %s is now a desk of the office: it may edit everything"), role);
  g_print ("\n");
  return EXIT_SUCCESS;
}

int
gt_cli_units_run (GVariantDict *options)
{
  g_autofree const char **rest = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtPgRolesGrant grant;
  const char *role = NULL;
  int status = EXIT_FAILED;

  if (g_variant_dict_lookup (options, "grant-office", "&s", &role))
    {
      if (g_variant_dict_contains (options, "grant-unit"))
        return fail (EXIT_BAD_ARGUMENT, _("--grant-unit and --grant-office: give one of them"));
      return grant_office (options, role);
    }
  if (!g_variant_dict_lookup (options, "grant-unit", "&s", &role))
    return -1;
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  if (*role == '\0' || rest == NULL || rest[0] == NULL || *rest[0] == '\0' || rest[1] != NULL)
    return fail (EXIT_BAD_ARGUMENT, _("--grant-unit needs a role and a unit’s name: "
                                      "--grant-unit ROLE UNIT (quote a name with spaces)"));
  if (!g_utf8_validate (rest[0], -1, NULL))
    return fail (EXIT_BAD_ARGUMENT, _("The unit’s name is not valid UTF-8"));

  store = open_server (options, &status);
  if (store == NULL)
    return status;
  if (!gt_pg_roles_grant_unit (store, role, rest[0], &grant, &error))
    return fail (EXIT_FAILED, error->message);

  /* Translators: "Role chengguan may now file the figures and rectifications of 城关镇:" */
  g_print (_("Role %s may now file the figures and rectifications of %s:"), role, rest[0]);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", grant.projects),
           grant.projects);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u issue assigned to it",
                        "%u issues assigned to it", grant.issues), grant.issues);
  g_print ("\n");
  return EXIT_SUCCESS;
}
