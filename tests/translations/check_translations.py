#!/usr/bin/env python3
"""Every user-visible string has a German translation that keeps its placeholders.

Runs lupdate (translations/update_ts.py) over today's sources into a copy of the
catalogue, so a string added without a translation fails here. Also fails on a
file-local tr() helper that update_ts.py cannot read (one that does not call
QCoreApplication::translate with a literal context): lupdate would file its
strings under a guessed context and the app would never find their German.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

root, lupdate = sys.argv[1], sys.argv[2]

sys.path.insert(0, os.path.join(root, "translations"))
import update_ts  # noqa: E402  (the normaliser's own patterns)

# The normaliser finds a nested namespace's closing brace past braces in
# comments, strings, raw strings and character literals, and digit separators.
tricky = ("namespace a::b {\nconst char *s = R\"x(\"})x\"; char c = '}'; int n = 1'000;"
          " // }\n/* } */ const char *t = \"}\\\"\";\n}\nint after;\n")
spelled = update_ts.spell_out_namespaces(tricky)
if not (spelled.startswith("namespace a { namespace b {") and spelled.endswith("} } \nint after;\n")):
    print("update_ts.spell_out_namespaces misread a namespace:", repr(spelled))
    sys.exit(1)

helper_definition = re.compile(r"QString\s+tr\s*\(\s*const\s+char\s*\*|auto\s+tr\s*=\s*\[")
unreadable = []
for folder, _, files in os.walk(os.path.join(root, "app")):
    for name in files:
        if name.endswith(".cpp"):
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if helper_definition.search(text) and not (update_ts.HELPER.search(text) or
                                                       update_ts.LAMBDA.search(text)):
                unreadable.append(os.path.relpath(path, root))
for path in unreadable:
    print("tr() helper lupdate cannot read (use QCoreApplication::translate(\"<context>\", text)):",
          path)
# Every class of the app lives in a namespace, so a context named after a
# class but without one means lupdate lost the namespace (as it did with a
# forward declaration's bare closing brace): the app would look the strings
# up as "fb::gui::X" and show English.
classes = set()
for folder, _, files in os.walk(os.path.join(root, "app")):
    for name in files:
        if name.endswith((".cpp", ".h")):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                classes.update(re.findall(r"\b(?:class|struct)\s+(\w+)", f.read()))
work = tempfile.mkdtemp()
try:
    ts = os.path.join(work, "fieldbench_de.ts")
    shutil.copy(os.path.join(root, "translations", "fieldbench_de.ts"), ts)
    env = dict(os.environ, FIELDBENCH_TS=ts, LUPDATE=lupdate)
    subprocess.run([sys.executable, os.path.join(root, "translations", "update_ts.py")],
                   env=env, check=True, capture_output=True)
    tree = ET.parse(ts)
    placeholder = re.compile(r"%L?\d|%n")
    missing, broken, total = [], [], 0
    lost = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if "::" not in name and name in classes:
            lost.append(name)
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                missing.append("%s: %r" % (name, source))
                continue
            wanted = sorted(set(placeholder.findall(source)))
            for form in forms:
                got = sorted(set(placeholder.findall(form)))
                # A singular plural form may spell the number out instead of %n.
                if got != wanted and not (message.get("numerus") == "yes" and
                                          [p for p in wanted if p != "%n"] == [p for p in got if p != "%n"]):
                    broken.append("%s: %r -> %r" % (name, source, form))
    for name in lost:
        print("context without its namespace (lupdate misread the sources):", name)
    for line in missing[:40]:
        print("untranslated:", line)
    for line in broken[:40]:
        print("placeholders differ:", line)
    print("%d messages, %d untranslated, %d with placeholder mismatches" % (total, len(missing), len(broken)))
    sys.exit(1 if missing or broken or unreadable or lost or total == 0 else 0)
finally:
    shutil.rmtree(work, ignore_errors=True)
