# guatu_atspi.py: what the AT-SPI tests share: starting Guatu on a demo register with
# the accessibility bus up, finding its windows, walking, pressing and typing.
#
# Only AT-SPI is used to read and drive the window (actions, editable text, selection),
# as a screen reader or a switch user would; nothing here reaches into the process.
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
SKIP = 77


def wait_for(predicate, timeout=20.0, step=0.2):
    end = time.time() + timeout
    while time.time() < end:
        try:
            result = predicate()
        except Exception:
            result = None
        if result:
            return result
        time.sleep(step)
    return None


def walk(node, depth=0, prune=None):
    """Every node under NODE, depth first; PRUNE(node) true skips a node's children.

    With a stack, not nested generators: a window with every page shown is
    thousands of nodes deep in panels, and each nested yield cost a call per
    level."""
    stack = [(node, depth)]
    while stack:
        here, level = stack.pop()
        yield here, level
        if prune is not None:
            try:
                if prune(here):
                    continue
            except Exception:
                continue
        try:
            children = list(here)
        except Exception:
            continue
        stack.extend((child, level + 1) for child in reversed(children) if child is not None)


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
    try:
        return [f for f in app if f is not None]
    except Exception:
        return []


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def is_visible(node):
    s = states(node)
    return s is not None and s.contains(pyatspi.STATE_VISIBLE)


def visible_tree(node):
    """Prune for walk(): the children of a hidden node are hidden too."""
    return not is_visible(node)


def find(root, role=None, name=None, pred=None, visible=True):
    for node, _ in walk(root, prune=visible_tree if visible else None):
        try:
            if visible and not is_visible(node):
                continue
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


def find_all(root, role=None, name=None, pred=None, visible=True):
    out = []
    for node, _ in walk(root, prune=visible_tree if visible else None):
        try:
            if visible and not is_visible(node):
                continue
            if role and node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if pred and not pred(node):
                continue
            out.append(node)
        except Exception:
            continue
    return out


def action_names(node):
    try:
        action = node.queryAction()
    except Exception:
        return []
    try:
        return [action.getName(i) for i in range(action.nActions)]
    except Exception:
        return []


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate", "select"):
            action.doAction(i)
            return
    action.doAction(0)


def editable(node):
    try:
        node.queryEditableText()
        return True
    except Exception:
        return False


def set_text(node, text):
    node.queryEditableText().setTextContents(text)


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return None


class Guatu:
    """Guatu running on a fresh demo register, on the accessibility bus."""

    def __init__(self, demo=True):
        self.tmp = tempfile.mkdtemp(prefix="guatu-atspi-")
        self.db = os.path.join(self.tmp, "demo.db")
        self.env = dict(os.environ)
        self.env.update(LANGUAGE="zh_CN", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                        GSETTINGS_BACKEND="memory", GSK_RENDERER="cairo")
        # GTK_A11Y=none would take the application off the bus.
        self.env.pop("GTK_A11Y", None)
        self.launcher = None
        self.proc = None
        self.app = None
        self.window = None
        self.demo = demo

    def start(self):
        """Returns None when started, or an exit status (SKIP, 1) to leave with."""
        if self.demo:
            subprocess.run([BINARY, "--demo", self.db], check=True, env=self.env,
                           stdout=subprocess.DEVNULL)
        if os.path.exists("/usr/libexec/at-spi-bus-launcher"):
            self.launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher",
                                              "--launch-immediately"],
                                             stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL)
            time.sleep(1.0)
        if not a11y_bus_reachable():
            print("SKIP: no accessibility bus can be reached")
            return SKIP
        # On a loaded machine the X server may not take connections yet when
        # xvfb-run starts us ("cannot open display"): a start that ends at once
        # is tried again, twice.
        for attempt in range(3):
            self.proc = subprocess.Popen([BINARY, "--database", self.db], env=self.env)
            # Generous: a loaded two-core machine can take many seconds to start it.
            self.app = wait_for(lambda: self.proc.poll() is None and find_app(self.proc.pid)
                                or (self.proc.poll() is not None and "gone"), timeout=90)
            if self.app != "gone":
                break
            self.app = None
            time.sleep(3.0)
        if self.app is None:
            print("FAIL: the application never appeared on the accessibility bus, which is up "
                  "(exit status %s)" % self.proc.poll())
            return 1
        self.window = wait_for(lambda: next((f for f in frames(self.app) if f.name == "挂图"),
                                            None))
        if self.window is None:
            print("FAIL: no main window titled 挂图")
            return 1
        time.sleep(1.0)
        return None

    def stop(self):
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if self.launcher is not None:
            self.launcher.terminate()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def frames(self):
        return frames(self.app)

    def shown(self):
        """The top levels visible now (a dialog may be hidden and shown again)."""
        return [f for f in self.frames() if is_visible(f)]

    def new_frame(self, before, timeout=20):
        """A top level not in BEFORE (from shown()) and visible now."""
        return wait_for(lambda: next((f for f in self.frames() if f not in before
                                      and is_visible(f)), None), timeout=timeout)

    def show_page(self, title):
        """Presses the view switcher's button for the page titled TITLE."""
        button = find(self.window, pred=lambda n: n.getRoleName() in
                      ("page tab", "toggle button", "radio button") and n.name == title)
        if button is None:
            return False
        press(button)
        time.sleep(0.8)
        return True


