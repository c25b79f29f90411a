/* gt-popover-button.c: a GtkButton that owns its popover as a child.
 *
 * The date button and the choice picker are each the one button a screen
 * reader hears (a GtkMenuButton reads as three nested elements over AT-SPI
 * in GTK 4.8), so each does what GtkMenuButton does for its popover: lays
 * it out, marks itself checked and expanded while it is open, and takes the
 * focus back when it closes. Small functions rather than a base class: the
 * two stay final types with their own dispose, clicks and API.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-popover-button.h"

/* Focus back on the button when the popover closes, as a menu button does. */
static void
popover_closed_cb (GtkWidget  *button,
                   GtkPopover *popover)
{
  gtk_widget_unset_state_flags (button, GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);
  if (gtk_widget_get_mapped (button))
    gtk_widget_grab_focus (button);
}

static void
popover_opened_cb (GtkWidget  *button,
                   GtkPopover *popover)
{
  gtk_widget_set_state_flags (button, GTK_STATE_FLAG_CHECKED, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE, -1);
}

/* The button's face is measured as a button's child is; the popover, a native
 * of its own, is only positioned. */
static void
layout_measure (GtkWidget      *widget,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

  *minimum = *natural = 0;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural,
                        minimum_baseline, natural_baseline);
}

/* The popover is found among the children rather than kept: the button's
 * own dispose unparents it, and then there is none to present. */
static void
layout_allocate (GtkWidget *widget,
                 int        width,
                 int        height,
                 int        baseline)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
  for (GtkWidget *w = gtk_widget_get_first_child (widget); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_POPOVER (w))
      gtk_popover_present (GTK_POPOVER (w));
}

/**
 * gt_popover_button_set_popover:
 * @button: a button subclass, in its init
 * @popover: (transfer none): its popover, not yet parented
 *
 * Makes @popover a child of @button, laid out and presented by @button's
 * layout, and has @button show it open (checked, expanded) and take the
 * focus back when it closes. Connect any "show" handler of your own first:
 * it runs before the button is marked open. The caller unparents @popover in
 * its dispose.
 */
void
gt_popover_button_set_popover (GtkButton *button,
                               GtkWidget *popover)
{
  g_return_if_fail (GTK_IS_BUTTON (button));
  g_return_if_fail (GTK_IS_POPOVER (popover));

  gtk_widget_set_layout_manager (GTK_WIDGET (button),
                                 gtk_custom_layout_new (NULL, layout_measure, layout_allocate));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_opened_cb), button);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (popover_closed_cb), button);
  gtk_widget_set_parent (popover, GTK_WIDGET (button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE,
                                  -1);
}
