/* gt-print-preview.c: the print dialog's Preview, drawn inside Guatu.
 *
 * The pages come from GtkPrintOperationPreview: render_page() emits the
 * operation's ::draw-page onto the print context's cairo context, so the
 * preview runs the very code that prints. The context is pointed at an image
 * surface of the page's size on the screen for each page drawn (and at a
 * one-pixel one in between, for GTK insists it have one), and the widget
 * paints that picture: a page of the wall chart is drawn once per page turn
 * or zoom, not once per frame.
 *
 * The operation lays its pages out in an idle after ::preview; until ::ready
 * the window shows an empty grey and its buttons are insensitive. Closing the
 * window (Esc) ends the preview, which lets the operation finish (::done).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-print-preview.h"

#define MARGIN 24.0            /* pixels around the page */
#define SCREEN_ZOOM (96.0 / 72.0)   /* "actual size": points on a 96 dpi screen */
#define DEFAULT_WIDTH  1000
#define DEFAULT_HEIGHT 760

struct _GtPrintPreview
{
  AdwWindow                 parent_instance;

  GtkPrintOperation        *operation;
  GtkPrintOperationPreview *preview;      /* the operation, as its preview */
  GtkPrintContext          *context;
  GtPrintPreviewPrint       print;
  gpointer                  print_data;
  cairo_t                  *idle_cr;      /* the context's between pages */

  GtkWidget                *title;
  GtkWidget                *previous;
  GtkWidget                *next;
  GtkWidget                *fit_button;
  GtkWidget                *scroller;
  GtkWidget                *area;

  GArray                   *pages;        /* of int: the page numbers to print */
  guint                     index;        /* the one shown, in @pages */
  double                    page_width;   /* points */
  double                    page_height;
  gboolean                  ready;
  gboolean                  ended;
  gboolean                  close_pending;

  cairo_surface_t          *surface;      /* the page shown, as drawn */
  guint                     surface_index;
  double                    surface_zoom;
};

G_DEFINE_FINAL_TYPE (GtPrintPreview, gt_print_preview, ADW_TYPE_WINDOW)

static void
end_preview (GtPrintPreview *self)
{
  if (self->ended || !self->ready)
    return;
  self->ended = TRUE;
  gtk_print_operation_preview_end_preview (self->preview);
}

static gboolean
is_fit (GtPrintPreview *self)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->fit_button));
}

/* Pixels a point at a widget size of @width × @height. */
static double
get_zoom (GtPrintPreview *self,
          int             width,
          int             height)
{
  double zoom;

  if (!is_fit (self))
    return SCREEN_ZOOM;
  zoom = MIN ((width - 2 * MARGIN) / self->page_width, (height - 2 * MARGIN) / self->page_height);
  return MAX (zoom, 0.05);
}

/* Draws page @index of the selection at @zoom (and the screen's @scale)
 * into a new picture, through the print operation. */
static void
render_page (GtPrintPreview *self,
             double          zoom,
             int             scale)
{
  int width = (int) ceil (self->page_width * zoom * scale);
  int height = (int) ceil (self->page_height * zoom * scale);
  cairo_t *cr;

  g_clear_pointer (&self->surface, cairo_surface_destroy);
  self->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (width, 1),
                                              MAX (height, 1));
  cairo_surface_set_device_scale (self->surface, scale, scale);
  cr = cairo_create (self->surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, zoom, zoom);
  /* 72 dots an inch: one unit of the context (points) is one unit of @cr. */
  gtk_print_context_set_cairo_context (self->context, cr, 72, 72);
  gtk_print_operation_preview_render_page (self->preview,
                                           g_array_index (self->pages, int, self->index));
  gtk_print_context_set_cairo_context (self->context, self->idle_cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_flush (self->surface);
  self->surface_index = self->index;
  self->surface_zoom = zoom;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        data)
{
  GtPrintPreview *self = data;
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (area));
  double zoom, x, y, w, h;

  /* The grey a sheet lies on in every previewer, light or dark. */
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    cairo_set_source_rgb (cr, 0.16, 0.16, 0.17);
  else
    cairo_set_source_rgb (cr, 0.80, 0.80, 0.82);
  cairo_paint (cr);
  if (!self->ready || self->pages->len == 0)
    return;
  zoom = get_zoom (self, width, height);
  if (self->surface == NULL || self->surface_index != self->index ||
      fabs (self->surface_zoom - zoom) > 1e-6)
    render_page (self, zoom, scale);

  w = self->page_width * zoom;
  h = self->page_height * zoom;
  x = floor (MAX (MARGIN, (width - w) / 2));
  y = floor (MAX (MARGIN, (height - h) / 2));
  /* A sheet of paper lying on the grey. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x + 2, y + 3, w, h);
  cairo_fill (cr);
  cairo_set_source_surface (cr, self->surface, x, y);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

static void
update (GtPrintPreview *self)
{
  guint n = self->pages != NULL ? self->pages->len : 0;
  g_autofree char *subtitle = NULL;
  double zoom = SCREEN_ZOOM;

  if (self->ready && n > 0)
    /* TRANSLATORS: the page shown in the print preview, of those to print */
    subtitle = g_strdup_printf (_("Page %u of %u"), self->index + 1, n);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->title), subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous",
                                 self->ready && self->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next",
                                 self->ready && self->index + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", self->ready);

  /* At its size the page scrolls; fitted it takes what the window has. */
  if (self->ready && !is_fit (self))
    {
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area),
                                          (int) ceil (self->page_width * zoom + 2 * MARGIN));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area),
                                           (int) ceil (self->page_height * zoom + 2 * MARGIN));
    }
  else
    {
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), 1);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), 1);
    }
  gtk_widget_queue_draw (self->area);
}

