/* gt-tooltips.c
 *
 * GTK's tooltip window is private: it is found by its CSS name, "tooltip", as
 * it is realized, and its label is refitted each time GTK sets the label's
 * width (gtktooltipwindow.c, update_label_width()).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-tooltips.h"

/* GTK's own cap, in Latin letters; 25 Chinese characters. */
#define MAX_LINE_CHARS 50

static GQuark adopted_quark;

void
gt_tooltips_fit_label (GtkLabel *label)
{
  const char *text;
  int units = 0;

  g_return_if_fail (GTK_IS_LABEL (label));

  text = gtk_label_get_text (label);
  /* GTK leaves a text with line breaks unwrapped; so do we. */
  if (text == NULL || strchr (text, '\n') != NULL)
    return;
  for (const char *p = text; *p != '\0' && units < MAX_LINE_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      units += g_unichar_iswide (c) ? 2 : 1;
    }
  units = MIN (units, MAX_LINE_CHARS);
  if (gtk_label_get_max_width_chars (label) != units)
    gtk_label_set_max_width_chars (label, units);
}

gboolean
gt_tooltips_popover_open (GtkWidget *root)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);

  if (GTK_IS_POPOVER (root) && gtk_widget_get_mapped (root))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* A popover is mapped on its own surface, whether or not its parent is
       * drawn; anything else unmapped holds nothing open. */
      if (!gtk_widget_get_mapped (child) && !GTK_IS_POPOVER (child))
        continue;
      if (gt_tooltips_popover_open (child))
        return TRUE;
    }
  return FALSE;
}

static void
max_width_changed_cb (GtkLabel   *label,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  gt_tooltips_fit_label (label);
}

/* A tooltip of the window behind an open menu would cover the menu. */
static void
tooltip_mapped_cb (GtkWidget *tooltip,
                   gpointer   user_data)
{
  GtkWidget *parent = gtk_widget_get_parent (tooltip);

  if (parent != NULL && gt_tooltips_popover_open (GTK_WIDGET (gtk_widget_get_root (parent))))
    gtk_widget_hide (tooltip);
}

static void
adopt (GtkWidget *tooltip)
{
  GtkWidget *box = gtk_widget_get_first_child (tooltip);

  g_object_set_qdata (G_OBJECT (tooltip), adopted_quark, GINT_TO_POINTER (TRUE));
  for (GtkWidget *child = box != NULL ? gtk_widget_get_first_child (box) : NULL;
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LABEL (child))
        continue;
      gt_tooltips_fit_label (GTK_LABEL (child));
      g_signal_connect (child, "notify::max-width-chars", G_CALLBACK (max_width_changed_cb), NULL);
    }
  g_signal_connect (tooltip, "map", G_CALLBACK (tooltip_mapped_cb), NULL);
}

static gboolean
realize_hook (GSignalInvocationHint *hint,
              guint                  n_values,
              const GValue          *values,
              gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_NATIVE (object) && !GTK_IS_WINDOW (object) && !GTK_IS_POPOVER (object) &&
      g_strcmp0 (gtk_widget_get_css_name (GTK_WIDGET (object)), "tooltip") == 0 &&
      g_object_get_qdata (object, adopted_quark) == NULL)
    adopt (GTK_WIDGET (object));
  return TRUE;
}

void
gt_tooltips_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* At the application's start-up no widget may exist yet, and a class's
       * signals exist only once the class does. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      adopted_quark = g_quark_from_static_string ("gt-tooltips-adopted");
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  realize_hook, NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&installed, 1);
    }
}
