/* gt-formality-template-group.c: Preferences → Approvals by Category.
 *
 * A category typed or chosen from the menu beside it (the categories with a
 * list of their own, then the register's projects'; empty: every category
 * without a list of its own) shows its approvals one a row
 * (gt-formality-item-row.c): the name, the approving department chosen among
 * the register's departments (or the word the list had), the time limit in
 * days; rows are added, removed and moved, and Reset takes the category's own
 * list away (the one for every category, or the built-in list, applies
 * again). Each change that leaves a valid list is kept at once, as the rest of
 * Preferences is, in the same setting and format as before
 * (gt_formality_template_to_string()), so nothing that reads it changes; a
 * list that is not valid (an approval without a name, a '|' or ';' in a
 * field) says why and is kept only once mended.
 *
 * The departments and categories come from the window Preferences was opened
 * over; with no register (or in tests before
 * gt_formality_template_group_set_units()), the template's own words are the
 * choices.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-formality-item-row.h"
#include "gt-formality-template.h"
#include "gt-formality-template-group.h"
#include "gt-project.h"
#include "gt-unit.h"
#include "gt-window.h"

struct _GtFormalityTemplateGroup
{
  AdwPreferencesGroup  parent_instance;

  GSettings           *settings;
  GListModel          *units;        /* of GtUnit; NULL until known */
  GListModel          *projects;     /* of GtProject, for their categories; NULL until known */
  GMenu               *categories;   /* the category button's menu, made when opened */
  GtkStringList       *departments;  /* "None", the departments, the list's own words */
  AdwEntryRow         *category;
  GPtrArray           *rows;         /* GtFormalityItemRow *, in order */
  GtkWidget           *add;
  GtkLabel            *problem;
  gboolean             showing;      /* filling the rows: no edits to keep */
  gboolean             saving;       /* writing the setting: no rows to refill */
};

G_DEFINE_FINAL_TYPE (GtFormalityTemplateGroup, gt_formality_template_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static char *
current_category (GtFormalityTemplateGroup *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->category))));
}

/* @templates with @category's entry set to @text, or taken away for NULL. */
static GVariant *
with_entry (GVariant   *templates,
            const char *category,
            const char *text)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, templates);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, category))
      g_variant_builder_add (&builder, "{ss}", key, value);
  if (text != NULL)
    g_variant_builder_add (&builder, "{ss}", category, text);
  return g_variant_builder_end (&builder);
}

static void
show_problem (GtFormalityTemplateGroup *self,
              const char               *message)
{
  gtk_label_set_text (self->problem, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), message != NULL);
}

/* The register's departments first (the approvers), then its other units. */
static void
fill_departments (GtFormalityTemplateGroup *self)
{
  guint n = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;

  gtk_string_list_splice (self->departments, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->departments)), NULL);
  gtk_string_list_append (self->departments, _("None"));
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GtUnit) unit = g_list_model_get_item (self->units, i);

        if ((gt_unit_get_kind (unit) == GT_UNIT_KIND_DEPARTMENT) == (pass == 0))
          gtk_string_list_append (self->departments, gt_unit_get_name (unit));
      }
}

static void
number_rows (GtFormalityTemplateGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    gt_formality_item_row_set_position (self->rows->pdata[i], i + 1, self->rows->len);
}

/* What the rows say, checked as the setting's text would be. */
static GtFormalityTemplate *
read_rows (GtFormalityTemplateGroup  *self,
           GError                   **error)
{
  g_autoptr(GtFormalityTemplate) tmpl = gt_formality_template_new ();
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtFormalityItemRow *row = self->rows->pdata[i];
      g_autofree char *kind = g_strstrip (g_strdup (gt_formality_item_row_get_kind (row)));
      const char *department = gt_formality_item_row_get_department (row);

      if (*kind == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Approval %u needs a name."), i + 1);
          return NULL;
        }
      /* The setting separates with them (gt_formality_template_to_string()). */
      if (strpbrk (kind, "|;") != NULL || strpbrk (department, "|;") != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” may not hold “|” or “;”."), kind);
          return NULL;
        }
      gt_formality_template_append (tmpl, kind, department, gt_formality_item_row_get_days (row));
    }
  text = gt_formality_template_to_string (tmpl);
  return gt_formality_template_parse (text, error);
}

/* Keeps the rows as the category's own list when they make one. */
static gboolean
save_rows (GtFormalityTemplateGroup *self)
{
  g_autoptr(GVariant) templates = NULL;
  g_autoptr(GtFormalityTemplate) tmpl = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *category = NULL;
  g_autofree char *text = NULL;

  tmpl = read_rows (self, &error);
  if (tmpl == NULL)
    {
      show_problem (self, error->message);
      return FALSE;
    }
  show_problem (self, NULL);
  templates = g_settings_get_value (self->settings, GT_FORMALITY_TEMPLATES_KEY);
  category = current_category (self);
  text = gt_formality_template_to_string (tmpl);
  self->saving = TRUE;
  g_settings_set_value (self->settings, GT_FORMALITY_TEMPLATES_KEY,
                        with_entry (templates, category, text));
  self->saving = FALSE;
  return TRUE;
}