# A button's content is presentational (WAI-ARIA "children presentational"): a screen
# reader reads the button by its name, never the labels and images inside it.
PRESENTATIONAL = {
    "push button", "toggle button", "check box", "radio button", "page tab", "menu item",
    "check menu item", "radio menu item", "link", "switch",
}
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "menu button", "slider", "switch", "menu item",
    "check menu item", "radio menu item", "page tab", "list item", "table cell", "link",
}
CLASS_NAME = re.compile(r"^(?:Gtk|Adw|Gt|Gdk)[A-Z][A-Za-z]+$")


def element_actions(node):
    """The node's own actions ("click", "activate"), not GTK's widget action groups
    ("clipboard.copy", "view.next-month") that GTK 4.8 lists beside them."""
    return [a for a in action_names(node) if a and "." not in a]


def name_fault(name):
    """Why NAME is not a meaningful name read once, or None."""
    name = (name or "").strip()
    if not name:
        return "no name"
    if CLASS_NAME.match(name):
        return "a class name"
    if "(_" in name or "（_" in name:
        return "a mnemonic underscore"
    # "项目代码(J)": a mnemonic's key, read out as a letter.
    if re.search(r"[^\x00-\x7f]\([A-Z]\)", name):
        return "a mnemonic key"
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]:
        return "doubled"
    return None


def is_actionable(node):
    s = states(node)
    if s is None:
        return False
    if s.contains(pyatspi.STATE_FOCUSABLE):
        return True
    if element_actions(node):
        return True
    try:
        return node.getRoleName() in CONTROL_ROLES
    except Exception:
        return False


def name_faults(root):
    """Every visible focusable or actionable node under ROOT whose name is missing, a
    class name, doubled or left with a mnemonic, as (role, name, fault, path)."""
    faults = []

    def visit(node, path):
        try:
            if not is_visible(node):
                return
            role = node.getRoleName()
            name = node.name or ""
        except Exception:
            return
        here = path + [role + ("=" + name[:20] if name else "")]
        # GTK's own file chooser is named by GTK, not by Guatu.
        if name == "GtkFileChooserWidget":
            faults.append((role, name, "GTK's file chooser", "GtkFileChooserWidget"))
            return
        if is_actionable(node):
            fault = name_fault(name)
            if fault:
                faults.append((role, name, fault, " / ".join(here[-4:])))
        # A button's content is not read; but a widget that only wraps a
        # focusable button (a menu button, a picker) is not the button.
        if role in PRESENTATIONAL and (element_actions(node) or
                                       states(node).contains(pyatspi.STATE_FOCUSABLE)):
            return
        try:
            children = list(node)
        except Exception:
            return
        for child in children:
            if child is not None:
                visit(child, here)

    visit(root, [])
    return faults
