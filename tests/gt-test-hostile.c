/* gt-test-hostile.c: hostile ledgers, made by the tests instead of kept as files.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <zip.h>

#include "gt-test-hostile.h"

#define SHEET_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" "
  "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
  "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
  "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
  "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
  "</Types>";

static const char root_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "/officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

static const char workbook[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<workbook xmlns=\"" SHEET_NS "\" xmlns:r=\"" REL_NS "\">"
  "<sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

static const char workbook_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" REL_NS "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "</Relationships>";

/* The sheet part, produced while libzip compresses it: a bomb's filler is
 * never in memory. */
typedef struct {
  GBytes  *head;
  GBytes  *tail;
  char    *unit;
  gsize    unit_length;
  guint64  filler;
  guint64  offset;
} SheetSource;

static guint64
sheet_source_size (SheetSource *source)
{
  return g_bytes_get_size (source->head) + source->filler + g_bytes_get_size (source->tail);
}

static zip_int64_t
sheet_source_cb (void             *user_data,
                 void             *data,
                 zip_uint64_t      length,
                 zip_source_cmd_t  command)
{
  SheetSource *source = user_data;

  switch (command)
    {
    case ZIP_SOURCE_OPEN:
      source->offset = 0;
      return 0;
    case ZIP_SOURCE_READ:
      {
        guint64 head = g_bytes_get_size (source->head);
        guint64 done = 0;

        while (done < length && source->offset < sheet_source_size (source))
          {
            guint8 *out = (guint8 *) data + done;
            guint64 n;

            if (source->offset < head)
              {
                n = MIN (length - done, head - source->offset);
                memcpy (out, (const guint8 *) g_bytes_get_data (source->head, NULL)
                             + source->offset, n);
              }
            else if (source->offset < head + source->filler)
              {
                guint64 at = (source->offset - head) % source->unit_length;

                n = MIN (length - done, head + source->filler - source->offset);
                n = MIN (n, source->unit_length - at);
                memcpy (out, source->unit + at, n);
              }
            else
              {
                guint64 at = source->offset - head - source->filler;

                n = MIN (length - done, g_bytes_get_size (source->tail) - at);
                memcpy (out, (const guint8 *) g_bytes_get_data (source->tail, NULL) + at, n);
              }
            done += n;
            source->offset += n;
          }
        return (zip_int64_t) done;
      }
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT:
      {
        zip_stat_t *st = data;

        zip_stat_init (st);
        st->size = sheet_source_size (source);
        st->valid |= ZIP_STAT_SIZE;
        return sizeof *st;
      }
    case ZIP_SOURCE_ERROR:
      return 2 * sizeof (int);
    case ZIP_SOURCE_FREE:
      g_bytes_unref (source->head);
      g_bytes_unref (source->tail);
      g_free (source->unit);
      g_free (source);
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap (ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                             ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                             ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      return -1;
    }
}

static void
add_text (zip_t      *zip,
          const char *name,
          const char *text)
{
  zip_source_t *source = zip_source_buffer (zip, text, strlen (text), 0);

  g_assert_nonnull (source);
  g_assert_cmpint (zip_file_add (zip, name, source, ZIP_FL_ENC_UTF_8), >=, 0);
}

char *
gt_test_write_raw_xlsx (const char *dir,
                        const char *name,
                        const char *sheet_head,
                        guint64     filler,
                        const char *unit,
                        const char *sheet_tail,
                        const char *shared)
{
  char *path = g_build_filename (dir, name, NULL);
  SheetSource *sheet = g_new0 (SheetSource, 1);
  zip_source_t *source;
  zip_t *zip;
  zip_int64_t index;
  int error = 0;

  zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &error);
  g_assert_nonnull (zip);
  add_text (zip, "[Content_Types].xml", content_types);
  add_text (zip, "_rels/.rels", root_rels);
  add_text (zip, "xl/workbook.xml", workbook);
  add_text (zip, "xl/_rels/workbook.xml.rels", workbook_rels);
  if (shared != NULL)
    add_text (zip, "xl/sharedStrings.xml", shared);

  sheet->head = g_bytes_new (sheet_head, strlen (sheet_head));
  sheet->tail = g_bytes_new (sheet_tail != NULL ? sheet_tail : "",
                             sheet_tail != NULL ? strlen (sheet_tail) : 0);
  sheet->filler = filler;
  sheet->unit = g_strdup (unit != NULL && unit[0] != '\0' ? unit : " ");
  sheet->unit_length = strlen (sheet->unit);
  source = zip_source_function (zip, sheet_source_cb, sheet);
  g_assert_nonnull (source);
  index = zip_file_add (zip, "xl/worksheets/sheet1.xml", source, ZIP_FL_ENC_UTF_8);
  g_assert_cmpint (index, >=, 0);
  /* The best compression, as a bomb would be made. */
  zip_set_file_compression (zip, (zip_uint64_t) index, ZIP_CM_DEFLATE, 9);
  g_assert_cmpint (zip_close (zip), ==, 0);
  return path;
}