static void
row_changed_cb (GtFormalityTemplateGroup *self)
{
  if (!self->showing)
    save_rows (self);
}

/* The rows in the group in the order of self->rows, after the category. */
static void
replace_rows (GtFormalityTemplateGroup *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);

  /* New rows are not in the group yet. */
  for (guint i = 0; i < self->rows->len; i++)
    if (gtk_widget_get_parent (self->rows->pdata[i]) != NULL)
      adw_preferences_group_remove (group, self->rows->pdata[i]);
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_add (group, self->rows->pdata[i]);
  number_rows (self);
}

static void
row_move_cb (GtFormalityItemRow       *row,
             int                       by,
             GtFormalityTemplateGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint index, to;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;
  /* Moved from a control of its own (Alt+↑ in its name): the focus stays. */
  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
    focus = NULL;
  if (focus != NULL)
    g_object_ref (focus);
  if ((by < 0 && index == 0) || (by > 0 && index + 1 >= self->rows->len))
    return;
  to = by < 0 ? index - 1 : index + 1;
  g_ptr_array_insert (self->rows, to, g_ptr_array_steal_index (self->rows, index));
  replace_rows (self);
  /* Focus stays on the row moved: on its control, or its button again while
   * it can move on. */
  if (focus != NULL && gtk_widget_get_sensitive (focus))
    gtk_widget_grab_focus (focus);
  else
    {
      GtkWidget *button = gt_formality_item_row_get_control (row, by < 0 ? "up" : "down");

      if (!gtk_widget_get_sensitive (button))
        button = gt_formality_item_row_get_control (row, by < 0 ? "down" : "up");
      gtk_widget_grab_focus (button);
    }
  g_clear_object (&focus);
  save_rows (self);
}

static void
row_remove_cb (GtFormalityItemRow       *row,
               GtFormalityTemplateGroup *self)
{
  guint index;

  if (self->rows->len <= 1 || !g_ptr_array_find (self->rows, row, &index))
    return;
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
  g_ptr_array_remove_index (self->rows, index);
  number_rows (self);
  /* Focus to the row that took its place, else the one before. */
  gtk_widget_grab_focus (gt_formality_item_row_get_control (
                           self->rows->pdata[MIN (index, self->rows->len - 1)], "kind"));
  save_rows (self);
}

static void
add_row (GtFormalityTemplateGroup *self,
         guint                     position,
         const char               *kind,
         const char               *department,
         guint                     days)
{
  GtkWidget *row = gt_formality_item_row_new (self->departments, kind, department, days);

  g_signal_connect_swapped (row, "edited", G_CALLBACK (row_changed_cb), self);
  g_signal_connect (row, "move", G_CALLBACK (row_move_cb), self);
  g_signal_connect (row, "remove", G_CALLBACK (row_remove_cb), self);
  g_ptr_array_insert (self->rows, position, g_object_ref_sink (row));
}

/* The category's list as it applies now: its own, or the one for all. */
/* The rows of @tmpl's approvals in place of those shown; not saved. */
static void
fill_rows (GtFormalityTemplateGroup *self,
           GtFormalityTemplate      *tmpl)
{
  self->showing = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < gt_formality_template_get_n_items (tmpl); i++)
    add_row (self, i, gt_formality_template_get_kind (tmpl, i),
             gt_formality_template_get_department (tmpl, i),
             gt_formality_template_get_days (tmpl, i));
  replace_rows (self);
  self->showing = FALSE;
}

static void
show_list (GtFormalityTemplateGroup *self)
{
  g_autoptr(GVariant) templates = g_settings_get_value (self->settings,
                                                        GT_FORMALITY_TEMPLATES_KEY);
  g_autofree char *category = current_category (self);
  g_autoptr(GtFormalityTemplate) tmpl = gt_formality_template_for_category (templates, category);

  fill_rows (self, tmpl);
  show_problem (self, NULL);
}

/* Another window's Preferences, or Reset: the rows again, unless they say
 * what the setting now holds (the change may be ours, told later). */
