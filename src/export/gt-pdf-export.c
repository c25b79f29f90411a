/* gt-pdf-export.c: paged documents as PDF, and the title and page number that
 * head and foot every printed page.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "gt-chart-text.h"
#include "gt-export-doc.h"
#include "gt-export-file.h"
#include "gt-format.h"

#define TITLE_SIZE    16.0
#define SUBTITLE_SIZE 9.0
#define FOOTER_SIZE   8.0
#define GAP           6.0

gboolean
gt_paper_from_name (const char *name,
                    GtPaper    *paper)
{
  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "A4") == 0)
    *paper = GT_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "A3") == 0)
    *paper = GT_PAPER_A3;
  else
    return FALSE;
  return TRUE;
}

void
gt_paper_get_size (GtPaper   paper,
                   gboolean  landscape,
                   double   *width,
                   double   *height)
{
  /* ISO 216 in points: A4 210 × 297 mm, A3 297 × 420 mm. */
  double w = paper == GT_PAPER_A3 ? 841.89 : 595.28;
  double h = paper == GT_PAPER_A3 ? 1190.55 : 841.89;

  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

static double
show_text (cairo_t    *cr,
           const char *text,
           double      size,
           gboolean    bold,
           double      x,
           double      y,
           double      width,
           PangoAlignment align)
{
  PangoLayout *layout = gt_chart_text_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  int text_height;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &text_height);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
  return (double) text_height / PANGO_SCALE;
}

double
gt_print_title_height (void)
{
  return TITLE_SIZE * 1.5 + SUBTITLE_SIZE * 1.5 + GAP;
}

double
gt_print_draw_title (cairo_t            *cr,
                     const GtPrintTitle *title,
                     double              width)
{
  g_autofree char *heading = NULL;
  g_autofree char *subtitle = NULL;

  if (title->office_name != NULL && *title->office_name != '\0')
    heading = g_strdup_printf ("%s　%s", title->office_name, title->chart_name);
  else
    heading = g_strdup (title->chart_name);

  if (g_date_valid (&title->data_date))
    {
      g_autofree char *date = gt_format_date (&title->data_date);

      /* TRANSLATORS: %s is a date */
      subtitle = g_strdup_printf (_("Data as of %s"), date);
    }

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show_text (cr, heading, TITLE_SIZE, TRUE, 0, 0, width, PANGO_ALIGN_CENTER);
  if (subtitle != NULL)
    {
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      show_text (cr, subtitle, SUBTITLE_SIZE, FALSE, 0, TITLE_SIZE * 1.5, width,
                 PANGO_ALIGN_CENTER);
    }
  cairo_restore (cr);
  return gt_print_title_height ();
}

double
gt_print_footer_height (void)
{
  return FOOTER_SIZE * 1.5 + GAP;
}

void
gt_print_draw_page_number (cairo_t *cr,
                           guint    index,
                           guint    n_pages,
                           double   width,
                           double   height)
{
  /* TRANSLATORS: page x of y, at the foot of a printed page */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), index + 1, n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (cr, text, FOOTER_SIZE, FALSE, 0, height - FOOTER_SIZE * 1.5, width,
             PANGO_ALIGN_CENTER);
  cairo_restore (cr);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  return gt_export_file_write (closure, data, length) ? CAIRO_STATUS_SUCCESS
                                                      : CAIRO_STATUS_WRITE_ERROR;
}

/* The surface's failure, or its stream's (a full disk, a file size limit). */
static gboolean
finish (GtExportFile  *file,
        cairo_status_t status,
        GError       **error)
{
  if (status != CAIRO_STATUS_SUCCESS)
    return gt_export_file_set_error (file, cairo_status_to_string (status), error);
  return gt_export_file_commit (file, error);
}

gboolean
gt_export_write_pdf (const GtExportDoc  *doc,
                     const char         *path,
                     GError            **error)
{
  return gt_export_write_pdf_full (doc, path, NULL, error);
}

gboolean
gt_export_write_pdf_full (const GtExportDoc      *doc,
                          const char             *path,
                          const GtExportMonitor  *monitor,
                          GError                **error)
{
  g_autoptr(GtExportFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean going = TRUE;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  file = gt_export_file_open (path, doc->register_path, error);
  if (file == NULL)
    return FALSE;
  surface = cairo_pdf_surface_create_for_stream (write_cb, file, doc->width, doc->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Guatu");
  cr = cairo_create (surface);
  for (guint i = 0; going && i < doc->n_pages; i++)
    {
      going = gt_export_monitor_step (monitor, i, doc->n_pages, error);
      if (!going)
        break;
      cairo_save (cr);
      doc->draw_page (doc->data, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  /* Cancelled: the surface still writes its trailer into the temporary,
   * which @file then removes. */
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!going || !gt_export_monitor_step (monitor, doc->n_pages, doc->n_pages, error))
    return FALSE;
  return finish (file, status, error);
}

gboolean
gt_export_write_png (const GtExportDoc  *doc,
                     guint               index,
                     double              dpi,
                     const char         *path,
                     GError            **error)
{
  return gt_export_write_png_full (doc, index, dpi, path, NULL, error);
}

gboolean
gt_export_write_png_full (const GtExportDoc      *doc,
                          guint                   index,
                          double                  dpi,
                          const char             *path,
                          const GtExportMonitor  *monitor,
                          GError                **error)
{
  g_autoptr(GtExportFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double zoom = dpi / 72.0;

  g_return_val_if_fail (doc != NULL && path != NULL && index < doc->n_pages, FALSE);

  if (!gt_export_monitor_step (monitor, 0, 2, error))
    return FALSE;
  file = gt_export_file_open (path, doc->register_path, error);
  if (file == NULL)
    return FALSE;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (doc->width * zoom + 0.5),
                                        (int) (doc->height * zoom + 0.5));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, zoom, zoom);
  doc->draw_page (doc->data, cr, index);
  cairo_destroy (cr);
  if (!gt_export_monitor_step (monitor, 1, 2, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  status = cairo_surface_write_to_png_stream (surface, write_cb, file);
  cairo_surface_destroy (surface);
  if (!gt_export_monitor_step (monitor, 2, 2, error))
    return FALSE;
  return finish (file, status, error);
}
