/* gt-gantt-png.c: a page as a PNG, a strip of pixel rows at a time.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <png.h>
#include <setjmp.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "gt-export-file.h"
#include "gt-gantt-png.h"

/* What libpng may not hold over a longjmp. */
typedef struct {
  GtExportFile    *file;
  cairo_surface_t *strip;
  guint8          *line;
} Writing;

static void
write_cb (png_structp png,
          png_bytep   data,
          png_size_t  size)
{
  Writing *writing = png_get_io_ptr (png);

  if (!gt_export_file_write (writing->file, data, size))
    png_error (png, "write failed");
}

static void
flush_cb (png_structp png)
{
}

/* One strip's cairo pixels (native-endian xRGB words) as the file's RGB rows. */
static void
write_strip (png_structp      png,
             cairo_surface_t *strip,
             guint8          *line,
             int              width,
             int              rows)
{
  const guint8 *data = cairo_image_surface_get_data (strip);
  int stride = cairo_image_surface_get_stride (strip);

  for (int y = 0; y < rows; y++)
    {
      const guint32 *pixels = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        {
          line[3 * x] = (pixels[x] >> 16) & 0xff;
          line[3 * x + 1] = (pixels[x] >> 8) & 0xff;
          line[3 * x + 2] = pixels[x] & 0xff;
        }
      png_write_row (png, line);
    }
}

gboolean
gt_gantt_png_write (const GtExportDoc  *doc,
                    guint               index,
                    double              dpi,
                    const char         *path,
                    GError            **error)
{
  return gt_gantt_png_write_full (doc, index, dpi, path, NULL, error);
}

gboolean
gt_gantt_png_write_full (const GtExportDoc      *doc,
                         guint                   index,
                         double                  dpi,
                         const char             *path,
                         const GtExportMonitor  *monitor,
                         GError                **error)
{
  Writing writing = { 0 };
  png_structp png;
  png_infop info;
  double zoom = dpi / 72.0;
  int width, height;

  g_return_val_if_fail (doc != NULL && path != NULL && index < doc->n_pages, FALSE);

  width = (int) (doc->width * zoom + 0.5);
  height = (int) (doc->height * zoom + 0.5);
  if (width <= 0 || height <= 0 || width > 1000000 || height > 1000000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The picture would be %d × %d pixels, more than a PNG holds"),
                   width, height);
      return FALSE;
    }

  writing.file = gt_export_file_open (path, doc->register_path, error);
  if (writing.file == NULL)
    return FALSE;
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  if (info == NULL)
    {
      png_destroy_write_struct (&png, NULL);
      gt_export_file_set_error (writing.file, "out of memory", error);
      gt_export_file_free (writing.file);
      return FALSE;
    }
  writing.strip = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width,
                                              MIN (height, GT_GANTT_PNG_STRIP));
  writing.line = g_malloc ((gsize) width * 3);

  if (setjmp (png_jmpbuf (png)))
    {
      gboolean ok = gt_export_file_set_error (writing.file, "PNG", error);

      png_destroy_write_struct (&png, &info);
      cairo_surface_destroy (writing.strip);
      g_free (writing.line);
      gt_export_file_free (writing.file);
      return ok;
    }

  png_set_write_fn (png, &writing, write_cb, flush_cb);
  png_set_IHDR (png, info, (png_uint_32) width, (png_uint_32) height, 8, PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_pHYs (png, info, (png_uint_32) (dpi / 0.0254 + 0.5),
                (png_uint_32) (dpi / 0.0254 + 0.5), PNG_RESOLUTION_METER);
  png_write_info (png, info);

  for (int top = 0; top < height; top += GT_GANTT_PNG_STRIP)
    {
      int rows = MIN (GT_GANTT_PNG_STRIP, height - top);
      cairo_t *cr;

      /* Stopped halfway, libpng's state goes with the struct, the temporary
       * with the file. */
      if (!gt_export_monitor_step (monitor, (guint64) top, (guint64) height, error))
        {
          png_destroy_write_struct (&png, &info);
          cairo_surface_destroy (writing.strip);
          g_free (writing.line);
          gt_export_file_free (writing.file);
          return FALSE;
        }
      cr = cairo_create (writing.strip);

      /* The page is drawn whole each time; the clip keeps the renderer to the
       * rows of this strip. */
      cairo_rectangle (cr, 0, 0, width, rows);
      cairo_clip (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_translate (cr, 0, -top);
      cairo_scale (cr, zoom, zoom);
      doc->draw_page (doc->data, cr, index);
      cairo_destroy (cr);
      cairo_surface_flush (writing.strip);
      write_strip (png, writing.strip, writing.line, width, rows);
    }
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  cairo_surface_destroy (writing.strip);
  g_free (writing.line);

  {
    gboolean ok = gt_export_monitor_step (monitor, 1, 1, error) &&
                  gt_export_file_commit (writing.file, error);

    gt_export_file_free (writing.file);
    return ok;
  }
}
