#!/usr/bin/python3
# test-atspi.py: drives Guatu over AT-SPI, as a screen reader or a person would.
#
# Starts the real binary on a demo register in Chinese, then:
#  - every button, toggle, menu button, entry and combo in the window has an
#    accessible name (a control without one is invisible to a screen reader);
#  - no English word is visible in the zh_CN window;
#  - presses the "New" button, types a project name into the editor, presses Save,
#    and finds the new project in the list through the search entry.
# Exit status 0 on success; 77 (skip) only when no accessibility bus can be
# reached at all. With the bus up, an application that never appears on it is a
# failure: that is what a broken accessibility set-up in the app looks like.
#
# Copyright 2026 The Guatu authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("pyatspi is not installed (python3-pyatspi)")
    sys.exit(77)

BINARY = os.environ.get("GUATU_BINARY", "_build/src/guatu")
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box",
    "text", "entry", "password text", "spin button", "menu button", "slider",
}
# GTK 4.8 names a container without a name by its class: not English on screen.
CLASS_NAME = re.compile(r"^(?:Gtk|Adw|Gt)[A-Z][A-Za-z]+$")
# Latin text that is not English: project codes, road numbers, key names.
ALLOWED_LATIN = re.compile(r"^(?:[A-Z]?\d[\w\-.]*|Ctrl|Shift|Alt|Tab|Enter|Esc|PPP|EPC|[A-Z]\d+)$")


def wait_for(predicate, timeout=20.0, step=0.2):
    end = time.time() + timeout
    while time.time() < end:
        result = predicate()
        if result:
            return result
        time.sleep(step)
    return None


def walk(node, depth=0, visible_only=False):
    yield node, depth
    try:
        if visible_only and not node.getState().contains(pyatspi.STATE_VISIBLE):
            return
        children = list(node)
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from walk(child, depth + 1, visible_only)


def a11y_bus_reachable():
    """Whether the session bus hands out an accessibility bus we can talk to."""
    try:
        import gi
        gi.require_version("Gio", "2.0")
        from gi.repository import Gio, GLib
    except (ImportError, ValueError):
        return False
    try:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                                  None, GLib.VariantType.new("(s)"),
                                  Gio.DBusCallFlags.NONE, 5000, None)
        address = reply.unpack()[0]
        flags = (Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
                 | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION)
        bus = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
        bus.close_sync(None)
        return True
    except GLib.Error as error:
        print("no accessibility bus:", error.message)
        return False


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def frames(app):
    # GTK 4.8 gives an AdwWindow the role "filler", so take every top level.
    return [f for f in app if f is not None]


def find(root, role=None, name=None, pred=None):
    for node, _ in walk(root):
        try:
            if role and node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if pred and not pred(node):
                continue
            return node
        except Exception:
            continue
    return None


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate"):
            action.doAction(i)
            return
    action.doAction(0)


def editable(node):
    try:
        node.queryEditableText()
        return True
    except NotImplementedError:
        return False
    except Exception:
        return False


def set_text(node, text):
    editable = node.queryEditableText()
    editable.setTextContents(text)


failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def main():
    tmp = tempfile.mkdtemp(prefix="guatu-atspi-")
    db = os.path.join(tmp, "demo.db")
    env = dict(os.environ)
    env.update(LANGUAGE="zh_CN", LANG="C.UTF-8", LC_ALL="C.UTF-8", GSETTINGS_BACKEND="memory",
               GSK_RENDERER="cairo")
    env.pop("GTK_A11Y", None)
    subprocess.run([BINARY, "--demo", db], check=True, env=env, stdout=subprocess.DEVNULL)

    launcher = None
    if os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
    if not a11y_bus_reachable():
        if launcher is not None:
            launcher.terminate()
        shutil.rmtree(tmp, ignore_errors=True)
        print("SKIP: no accessibility bus can be reached")
        return 77
    app_proc = subprocess.Popen([BINARY, "--database", db], env=env)
    try:
        # Generous: a loaded two-core machine can take many seconds to start it.
        app = wait_for(lambda: find_app(app_proc.pid), timeout=90)
        if app is None:
            check(False, "the application never appeared on the accessibility bus, "
                  "which is up (exit status %s)" % app_proc.poll())
            return 1
        window = wait_for(lambda: next((f for f in frames(app) if f.name == "挂图"), None))
        check(window is not None, "the main window is titled 挂图")
        if window is None:
            return 1
        time.sleep(1.0)

        unnamed = []
        english = set()
        # GTK 4.8 sets no SHOWING state here: VISIBLE, pruned at hidden parents.
        for node, _ in walk(window, visible_only=True):
            try:
                role, name = node.getRoleName(), (node.name or "").strip()
                states = node.getState()
            except Exception:
                continue
            if not states.contains(pyatspi.STATE_VISIBLE) or CLASS_NAME.match(name):
                continue
            if role in CONTROL_ROLES and not name:
                unnamed.append(role)
            for word in re.findall(r"[A-Za-z][A-Za-z0-9\-.]+", name):
                if len(word) >= 3 and not ALLOWED_LATIN.match(word):
                    english.add(word)
        check(not unnamed, "controls without an accessible name: %s" % unnamed)
        check(not english, "English visible in the zh_CN window: %s" % sorted(english))

        new_button = find(window, role="push button", name="新建")
        check(new_button is not None, "a push button named 新建 (New)")
        if new_button is None:
            return 1
        press(new_button)
        editor = wait_for(lambda: next((f for f in frames(app) if f.name and "项目" in f.name
                                        and f.name != "挂图"), None))
        check(editor is not None, "pressing 新建 opens the project editor")
        if editor is None:
            return 1
        name_entry = wait_for(lambda: find(editor, pred=lambda n: n.getRoleName() in
                                           ("text", "entry") and n.name == "名称"))
        check(name_entry is not None, "the editor has a text field named 名称 (Name)")
        if name_entry is None:
            return 1
        set_text(name_entry, "无障碍测试新建项目")
        time.sleep(0.5)
        save = find(editor, role="push button", name="保存")
        check(save is not None, "the editor has a push button named 保存 (Save)")
        if save is None:
            return 1
        press(save)
        gone = wait_for(lambda: editor not in frames(app) or not editor.getState().contains(
            pyatspi.STATE_SHOWING), timeout=10)
        check(gone, "the editor closes after saving")

        search = find(window, pred=lambda n: n.name == "搜索项目" and editable(n))
        check(search is not None, "an editable search entry named 搜索项目 on the Projects page")
        if search is not None:
            set_text(search, "无障碍测试")
            found = wait_for(lambda: find(window, pred=lambda n: n.name == "无障碍测试新建项目"
                                          and n.getRoleName() == "label"), timeout=10)
            check(found is not None, "the new project is found in the list")
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
        if launcher is not None:
            launcher.terminate()
        shutil.rmtree(tmp, ignore_errors=True)

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
