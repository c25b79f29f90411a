#!/usr/bin/python3
# test-atspi-issue-flow.py: a project and an issue's whole life, over AT-SPI only.
#
# As a screen reader or switch user would, with AT-SPI actions, editable text and
# nothing else: creates a project in the project editor; raises an issue on it in
# the issue editor (picking the project by typing in the picker's search); finds
# it through the issues page's search and opens it by its row's action; assigns
# it (the unit as proposed, a deadline 15 days on), resolves it with a line on
# what was done, closes it (销号) and saves. Each step is checked through AT-SPI
# (the editor's step, the list's status cell); the register file is checked
# afterwards with `guatu --summary --json` and the sqlite3 command line.
# Exit 77 (skip) only when no accessibility bus can be reached.
#
# Copyright 2026 The Guatu authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guatu_atspi import (BINARY, Guatu, action_names, editable, find, find_all,  # noqa
                         is_visible, press, pyatspi, set_text, wait_for)

PROJECT = "无障碍端到端测试项目"
ISSUE = "无障碍端到端测试问题：征地手续未批"
RESOLUTION = "已完成征地报批"
failures = []


class Stop(Exception):
    pass


def check(condition, message, fatal=False):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
        if fatal:
            raise Stop()
    return condition


def focusable(node):
    return node.getState().contains(pyatspi.STATE_FOCUSABLE)


def button(root, name):
    return find(root, role="push button", name=name, pred=focusable)


def act(node, name):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            action.doAction(i)
            return True
    return False


def press_named(root, name):
    target = wait_for(lambda: button(root, name), timeout=10)
    check(target is not None, "a button named %s" % name, fatal=True)
    press(target)
    time.sleep(0.6)


def type_into(root, name, text, role="text"):
    field = wait_for(lambda: find(root, pred=lambda n: n.getRoleName() == role
                                  and n.name == name and editable(n)), timeout=10)
    check(field is not None, "an editable field named %s" % name, fatal=True)
    set_text(field, text)
    time.sleep(0.4)


def open_window(g, opener, what):
    before = g.shown()
    opener()
    frame = g.new_frame(before)
    check(frame is not None, "the %s opens" % what, fatal=True)
    time.sleep(1.0)
    return frame


def save(g, frame, what):
    press_named(frame, "保存")
    closed = wait_for(lambda: frame not in g.frames() or not is_visible(frame), timeout=10)
    check(closed, "the %s closes when saved" % what, fatal=True)


def issue_row(g):
    lst = find(g.window, pred=lambda n: n.getRoleName() == "list" and n.name == "问题")
    if lst is None:
        return None
    return next((r for r in lst if r is not None and r.getRoleName() == "table row"
                 and r.name == ISSUE), None)


def row_cells(row):
    return [c.name for c in row if c is not None]