static void
ready_cb (GtkPrintOperationPreview *preview,
          GtkPrintContext          *context,
          GtPrintPreview           *self)
{
  int n_pages = 0;

  self->ready = TRUE;
  if (self->close_pending)
    {
      end_preview (self);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  g_object_get (self->operation, "n-pages", &n_pages, NULL);
  g_array_set_size (self->pages, 0);
  for (int i = 0; i < n_pages; i++)
    if (gtk_print_operation_preview_is_selected (preview, i))
      g_array_append_val (self->pages, i);
  self->page_width = MAX (gtk_print_context_get_width (context), 1);
  self->page_height = MAX (gtk_print_context_get_height (context), 1);
  self->index = 0;
  update (self);
}

/* Laying out failed (or was cancelled) before the pages were ready: there is
 * nothing to show; the operation says why (::done). */
static void
status_changed_cb (GtkPrintOperation *operation,
                   GtPrintPreview    *self)
{
  if (!self->ready &&
      gtk_print_operation_get_status (operation) == GTK_PRINT_STATUS_FINISHED_ABORTED)
    {
      self->ended = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
fit_toggled_cb (GtPrintPreview *self)
{
  update (self);
}

static gboolean
close_request_cb (GtPrintPreview *self)
{
  if (!self->ready)
    {
      /* Not laid out yet: the preview can end only once it is. */
      self->close_pending = TRUE;
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return TRUE;
    }
  end_preview (self);
  return FALSE;
}

static void
go_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  GtPrintPreview *self = GT_PRINT_PREVIEW (widget);

  if (!self->ready || self->pages->len == 0)
    return;
  if (g_str_equal (action_name, "preview.previous") && self->index > 0)
    gt_print_preview_set_page (self, self->index - 1);
  else if (g_str_equal (action_name, "preview.next"))
    gt_print_preview_set_page (self, self->index + 1);
  else if (g_str_equal (action_name, "preview.first"))
    gt_print_preview_set_page (self, 0);
  else if (g_str_equal (action_name, "preview.last"))
    gt_print_preview_set_page (self, self->pages->len - 1);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtPrintPreview *self = GT_PRINT_PREVIEW (widget);
  g_autoptr(GtkPrintOperation) operation = g_object_ref (self->operation);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!self->ready)
    return;
  end_preview (self);
  if (self->print != NULL)
    self->print (operation, parent, self->print_data);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
gt_print_preview_dispose (GObject *object)
{
  GtPrintPreview *self = GT_PRINT_PREVIEW (object);

  end_preview (self);
  if (self->operation != NULL)
    g_signal_handlers_disconnect_by_data (self->operation, self);
  g_clear_object (&self->operation);
  g_clear_object (&self->context);
  g_clear_pointer (&self->surface, cairo_surface_destroy);

  G_OBJECT_CLASS (gt_print_preview_parent_class)->dispose (object);
}

static void
gt_print_preview_finalize (GObject *object)
{
  GtPrintPreview *self = GT_PRINT_PREVIEW (object);

  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->idle_cr, cairo_destroy);

  G_OBJECT_CLASS (gt_print_preview_parent_class)->finalize (object);
}

static void
gt_print_preview_class_init (GtPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_print_preview_dispose;
  object_class->finalize = gt_print_preview_finalize;

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.first", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.last", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "preview.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "preview.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
gt_print_preview_init (GtPrintPreview *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *print;

  self->pages = g_array_new (FALSE, FALSE, sizeof (int));
  self->idle_cr = cairo_create (cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1));
  cairo_surface_destroy (cairo_get_target (self->idle_cr));

  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), DEFAULT_WIDTH, DEFAULT_HEIGHT);

  self->title = adw_window_title_new (_("Print Preview"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), self->title);

  gtk_widget_add_css_class (nav, "linked");
  self->previous = icon_button ("go-previous-symbolic", _("Previous Page"), "preview.previous");
  self->next = icon_button ("go-next-symbolic", _("Next Page"), "preview.next");
  gtk_box_append (GTK_BOX (nav), self->previous);
  gtk_box_append (GTK_BOX (nav), self->next);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), nav);

  print = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_add_css_class (print, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "preview.print");
  gtk_widget_set_tooltip_text (print, _("Print these pages, choosing the printer again (Ctrl+P)"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);

  self->fit_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->fit_button), "zoom-fit-best-symbolic");
  gtk_widget_set_tooltip_text (self->fit_button, _("Fit the Page to the Window"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Fit the Page to the Window"), -1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->fit_button), TRUE);
  g_signal_connect_swapped (self->fit_button, "toggled", G_CALLBACK (fit_toggled_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->fit_button);
  gtk_box_append (GTK_BOX (box), header);

  self->area = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (self->area, TRUE);
  gtk_widget_set_vexpand (self->area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The page previewed"), -1);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->area);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_box_append (GTK_BOX (box), self->scroller);

  adw_window_set_content (ADW_WINDOW (self), box);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  update (self);
}

GtPrintPreview *
gt_print_preview_new (GtkPrintOperation        *operation,
                      GtkPrintOperationPreview *preview,
                      GtkPrintContext          *context,
                      GtkWindow                *parent,
                      GtPrintPreviewPrint       print,
                      gpointer                  user_data)
{
  GtPrintPreview *self = g_object_new (GT_TYPE_PRINT_PREVIEW, NULL);

  self->operation = g_object_ref (operation);
  self->preview = preview;
  self->context = g_object_ref (context);
  self->print = print;
  self->print_data = user_data;
  /* GTK requires a cairo context on the print context before ::preview
   * returns; the pages get theirs in render_page(). */
  gtk_print_context_set_cairo_context (context, self->idle_cr, 72, 72);
  g_signal_connect (preview, "ready", G_CALLBACK (ready_cb), self);
  g_signal_connect (operation, "status-changed", G_CALLBACK (status_changed_cb), self);
  if (parent != NULL)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (parent));
      int height = gtk_widget_get_height (GTK_WIDGET (parent));

      /* Within the window it previews for, on a small screen too. */
      if (width > 0 && height > 0)
        gtk_window_set_default_size (GTK_WINDOW (self), MIN (DEFAULT_WIDTH, width * 9 / 10),
                                     MIN (DEFAULT_HEIGHT, height * 9 / 10));
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  return self;
}

gboolean
gt_print_preview_is_ready (GtPrintPreview *self)
{
  g_return_val_if_fail (GT_IS_PRINT_PREVIEW (self), FALSE);

  return self->ready;
}

guint
gt_print_preview_get_n_pages (GtPrintPreview *self)
{
  g_return_val_if_fail (GT_IS_PRINT_PREVIEW (self), 0);

  return self->pages->len;
}

guint
gt_print_preview_get_page (GtPrintPreview *self)
{
  g_return_val_if_fail (GT_IS_PRINT_PREVIEW (self), 0);

  return self->index;
}

void
gt_print_preview_set_page (GtPrintPreview *self,
                           guint           page)
{
  g_return_if_fail (GT_IS_PRINT_PREVIEW (self));

  if (self->pages->len == 0)
    return;
  page = MIN (page, self->pages->len - 1);
  if (page == self->index)
    return;
  self->index = page;
  update (self);
}

cairo_surface_t *
gt_print_preview_get_surface (GtPrintPreview *self)
{
  g_return_val_if_fail (GT_IS_PRINT_PREVIEW (self), NULL);

  return self->surface;
}
