/* gt-import-names-group.c: the leaders, units and localities an import would
 * create, each confirmed before Import.
 *
 * An import makes a leader, unit or locality of every name the register does
 * not have, so a typo in the ledger (柳河新区 for 柳河镇) is a new locality. Each
 * such name is listed with a check box; a name like one the register has is
 * left unchecked, with that name beside it, so that Import waits until someone
 * says it is meant (or corrects the ledger and reads it again). Names with
 * nothing like them are checked already: a first import of a county's ledger
 * creates dozens, and they are there to be read, not ticked one by one.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-import-names-group.h"

struct _GtImportNamesGroup
{
  AdwPreferencesGroup  parent_instance;

  GPtrArray           *rows;        /* AdwActionRow */
  /* "kind:name" → TRUE (confirmed) or FALSE, through plans made again. */
  GHashTable          *confirmed;
};

G_DEFINE_FINAL_TYPE (GtImportNamesGroup, gt_import_names_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
name_title (const GtImportNewName *name)
{
  switch (name->kind)
    {
    case GT_IMPORT_NEW_LEADER:
      /* Translators: a name the import would create; "New leader: 张三" */
      return g_strdup_printf (_("New leader: %s"), name->name);
    case GT_IMPORT_NEW_UNIT:
      return g_strdup_printf (_("New unit: %s"), name->name);
    case GT_IMPORT_NEW_LOCALITY:
    case GT_N_IMPORT_NEW_KINDS:
    default:
      return g_strdup_printf (_("New locality: %s"), name->name);
    }
}

static char *
name_subtitle (const GtImportNewName *name)
{
  g_autofree char *where = NULL;

  if (name->n_rows > 1)
    /* Translators: where a new name is in the ledger; "Row 5 and 3 more" */
    where = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Row %u and %u more",
                                          "Row %u and %u more", name->n_rows - 1),
                             name->first_row, name->n_rows - 1);
  else
    where = g_strdup_printf (_("Row %u"), name->first_row);
  if (name->closest == NULL)
    return g_steal_pointer (&where);
  /* Translators: "Row 5 · the register has 柳河镇" — a name like the new one */
  return g_strdup_printf (_("%s · the register has “%s”"), where, name->closest);
}

static void
check_toggled_cb (GtkCheckButton     *check,
                  GtImportNamesGroup *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "key");

  g_hash_table_insert (self->confirmed, g_strdup (key),
                       GINT_TO_POINTER (gtk_check_button_get_active (check)));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
gt_import_names_group_finalize (GObject *object)
{
  GtImportNamesGroup *self = GT_IMPORT_NAMES_GROUP (object);

  g_ptr_array_unref (self->rows);
  g_hash_table_unref (self->confirmed);

  G_OBJECT_CLASS (gt_import_names_group_parent_class)->finalize (object);
}

static void
gt_import_names_group_class_init (GtImportNamesGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gt_import_names_group_finalize;

  /* Emitted when a name is confirmed or unconfirmed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gt_import_names_group_init (GtImportNamesGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->confirmed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("New Names"));
  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (self),
    _("Importing creates these leaders, units and localities. Check each one that is "
      "meant; a misspelt name is better corrected in the ledger, then read again with ↻."));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
gt_import_names_group_new (void)
{
  return g_object_new (GT_TYPE_IMPORT_NAMES_GROUP, NULL);
}

void
gt_import_names_group_set_names (GtImportNamesGroup *self,
                                 GPtrArray          *names)
{
  g_return_if_fail (GT_IS_IMPORT_NAMES_GROUP (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      const GtImportNewName *name = g_ptr_array_index (names, i);
      g_autofree char *title = name_title (name);
      g_autofree char *subtitle = name_subtitle (name);
      char *key = g_strdup_printf ("%d:%s", name->kind, name->name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gpointer confirmed;

      if (!g_hash_table_lookup_extended (self->confirmed, key, NULL, &confirmed))
        {
          confirmed = GINT_TO_POINTER (name->closest == NULL);
          g_hash_table_insert (self->confirmed, g_strdup (key), confirmed);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      /* The ledger's names are text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (name->closest != NULL)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Like a name the register has"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), GPOINTER_TO_INT (confirmed));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_object_set_data_full (G_OBJECT (check), "key", key, g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "check", check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->rows->len > 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

guint
gt_import_names_group_count_unconfirmed (GtImportNamesGroup *self)
{
  guint n = 0;

  g_return_val_if_fail (GT_IS_IMPORT_NAMES_GROUP (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *check = g_object_get_data (g_ptr_array_index (self->rows, i), "check");

      n += !gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
    }
  return n;
}