def flow(g):
    # A project.
    check(g.show_page("项目"), "a page tab named 项目", fatal=True)
    editor = open_window(g, lambda: press_named(g.window, "新建"), "project editor")
    type_into(editor, "名称", PROJECT)
    save(g, editor, "project editor")

    # An issue on it, raised.
    check(g.show_page("问题"), "a page tab named 问题", fatal=True)
    editor = open_window(g, lambda: press_named(g.window, "新建"), "issue editor")
    press_named(editor, "项目")
    type_into(editor, "按名称或拼音首字母查找", "端到端", role="entry")
    item = wait_for(lambda: find(editor, role="list item", name=PROJECT), timeout=10)
    check(item is not None, "the project picker finds the new project by a part of its name",
          fatal=True)
    check(act(item, "row.activate"), "the picker's row offers row.activate", fatal=True)
    time.sleep(0.6)
    check(find(editor, role="label", name=PROJECT) is not None,
          "the picker shows the project picked")
    type_into(editor, "问题描述", ISSUE)
    save(g, editor, "issue editor")

    type_into(g.window, "搜索问题", "端到端测试问题", role="text") if find(
        g.window, role="text", name="搜索问题") else type_into(g.window, "搜索问题",
                                                              "端到端测试问题", role="entry")
    row = wait_for(lambda: issue_row(g), timeout=10)
    check(row is not None, "the new issue is found in the issue list", fatal=True)
    check("待交办" in row_cells(row), "the new issue reads 待交办 (raised): %s" % row_cells(row))

    # Assigned, resolved and closed, in its editor.
    editor = open_window(g, lambda: act(row, "row.activate"), "issue's editor")
    press_named(editor, "交办…")
    unit = find(editor, role="combo box", name="责任单位")
    check(unit is not None, "the assigned issue has a combo named 责任单位", fatal=True)
    check(act(unit, "row.activate"), "the combo row 责任单位 offers row.activate", fatal=True)
    choice = wait_for(lambda: find(unit, role="list item", name="县自然资源和规划局"), timeout=10)
    check(choice is not None, "the units' list offers 县自然资源和规划局", fatal=True)
    check(act(choice, "row.activate"), "the unit's row offers row.activate", fatal=True)
    picked = wait_for(lambda: [n.name for n in find_all(unit, role="list item")
                               if n.name == "县自然资源和规划局"] == ["县自然资源和规划局"]
                      and not find(unit, role="list item", name="无"), timeout=10)
    check(picked, "the combo row shows the unit picked")
    press_named(editor, "限期 15 天")
    deadline = button(editor, "整改时限")
    check(deadline is not None and deadline.description not in ("", "未设置"),
          "the deadline is set: %s" % (deadline and deadline.description))
    press_named(editor, "标记整改完毕")
    type_into(editor, "整改情况", RESOLUTION)
    press_named(editor, "销号")
    check(button(editor, "销号") is None, "the issue is closed in its editor")
    save(g, editor, "issue's editor")

    row = wait_for(lambda: (lambda r: r if r is not None and "已销号" in row_cells(r) else None)(
        issue_row(g)), timeout=10)
    check(row is not None, "the issue reads 已销号 (closed) in the list: %s"
          % (issue_row(g) and row_cells(issue_row(g))))


def check_register(g, path):
    env = dict(g.env)
    summary = subprocess.run([BINARY, "--database", path, "--summary", "--json"], env=env,
                             capture_output=True, text=True)
    check(summary.returncode == 0, "guatu --summary --json runs: %s" % summary.stderr)
    if summary.returncode == 0:
        figures = json.loads(summary.stdout)
        check(figures["projects"] == 67, "the register has the new project (67 projects): %s"
              % figures["projects"])
        check(figures["issues"]["total"] == 49 and figures["issues"]["closed"] == 22,
              "the register has the new issue, closed: %s" % figures["issues"])
    if shutil.which("sqlite3") is None:
        print("no sqlite3 command line: the issue's row is not read back")
        return
    query = ("SELECT i.status, (SELECT name FROM units WHERE id = i.unit_id), i.deadline IS NOT NULL, i.resolution, "
             "i.closed_on IS NOT NULL FROM issues i JOIN projects p ON p.id = i.project_id "
             "WHERE i.description = '%s' AND p.name = '%s' AND NOT i.deleted;" % (ISSUE, PROJECT))
    row = subprocess.run(["sqlite3", "-separator", "|", path, query], capture_output=True,
                         text=True)
    check(row.stdout.strip() == "closed|县自然资源和规划局|1|%s|1" % RESOLUTION,
          "the issue's row: closed, with a unit, a deadline, the resolution and a closing "
          "date: %r %s" % (row.stdout.strip(), row.stderr))


def main():
    g = Guatu()
    status = g.start()
    if status is not None:
        g.stop()
        return status
    copy = os.path.join(g.tmp, "after.db")
    try:
        try:
            flow(g)
        except Stop:
            pass
        g.proc.terminate()
        g.proc.wait(timeout=20)
        check(g.proc.returncode == 0 or g.proc.returncode == -15,
              "Guatu quits cleanly (status %s)" % g.proc.returncode)
        g.proc = None
        shutil.copy(g.db, copy)
        for suffix in ("-wal", "-shm"):
            if os.path.exists(g.db + suffix):
                shutil.copy(g.db + suffix, copy + suffix)
        check_register(g, copy)
    finally:
        g.stop()
    print("%d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