static void
settings_changed_cb (GtFormalityTemplateGroup *self)
{
  g_autoptr(GVariant) templates = NULL;
  g_autoptr(GtFormalityTemplate) shown = NULL;
  g_autoptr(GtFormalityTemplate) held = NULL;
  g_autofree char *category = NULL;
  g_autofree char *shown_text = NULL;
  g_autofree char *held_text = NULL;

  if (self->saving)
    return;
  templates = g_settings_get_value (self->settings, GT_FORMALITY_TEMPLATES_KEY);
  category = current_category (self);
  held = gt_formality_template_for_category (templates, category);
  held_text = gt_formality_template_to_string (held);
  shown = read_rows (self, NULL);
  shown_text = shown != NULL ? gt_formality_template_to_string (shown) : NULL;
  if (g_strcmp0 (shown_text, held_text) != 0)
    show_list (self);
}

static void
add_clicked_cb (GtFormalityTemplateGroup *self)
{
  GtFormalityItemRow *row;

  self->showing = TRUE;
  add_row (self, self->rows->len, "", "", 0);
  row = g_ptr_array_index (self->rows, self->rows->len - 1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
  number_rows (self);
  self->showing = FALSE;
  /* Kept once named: an empty name is not yet a mistake to point out. */
  gtk_widget_grab_focus (gt_formality_item_row_get_control (row, "kind"));
}

static void
reset_cb (GtFormalityTemplateGroup *self)
{
  g_autoptr(GVariant) templates = g_settings_get_value (self->settings,
                                                        GT_FORMALITY_TEMPLATES_KEY);
  g_autofree char *category = current_category (self);

  self->saving = TRUE;
  g_settings_set_value (self->settings, GT_FORMALITY_TEMPLATES_KEY,
                        with_entry (templates, category, NULL));
  self->saving = FALSE;
  show_list (self);
}

/* The departments and categories of the register in the window
 * Preferences belongs to. */
static void
root_changed_cb (GtFormalityTemplateGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root))
                                           : NULL;
  GtStore *store = GT_IS_WINDOW (parent) ? gt_window_get_store (GT_WINDOW (parent)) : NULL;

  if (store == NULL)
    return;
  if (self->projects == NULL)
    self->projects = g_object_ref (gt_store_get_projects (store));
  if (self->units == NULL)
    gt_formality_template_group_set_units (self, gt_store_get_units (store));
}

static void
add_category_item (GMenu      *menu,
                   GHashTable *seen,
                   const char *category,
                   const char *label)
{
  g_autoptr(GMenuItem) item = NULL;

  if (!g_hash_table_add (seen, g_strdup (category)))
    return;
  item = g_menu_item_new (label != NULL ? label : category, NULL);
  g_menu_item_set_action_and_target (item, "template.category", "s", category);
  g_menu_append_item (menu, item);
}

/* The categories that have a list of their own, then those of the
 * register's projects: what the office would type, offered to choose. */
static void
fill_categories (GtFormalityTemplateGroup *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GVariant) templates = g_settings_get_value (self->settings,
                                                        GT_FORMALITY_TEMPLATES_KEY);
  g_autoptr(GMenu) own = g_menu_new ();
  g_autoptr(GMenu) others = g_menu_new ();
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);
  guint n = self->projects != NULL ? g_list_model_get_n_items (self->projects) : 0;
  GVariantIter iter;
  const char *key, *value;

  g_menu_remove_all (self->categories);
  add_category_item (own, seen, "", _("Every Other Category"));
  g_variant_iter_init (&iter, templates);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    g_ptr_array_add (sorted, g_strdup (key));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (self->projects, i);
      const char *category = gt_project_get_category (project);

      if (category != NULL && *category != '\0')
        g_ptr_array_add (sorted, g_strdup (category));
    }
  /* Those with their own list first, each section in the order of the
   * settings' keys and then of the register's projects. */
  for (guint i = 0; i < sorted->len; i++)
    {
      const char *category = sorted->pdata[i];
      g_autoptr(GVariant) text = g_variant_lookup_value (templates, category,
                                                         G_VARIANT_TYPE_STRING);

      if (*category == '\0')
        continue;
      if (text != NULL)
        {
          /* TRANSLATORS: a category in the menu that has its own list */
          g_autofree char *label = g_strdup_printf (_("%s (its own list)"), category);

          add_category_item (own, seen, category, label);
        }
      else
        add_category_item (others, seen, category, NULL);
    }
  g_menu_append_section (self->categories, NULL, G_MENU_MODEL (own));
  if (g_menu_model_get_n_items (G_MENU_MODEL (others)) > 0)
    g_menu_append_section (self->categories, NULL, G_MENU_MODEL (others));
}

static void
category_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GtFormalityTemplateGroup *self = GT_FORMALITY_TEMPLATE_GROUP (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->category), g_variant_get_string (parameter, NULL));
}

/* Each time the menu opens: the settings and the register may have changed. */
static void
categories_popup_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  fill_categories (GT_FORMALITY_TEMPLATE_GROUP (user_data));
}

