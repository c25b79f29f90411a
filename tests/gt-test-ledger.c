/* gt-test-ledger.c: ledger fixtures written by the tests themselves.
 *
 * XLSX is written with libxlsxwriter. There is no XLS writer library, so a small
 * one is here: a Compound File Binary container (one FAT sector, one directory
 * sector, the "Workbook" stream) holding BIFF8 records. Test code only.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include "gt-ledger-columns.h"
#include "gt-test-hostile.h"
#include "gt-test-ledger.h"

char *
gt_test_write_bytes (const char *dir,
                     const char *name,
                     const char *data,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

char *
gt_test_write_csv (const char        *dir,
                   const char        *name,
                   const char *const *rows,
                   const char        *encoding,
                   gboolean           bom)
{
  g_autoptr(GString) text = g_string_new (bom ? "\xef\xbb\xbf" : "");
  g_autofree char *converted = NULL;
  gsize length;

  for (int r = 0; rows[r] != NULL; r++)
    {
      g_auto(GStrv) cells = g_strsplit (rows[r], "|", -1);

      for (int c = 0; cells[c] != NULL; c++)
        {
          const char *value = cells[c][0] == '#' ? cells[c] + 1 : cells[c];

          if (c > 0)
            g_string_append_c (text, ',');
          if (strpbrk (value, ",\"\r\n") != NULL)
            {
              g_autofree char *escaped = NULL;
              g_auto(GStrv) parts = g_strsplit (value, "\"", -1);

              escaped = g_strjoinv ("\"\"", parts);
              g_string_append_printf (text, "\"%s\"", escaped);
            }
          else
            g_string_append (text, value);
        }
      g_string_append (text, "\r\n");
    }

  if (g_strcmp0 (encoding, "UTF-8") == 0)
    return gt_test_write_bytes (dir, name, text->str, (gssize) text->len);

  converted = g_convert (text->str, (gssize) text->len, encoding, "UTF-8", NULL, &length, NULL);
  g_assert_nonnull (converted);
  return gt_test_write_bytes (dir, name, converted, (gssize) length);
}

char *
gt_test_write_xlsx (const char        *dir,
                    const char        *name,
                    const GtTestSheet *sheets,
                    guint              n_sheets)
{
  char *path = g_build_filename (dir, name, NULL);
  lxw_workbook *workbook = workbook_new (path);

  g_assert_nonnull (workbook);
  for (guint s = 0; s < n_sheets; s++)
    {
      lxw_worksheet *worksheet = workbook_add_worksheet (workbook, sheets[s].name);

      for (int r = 0; sheets[s].rows[r] != NULL; r++)
        {
          g_auto(GStrv) cells = g_strsplit (sheets[s].rows[r], "|", -1);

          for (int c = 0; cells[c] != NULL; c++)
            {
              if (cells[c][0] == '#')
                worksheet_write_number (worksheet, r, (lxw_col_t) c,
                                        g_ascii_strtod (cells[c] + 1, NULL), NULL);
              else if (cells[c][0] != '\0')
                worksheet_write_string (worksheet, r, (lxw_col_t) c, cells[c], NULL);
            }
        }
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

/* BIFF8 */

static void
put16 (GByteArray *out,
       guint       value)
{
  guint8 bytes[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, bytes, 2);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  put16 (out, value & 0xffff);
  put16 (out, value >> 16);
}

static void
record (GByteArray   *out,
        guint         type,
        const guint8 *data,
        guint         length)
{
  g_assert_cmpuint (length, <=, 8224);
  put16 (out, type);
  put16 (out, length);
  g_byte_array_append (out, data, length);
}

/* XLUnicodeString: 16-bit count, flags, UTF-16LE characters. */
static void
put_string (GByteArray *out,
            const char *text,
            gboolean    short_count)
{
  glong n = 0;
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (text, -1, NULL, &n, NULL);

  if (short_count)
    g_byte_array_append (out, (guint8[]) { (guint8) n }, 1);
  else
    put16 (out, (guint) n);
  g_byte_array_append (out, (guint8[]) { 0x01 }, 1);
  for (glong i = 0; i < n; i++)
    put16 (out, utf16[i]);
}

static void
put_bof (GByteArray *out,
         guint       kind)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();

  put16 (body, 0x0600);
  put16 (body, kind);
  put16 (body, 0x0DBB);
  put16 (body, 0x07CC);
  put32 (body, 0);
  put32 (body, 0x06);
  record (out, 0x0809, body->data, body->len);
}