void
gt_test_zip_lie_about_size (const char *path,
                            const char *entry,
                            guint32     size)
{
  guint8 le[4] = { size & 0xff, (size >> 8) & 0xff, (size >> 16) & 0xff, size >> 24 };
  gsize name_length = strlen (entry);
  g_autofree char *data = NULL;
  gsize length = 0;
  guint patched = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (gsize i = 0; i + 46 + name_length <= length; i++)
    {
      guint8 *p = (guint8 *) data + i;

      if (memcmp (p, "PK\3\4", 4) == 0 && memcmp (p + 30, entry, name_length) == 0)
        {
          memcpy (p + 22, le, 4);
          patched++;
        }
      else if (memcmp (p, "PK\1\2", 4) == 0 && memcmp (p + 46, entry, name_length) == 0)
        {
          memcpy (p + 24, le, 4);
          patched++;
        }
    }
  g_assert_cmpuint (patched, ==, 2);
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
}

char *
gt_test_entity_sheet_xml (gsize entity_bytes,
                          guint uses)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<!DOCTYPE worksheet [<!ENTITY e \"");

  for (gsize i = 0; i < entity_bytes; i++)
    g_string_append_c (xml, 'A');
  g_string_append (xml, "\">]>\n<worksheet xmlns=\"" SHEET_NS "\"><sheetData>"
                   "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
                   "<c r=\"B1\" t=\"inlineStr\"><is><t>总投资</t></is></c></row>"
                   "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
  for (guint i = 0; i < uses; i++)
    g_string_append (xml, "&e;");
  g_string_append (xml, "</t></is></c><c r=\"B2\"><v>1</v></c></row></sheetData></worksheet>");
  return g_string_free (xml, FALSE);
}

char *
gt_test_sheet_xml (const char *const *rows)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<worksheet xmlns=\"" SHEET_NS "\"><sheetData>");

  for (guint r = 0; rows[r] != NULL; r++)
    {
      g_auto(GStrv) cells = g_strsplit (rows[r], "|", -1);

      g_string_append_printf (xml, "<row r=\"%u\">", r + 1);
      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_autofree char *escaped = g_markup_escape_text (cells[c], -1);
          char letter[3] = { 0, };

          if (cells[c][0] == '\0')
            continue;
          g_assert_cmpuint (c, <, 26 * 27);
          if (c < 26)
            letter[0] = (char) ('A' + c);
          else
            {
              letter[0] = (char) ('A' + c / 26 - 1);
              letter[1] = (char) ('A' + c % 26);
            }
          g_string_append_printf (xml, "<c r=\"%s%u\" t=\"inlineStr\"><is><t>%s</t></is></c>",
                                  letter, r + 1, escaped);
        }
      g_string_append (xml, "</row>");
    }
  g_string_append (xml, "</sheetData></worksheet>");
  return g_string_free (xml, FALSE);
}

const char gt_test_stray_quote_csv[] =
  "序号,项目名称,总投资（万元）\r\n"
  "1,城南物流园,200\r\n"
  "2,\"华兴\"科技园项目,100\r\n"
  "3,河口大桥,300\r\n"
  "4,县医院迁建,400\r\n"
  "5,\"供水管网\"\"二期\"\"\",500\r\n";

char *
gt_test_csv_grid (guint       n_rows,
                  guint       n_columns,
                  const char *cell,
                  gsize      *length)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (text, ',');
          g_string_append (text, cell);
        }
      g_string_append (text, "\r\n");
    }
  *length = text->len;
  return g_string_free (text, FALSE);
}

GStrv
gt_test_rows_header_at (guint header_row)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv rows;

  g_assert_cmpuint (header_row, >=, 2);
  g_strv_builder_add (builder, "2023年全县重点项目建设台账");
  /* Notes, as an office writes above a long ledger: each a line of its own. */
  for (guint r = 2; r < header_row; r++)
    {
      g_autofree char *note = g_strdup_printf ("说明%u：金额单位为万元", r);

      g_strv_builder_add (builder, note);
    }
  g_strv_builder_add (builder, "序号|项目名称|建设单位|总投资（万元）");
  g_strv_builder_add (builder, "1|城南物流园|某物流公司|#3000");
  g_strv_builder_add (builder, "2|河口大桥|县交通局|#5000");
  rows = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return rows;
}