static void
gt_formality_template_group_dispose (GObject *object)
{
  GtFormalityTemplateGroup *self = GT_FORMALITY_TEMPLATE_GROUP (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->units);
  g_clear_object (&self->projects);
  g_clear_object (&self->categories);
  g_clear_object (&self->departments);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_formality_template_group_parent_class)->dispose (object);
}

static void
gt_formality_template_group_class_init (GtFormalityTemplateGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_formality_template_group_dispose;

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "template.category", "s",
                                   category_action);
}

static void
gt_formality_template_group_init (GtFormalityTemplateGroup *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);
  GtkWidget *reset = gtk_button_new_with_mnemonic (_("_Reset"));
  GtkWidget *content, *choose;

  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->departments = gtk_string_list_new (NULL);
  fill_departments (self);

  adw_preferences_group_set_title (group, _("Approvals by Category"));
  adw_preferences_group_set_description (group,
                                         _("The approvals a project's editor lists, in order, "
                                           "planned backwards from its planned start: each "
                                           "with its approving department and time limit in "
                                           "days. An empty category is every category "
                                           "without a list of its own."));
  self->category = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->category), _("Category"));
  g_signal_connect_swapped (self->category, "changed", G_CALLBACK (show_list), self);
  self->categories = g_menu_new ();
  choose = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (choose), "view-list-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (choose), G_MENU_MODEL (self->categories));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (choose, "flat");
  gtk_widget_set_tooltip_text (choose, _("Choose a Category"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (choose), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a Category"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (choose), categories_popup_cb, self,
                                         NULL);
  adw_entry_row_add_suffix (self->category, choose);
  adw_preferences_group_add (group, GTK_WIDGET (self->category));

  self->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem, TRUE);
  gtk_label_set_xalign (self->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem), 6);
  adw_preferences_group_add (group, GTK_WIDGET (self->problem));

  self->add = gtk_button_new ();
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Approval"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (self->add), content);
  gtk_widget_set_halign (self->add, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->add, 12);
  g_signal_connect_swapped (self->add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_preferences_group_add (group, self->add);

  gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (reset, _("Take the category's own list away"));
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (reset_cb), self);
  adw_preferences_group_set_header_suffix (group, reset);

  /* Preferences is made before it is put over a window: asked when shown. */
  g_signal_connect (self, "map", G_CALLBACK (root_changed_cb), NULL);
}

GtkWidget *
gt_formality_template_group_new (GSettings *settings)
{
  GtFormalityTemplateGroup *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (GT_TYPE_FORMALITY_TEMPLATE_GROUP, NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::" GT_FORMALITY_TEMPLATES_KEY,
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  show_list (self);
  return GTK_WIDGET (self);
}

void
gt_formality_template_group_set_units (GtFormalityTemplateGroup *self,
                                       GListModel               *units)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (GT_IS_FORMALITY_TEMPLATE_GROUP (self));
  g_return_if_fail (units == NULL || G_IS_LIST_MODEL (units));

  /* Each row keeps its word, selected again among the new choices; no row is
   * made again (this runs while the group is shown). */
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (chosen,
                     g_strdup (gt_formality_item_row_get_department (self->rows->pdata[i])));
  g_set_object (&self->units, units);
  self->showing = TRUE;
  fill_departments (self);
  for (guint i = 0; i < self->rows->len; i++)
    gt_formality_item_row_set_department (self->rows->pdata[i], chosen->pdata[i]);
  self->showing = FALSE;
}

gboolean
gt_formality_template_group_apply (GtFormalityTemplateGroup *self,
                                   const char               *category,
                                   const char               *text)
{
  g_autoptr(GtFormalityTemplate) tmpl = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GT_IS_FORMALITY_TEMPLATE_GROUP (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->category), category != NULL ? category : "");
  if (text == NULL)
    return TRUE;
  tmpl = gt_formality_template_parse (text, &error);
  if (tmpl == NULL)
    {
      show_problem (self, error->message);
      return FALSE;
    }
  fill_rows (self, tmpl);
  return save_rows (self);
}

guint
gt_formality_template_group_get_n_rows (GtFormalityTemplateGroup *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY_TEMPLATE_GROUP (self), 0);
  return self->rows->len;
}

GtFormalityItemRow *
gt_formality_template_group_get_row (GtFormalityTemplateGroup *self,
                                     guint                     index)
{
  g_return_val_if_fail (GT_IS_FORMALITY_TEMPLATE_GROUP (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return self->rows->pdata[index];
}

GMenuModel *
gt_formality_template_group_get_categories (GtFormalityTemplateGroup *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY_TEMPLATE_GROUP (self), NULL);
  fill_categories (self);
  return G_MENU_MODEL (self->categories);
}

GtkWidget *
gt_formality_template_group_get_add_button (GtFormalityTemplateGroup *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY_TEMPLATE_GROUP (self), NULL);
  return self->add;
}