static GByteArray *
biff8_workbook (const GtTestSheet *sheets,
                guint              n_sheets)
{
  GByteArray *out = g_byte_array_new ();
  g_autoptr(GByteArray) sst = g_byte_array_new ();
  g_autoptr(GHashTable) strings = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) bound_offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_refs = 0;

  /* The shared strings, in order of first use. */
  for (guint s = 0; s < n_sheets; s++)
    for (int r = 0; sheets[s].rows[r] != NULL; r++)
      {
        char **cells = g_strsplit (sheets[s].rows[r], "|", -1);

        g_ptr_array_add (order, cells);
        for (int c = 0; cells[c] != NULL; c++)
          {
            if (cells[c][0] == '#' || cells[c][0] == '\0')
              continue;
            n_refs++;
            if (!g_hash_table_contains (strings, cells[c]))
              {
                g_hash_table_insert (strings, cells[c],
                                     GUINT_TO_POINTER (g_hash_table_size (strings)));
                put_string (sst, cells[c], FALSE);
              }
          }
      }

  put_bof (out, 0x0005);
  record (out, 0x0042, (guint8[]) { 0xb0, 0x04 }, 2);   /* CODEPAGE 1200: UTF-16 */
  for (guint s = 0; s < n_sheets; s++)
    {
      g_autoptr(GByteArray) body = g_byte_array_new ();
      guint offset = out->len + 4;

      g_array_append_val (bound_offsets, offset);
      put32 (body, 0);                                   /* patched below */
      put16 (body, 0);
      put_string (body, sheets[s].name, TRUE);
      record (out, 0x0085, body->data, body->len);
    }
  {
    g_autoptr(GByteArray) body = g_byte_array_new ();

    put32 (body, n_refs);
    put32 (body, g_hash_table_size (strings));
    g_byte_array_append (body, sst->data, sst->len);
    record (out, 0x00FC, body->data, body->len);
  }
  record (out, 0x000A, NULL, 0);

  for (guint s = 0, row_index = 0; s < n_sheets; s++)
    {
      guint rows = 0, columns = 0;
      guint start = out->len;

      /* BOUNDSHEET8 holds the stream offset of the sheet's BOF. */
      for (int i = 0; i < 4; i++)
        out->data[g_array_index (bound_offsets, guint, s) + i] = (start >> (8 * i)) & 0xff;

      put_bof (out, 0x0010);
      for (int r = 0; sheets[s].rows[r] != NULL; r++)
        {
          rows = r + 1;
          columns = MAX (columns, g_strv_length (g_ptr_array_index (order, row_index + r)));
        }
      {
        g_autoptr(GByteArray) body = g_byte_array_new ();

        put32 (body, 0);
        put32 (body, rows);
        put16 (body, 0);
        put16 (body, columns);
        put16 (body, 0);
        record (out, 0x0200, body->data, body->len);
      }
      for (guint r = 0; r < rows; r++, row_index++)
        {
          char **cells = g_ptr_array_index (order, row_index);

          for (int c = 0; cells[c] != NULL; c++)
            {
              g_autoptr(GByteArray) body = g_byte_array_new ();

              if (cells[c][0] == '\0')
                continue;
              put16 (body, r);
              put16 (body, c);
              put16 (body, 0);
              if (cells[c][0] == '#')
                {
                  double value = g_ascii_strtod (cells[c] + 1, NULL);
                  guint64 bits;

                  memcpy (&bits, &value, 8);
                  put32 (body, (guint32) bits);
                  put32 (body, (guint32) (bits >> 32));
                  record (out, 0x0203, body->data, body->len);
                }
              else
                {
                  put32 (body, GPOINTER_TO_UINT (g_hash_table_lookup (strings, cells[c])));
                  record (out, 0x00FD, body->data, body->len);
                }
            }
        }
      record (out, 0x000A, NULL, 0);
    }
  return out;
}

#define SECTOR 512
#define ENDOFCHAIN 0xFFFFFFFEu
#define FREESECT 0xFFFFFFFFu
#define NOSTREAM 0xFFFFFFFFu

