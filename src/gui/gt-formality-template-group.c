/* gt-formality-template-group.c: Preferences → Approvals by Category.
 *
 * A category typed (empty: every category without a list of its own) shows
 * its list as the office writes it, approval|department|days separated by
 * semicolons; Apply keeps it when it parses, and says what is wrong when not.
 * Reset takes the category's own list away (the one for every category, or
 * the built-in list, applies again). A plain text line, not a table: the
 * office types the list once a year, and copies it between categories.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-formality-template.h"
#include "gt-formality-template-group.h"

struct _GtFormalityTemplateGroup
{
  AdwPreferencesGroup  parent_instance;

  GSettings           *settings;
  AdwEntryRow         *category;
  AdwEntryRow         *list;
  GtkLabel            *problem;
};

G_DEFINE_FINAL_TYPE (GtFormalityTemplateGroup, gt_formality_template_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static char *
current_category (GtFormalityTemplateGroup *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->category))));
}

/* The category's list as it applies now: its own, or the one for all. */
static void
show_list (GtFormalityTemplateGroup *self)
{
  g_autoptr(GVariant) templates = g_settings_get_value (self->settings,
                                                        GT_FORMALITY_TEMPLATES_KEY);
  g_autofree char *category = current_category (self);
  g_autoptr(GtFormalityTemplate) tmpl = gt_formality_template_for_category (templates, category);
  g_autofree char *text = gt_formality_template_to_string (tmpl);

  gtk_editable_set_text (GTK_EDITABLE (self->list), text);
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
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

static gboolean
apply_text (GtFormalityTemplateGroup *self,
            const char               *text)
{
  g_autoptr(GVariant) templates = g_settings_get_value (self->settings,
                                                        GT_FORMALITY_TEMPLATES_KEY);
  g_autofree char *category = current_category (self);
  g_autoptr(GtFormalityTemplate) tmpl = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tidy = NULL;

  tmpl = gt_formality_template_parse (text, &error);
  if (tmpl == NULL)
    {
      gtk_label_set_text (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
      return FALSE;
    }
  tidy = gt_formality_template_to_string (tmpl);
  g_settings_set_value (self->settings, GT_FORMALITY_TEMPLATES_KEY,
                        with_entry (templates, category, tidy));
  show_list (self);
  return TRUE;
}

static void
apply_cb (GtFormalityTemplateGroup *self)
{
  apply_text (self, gtk_editable_get_text (GTK_EDITABLE (self->list)));
}

static void
reset_cb (GtFormalityTemplateGroup *self)
{
  g_autoptr(GVariant) templates = g_settings_get_value (self->settings,
                                                        GT_FORMALITY_TEMPLATES_KEY);
  g_autofree char *category = current_category (self);

  g_settings_set_value (self->settings, GT_FORMALITY_TEMPLATES_KEY,
                        with_entry (templates, category, NULL));
  show_list (self);
}

static void
gt_formality_template_group_dispose (GObject *object)
{
  GtFormalityTemplateGroup *self = GT_FORMALITY_TEMPLATE_GROUP (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gt_formality_template_group_parent_class)->dispose (object);
}

static void
gt_formality_template_group_class_init (GtFormalityTemplateGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_formality_template_group_dispose;
}

static void
gt_formality_template_group_init (GtFormalityTemplateGroup *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);
  GtkWidget *reset = gtk_button_new_with_mnemonic (_("_Reset"));

  adw_preferences_group_set_title (group, _("Approvals by Category"));
  adw_preferences_group_set_description (group,
                                         _("The approvals a project's editor lists, planned "
                                           "backwards from its planned start: "
                                           "approval|department|days, separated by "
                                           "semicolons. An empty category is every category "
                                           "without a list of its own."));
  self->category = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->category), _("Category"));
  g_signal_connect_swapped (self->category, "changed", G_CALLBACK (show_list), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->category));
  self->list = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->list), _("Approvals"));
  adw_entry_row_set_show_apply_button (self->list, TRUE);
  g_signal_connect_swapped (self->list, "apply", G_CALLBACK (apply_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->list));
  self->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem, TRUE);
  gtk_label_set_xalign (self->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem), 6);
  adw_preferences_group_add (group, GTK_WIDGET (self->problem));
  gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (reset, _("Take the category's own list away"));
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (reset_cb), self);
  adw_preferences_group_set_header_suffix (group, reset);
}

GtkWidget *
gt_formality_template_group_new (GSettings *settings)
{
  GtFormalityTemplateGroup *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (GT_TYPE_FORMALITY_TEMPLATE_GROUP, NULL);
  self->settings = g_object_ref (settings);
  show_list (self);
  return GTK_WIDGET (self);
}

gboolean
gt_formality_template_group_apply (GtFormalityTemplateGroup *self,
                                   const char               *category,
                                   const char               *text)
{
  g_return_val_if_fail (GT_IS_FORMALITY_TEMPLATE_GROUP (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->category), category != NULL ? category : "");
  if (text == NULL)
    return TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->list), text);
  return apply_text (self, text);
}