static void
put_dir_entry (GByteArray *out,
               const char *name,
               guint       type,
               guint32     child,
               guint32     start,
               guint32     size)
{
  guint begin = out->len;
  glong n = 0;
  g_autofree gunichar2 *utf16 = name != NULL ? g_utf8_to_utf16 (name, -1, NULL, &n, NULL) : NULL;

  for (int i = 0; i < 32; i++)
    put16 (out, i < n ? utf16[i] : 0);
  put16 (out, name != NULL ? (guint) (n + 1) * 2 : 0);
  g_byte_array_append (out, (guint8[]) { (guint8) type, 1 }, 2);
  put32 (out, NOSTREAM);
  put32 (out, NOSTREAM);
  put32 (out, child);
  while (out->len < begin + 116)
    g_byte_array_append (out, (guint8[]) { 0 }, 1);
  put32 (out, start);
  put32 (out, size);
  put32 (out, 0);
}

char *
gt_test_write_xls (const char        *dir,
                   const char        *name,
                   const GtTestSheet *sheets,
                   guint              n_sheets)
{
  g_autoptr(GByteArray) stream = biff8_workbook (sheets, n_sheets);
  g_autoptr(GByteArray) file = g_byte_array_new ();
  guint n_stream_sectors;

  /* Streams under 4096 bytes would live in the mini stream: pad the workbook
   * past it, after its last EOF, where readers stop. */
  while (stream->len < 4096)
    g_byte_array_append (stream, (guint8[]) { 0 }, 1);
  n_stream_sectors = (stream->len + SECTOR - 1) / SECTOR;
  g_assert_cmpuint (n_stream_sectors, <=, 126);

  /* Header */
  g_byte_array_append (file, (guint8 *) "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
  while (file->len < 24)
    g_byte_array_append (file, (guint8[]) { 0 }, 1);
  put16 (file, 0x003E);
  put16 (file, 0x0003);
  put16 (file, 0xFFFE);
  put16 (file, 9);
  put16 (file, 6);
  while (file->len < 44)
    g_byte_array_append (file, (guint8[]) { 0 }, 1);
  put32 (file, 1);            /* FAT sectors */
  put32 (file, 1);            /* first directory sector */
  put32 (file, 0);
  put32 (file, 4096);         /* mini stream cutoff */
  put32 (file, ENDOFCHAIN);   /* no mini FAT */
  put32 (file, 0);
  put32 (file, ENDOFCHAIN);   /* no DIFAT sectors */
  put32 (file, 0);
  put32 (file, 0);            /* DIFAT[0]: the FAT is sector 0 */
  while (file->len < SECTOR)
    put32 (file, FREESECT);

  /* Sector 0: the FAT. */
  put32 (file, 0xFFFFFFFDu);
  put32 (file, ENDOFCHAIN);
  for (guint i = 0; i < n_stream_sectors; i++)
    put32 (file, i + 1 < n_stream_sectors ? 2 + i + 1 : ENDOFCHAIN);
  while (file->len < 2 * SECTOR)
    put32 (file, FREESECT);

  /* Sector 1: the directory. */
  put_dir_entry (file, "Root Entry", 5, 1, ENDOFCHAIN, 0);
  put_dir_entry (file, "Workbook", 2, NOSTREAM, 2, stream->len);
  put_dir_entry (file, NULL, 0, NOSTREAM, 0, 0);
  put_dir_entry (file, NULL, 0, NOSTREAM, 0, 0);

  g_byte_array_append (file, stream->data, stream->len);
  while (file->len % SECTOR != 0)
    g_byte_array_append (file, (guint8[]) { 0 }, 1);

  return gt_test_write_bytes (dir, name, (const char *) file->data, (gssize) file->len);
}

/* Fixtures */

const char *const gt_test_ledger_rows[] = {
  "2023年全县重点项目建设台账",
  "填报单位：县重点项目办|||||||||||||||单位：万元",
  "序号|项目名称|项目代码|建设单位|建设内容|项目级别|项目阶段|总投资（亿元）|"
  "2023年计划投资(万元)|1—3月完成投资（万元）|包联县领导|责任单位|所属乡镇|开工时间|"
  "竣工时间|形象进度|存在问题",
  "一、产业项目（2个）",
  "1|年产10万吨饲料项目|2301-000001|某某饲料公司|年产饲料10万吨, 厂房2万平方米|省级|在建|"
  "1.5|5,000|1200|张三（副县长）|县发改局|城关镇|2023年3月|2024.06|主体完工\n正在装修|"
  "用地指标未落实",
  "",
  "2|城南物流园|2301-000002|某物流公司|仓储\"冷链\"中心|县级|前期|0.8|3000|0|李四|县商务局|"
  "经济开发区|2023-03-29|2024/3/31|完成可研|无",
  "小计||||||||2.3|8000|1200",
  "二、基础设施（1个）",
  "3|县城供水管网改造||县水务公司|管网5公里|市级|在建|#0.35|#2000|#450|张三|县住建局|城关镇|"
  "#44986|2023年12月29日|铺设管网2公里|资金缺口较大",
  "合计||||||||#2.65|#10000|#1650",
  NULL
};

const char *const gt_test_ledger_april_rows[] = {
  "2023年全县重点项目建设台账（4月）",
  "序号|项目名|建设单位|总投资(亿元)|2023年计划投资|1-4月完成投资|包联领导|责任单位|属地|"
  "形象进度|存在问题",
  "1|年产10万吨饲料项目|某某饲料公司|1.6|5000|1500|张三|县发改局|城关镇|设备安装|用地指标未落实",
  "2|城南物流园|某物流公司|0.8|3000|200|李四|县商务局|经济开发区|已开工|",
  "3|县城供水管网改造|县水务公司|0.35|2000|450|张三|县住建局|城关镇|铺设管网3公里|资金缺口较大",
  "4|乡村振兴示范片|某农业公司|0.5|1000|100|王五|县农业农村局|河口乡|完成规划|规划未批复",
  NULL
};

/* The same on a server: every row in text, in the order of its first column. */
static char *
dump_server_database (const char        *url,
                      const char *const *tables,
                      GString           *out)
{
  PGconn *conn = PQconnectdb (url);

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  for (int t = 0; tables[t] != NULL; t++)
    {
      /* The names are the list's above, not input. */
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", tables[t]);
      PGresult *result = PQexec (conn, sql);

      g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
      g_string_append_printf (out, "[%s]\n", tables[t]);
      for (int r = 0; r < PQntuples (result); r++)
        {
          for (int c = 0; c < PQnfields (result); c++)
            g_string_append_printf (out, "%s|", PQgetisnull (result, r, c)
                                                  ? "∅" : PQgetvalue (result, r, c));
          g_string_append_c (out, '\n');
        }
      PQclear (result);
    }
  PQfinish (conn);
  return g_string_free (out, FALSE);
}

char *
gt_test_dump_database (const char *path)
{
  static const char *const tables[] = {
    "projects", "leaders", "units", "issues", "monthly_reports", "annual_plans", NULL
  };
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  if (g_str_has_prefix (path, "postgresql:"))
    return dump_server_database (path, tables, out);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (int t = 0; tables[t] != NULL; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const unsigned char *text = sqlite3_column_text (stmt, c);

              g_string_append_printf (out, "%s|", text != NULL ? (const char *) text : "∅");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

void
gt_test_check_ledger_grid (GtLedgerSheet *sheet)
{
  g_assert_nonnull (sheet);
  /* Trailing blank rows aside, every row is there, the blank one included. */
  g_assert_cmpuint (gt_ledger_sheet_n_rows (sheet), >=, 11);
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 0, 0), ==, "2023年全县重点项目建设台账");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 2, 1), ==, "项目名称");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 2, 9), ==, "1—3月完成投资（万元）");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 4, 1), ==, "年产10万吨饲料项目");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 4, 4), ==, "年产饲料10万吨, 厂房2万平方米");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 4, 15), ==, "主体完工\n正在装修");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 5, 0), ==, "");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 6, 4), ==, "仓储\"冷链\"中心");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 9, 7), ==, "0.35");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 9, 13), ==, "44986");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 10, 0), ==, "合计");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 10, 99), ==, "");
}

/* ---- the tests every workbook format passes ------------------------------ */

typedef struct {
  char                 *format;
  GtTestWorkbookWriter  write;
} Workbook;

static const char *const notes_rows[] = { "填表说明", "金额单位：万元", NULL };

static void
test_first_sheet (gconstpointer data)
{
  const Workbook *workbook = data;
  const GtTestSheet sheets[] = { { "台账", gt_test_ledger_rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *name = g_strconcat ("ledger.", workbook->format, NULL);
  g_autofree char *path = workbook->write (dir, name, sheets, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_load (path, -1, &error);
  g_autoptr(GtLedgerMapping) mapping = NULL;

  g_assert_no_error (error);
  gt_test_check_ledger_grid (sheet);
  g_assert_cmpstrv (sheet->sheet_names, ((const char *[]) { "台账", NULL }));

  mapping = gt_ledger_mapping_guess (sheet, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mapping->header_row, ==, 2);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_PLANNED_START), ==, 13);
  gt_test_remove_tree (dir);
}

static void
test_other_sheet (gconstpointer data)
{
  const Workbook *workbook = data;
  const GtTestSheet sheets[] = { { "说明", notes_rows }, { "4月", gt_test_ledger_rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *name = g_strconcat ("two.", workbook->format, NULL);
  g_autofree char *path = workbook->write (dir, name, sheets, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) first = gt_ledger_sheet_load (path, -1, &error);
  g_autoptr(GtLedgerSheet) second = NULL;
  g_autoptr(GtLedgerSheet) none = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;

  g_assert_no_error (error);
  g_assert_cmpstrv (first->sheet_names, ((const char *[]) { "说明", "4月", NULL }));
  g_assert_cmpstr (gt_ledger_sheet_get (first, 0, 0), ==, "填表说明");
  /* The notes sheet is no ledger. */
  mapping = gt_ledger_mapping_guess (first, &error);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NOT_A_LEDGER);
  g_clear_error (&error);

  second = gt_ledger_sheet_load (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second->sheet, ==, 1);
  gt_test_check_ledger_grid (second);

  none = gt_ledger_sheet_load (path, 2, &error);
  g_assert_null (none);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET);
  g_assert_nonnull (strstr (error->message, "there is no sheet 3"));
  gt_test_remove_tree (dir);
}

static void
test_damaged (gconstpointer user_data)
{
  const Workbook *workbook = user_data;
  const GtTestSheet sheets[] = { { "台账", gt_test_ledger_rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *name = g_strconcat ("ledger.", workbook->format, NULL);
  g_autofree char *path = workbook->write (dir, name, sheets, 1);
  g_autofree char *data = NULL;
  g_autofree char *cut_name = NULL;
  g_autofree char *cut = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;
  gsize length;

  /* The first half of the file only: the magic is right, the rest is gone. */
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  cut_name = g_strconcat ("cut.", workbook->format, NULL);
  cut = gt_test_write_bytes (dir, cut_name, data, (gssize) length / 2);
  sheet = gt_ledger_sheet_load (cut, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  gt_test_remove_tree (dir);
}

/* The README: the header is found among the first 20 rows; one on row 21 is
 * not, and the message says where it was looked for. */
static void
test_header_row (gconstpointer data)
{
  const Workbook *workbook = data;
  g_autofree char *dir = gt_test_make_dir ();

  for (guint header_row = 20; header_row <= 21; header_row++)
    {
      g_auto(GStrv) rows = gt_test_rows_header_at (header_row);
      const GtTestSheet sheets[] = { { "台账", (const char *const *) rows } };
      g_autofree char *name = g_strdup_printf ("%u.%s", header_row, workbook->format);
      g_autofree char *path = workbook->write (dir, name, sheets, 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_load (path, -1, &error);
      g_autoptr(GtLedgerMapping) mapping = NULL;

      g_assert_no_error (error);
      mapping = gt_ledger_mapping_guess (sheet, &error);
      if (header_row == 20)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (mapping->header_row, ==, 19);
          g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_NAME), ==, 1);
          g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_TOTAL), ==, 3);
        }
      else
        {
          g_assert_null (mapping);
          g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NOT_A_LEDGER);
          g_assert_nonnull (strstr (error->message, "first 20 rows"));
        }
    }
  gt_test_remove_tree (dir);
}

void
gt_test_add_workbook_tests (const char           *format,
                            GtTestWorkbookWriter  write)
{
  /* Held here for as long as the test program runs. */
  static GPtrArray *workbooks;
  Workbook *workbook = g_new0 (Workbook, 1);
  static const struct {
    const char     *name;
    GTestDataFunc   func;
  } tests[] = {
    { "first-sheet", test_first_sheet },
    { "other-sheet", test_other_sheet },
    { "damaged", test_damaged },
    { "header-row", test_header_row },
  };

  workbook->format = g_strdup (format);
  workbook->write = write;
  if (workbooks == NULL)
    workbooks = g_ptr_array_new ();
  g_ptr_array_add (workbooks, workbook);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/%s/%s", format, tests[i].name);

      g_test_add_data_func (path, workbook, tests[i].func);
    }
}

void
gt_test_import_fixture_set_up (GtTestImportFixture *f,
                               gconstpointer        data)
{
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  f->db_path = gt_test_register_location (f->dir, "register.db");
  f->store = gt_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 10, G_DATE_MAY, 2023);
}

void
gt_test_import_fixture_tear_down (GtTestImportFixture *f,
                                  gconstpointer        data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}
