#!/usr/bin/env python3
"""Every user-visible string has a German translation that keeps its placeholders.

Runs lupdate (translations/update_ts.py) over today's sources into a copy of the
catalogue, so a string added without a translation fails here. Also fails on a
file-local tr() helper that update_ts.py cannot read (one that does not call
QCoreApplication::translate with a literal context, or is not named tr):
lupdate would file its strings under a guessed context, or not at all, and
the app would never find their German. Fails too where the context lupdate
gives differs from the one the app looks up: a helper beside member functions
of a class with its own tr(), or a class context that lost its namespace.
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

sources = {}
for folder, _, files in os.walk(os.path.join(root, "app")):
    for name in files:
        if name.endswith((".cpp", ".h")):
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                sources[path] = f.read()

helper_definition = re.compile(r"QString\s+tr\s*\(\s*const\s+char\s*\*|auto\s+tr\s*=\s*\[")
# translate() of a variable wraps it for other calls: unless the wrapper is
# the helper update_ts.py reads (named tr), lupdate never sees its strings.
wrapper = re.compile(r'QCoreApplication::translate\(\s*"[^"]*"\s*,\s*[A-Za-z_]\w*\s*\)')
unreadable = []
for path, text in sources.items():
    if path.endswith(".cpp"):
        helper = update_ts.HELPER.search(text) or update_ts.LAMBDA.search(text)
        other_wrappers = [match for match in wrapper.finditer(text)
                          if not (helper and helper.start() <= match.start() < helper.end())]
        if (helper_definition.search(text) and not helper) or other_wrappers:
            unreadable.append(os.path.relpath(path, root))
for path in unreadable:
    print("translate() wrapper lupdate cannot read (write it as QString tr(const char *text) "
          "{ return QCoreApplication::translate(\"<context>\", text); }):", path)
# Inside a member function of a class with its own tr() (Q_OBJECT and the
# like, or any QObject subclass, whose tr() is QObject's), tr() is the
# class's, not the file's helper: update_ts.py would file those strings under
# the helper's context and the app would show English.
declaration = re.compile(r"\b(?:class|struct)\s+(\w+)(?:\s+final)?\s*(?::\s*([^{;]*))?"
                         r"\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)")
own_tr, bases = set(), {}
for text in sources.values():
    for match in declaration.finditer(text):
        name = match.group(1)
        if re.search(r"\bQ_OBJECT\b|\bQ_GADGET\b|\bQ_DECLARE_TR_FUNCTIONS\b", match.group(3)):
            own_tr.add(name)
        bases.setdefault(name, set()).update(
            base.split("::")[-1] for base in re.findall(r"[\w:]+", match.group(2) or "")
            if base not in ("public", "protected", "private", "virtual"))
tr_classes = set(own_tr)
while True:
    more = {name for name, of in bases.items() if name not in tr_classes and
            any(base in tr_classes or re.match(r"Q[A-Z]", base) for base in of)}
    if not more:
        break
    tr_classes |= more
# Definitions start a line (calls are indented): "void C::f(", "C::C(". A
# definition's text runs to the next one.
definition = re.compile(r"^(?:[\w:<>,]+[\s*&]+)*(\w+)::~?\w+\s*\(", re.M)
shadowed = []
for path, text in sources.items():
    if path.endswith(".cpp") and (update_ts.HELPER.search(text) or update_ts.LAMBDA.search(text)):
        found = list(definition.finditer(text))
        for index, match in enumerate(found):
            end = found[index + 1].start() if index + 1 < len(found) else len(text)
            if match.group(1) in tr_classes and update_ts.CALL.search(text, match.start(), end):
                shadowed.append("%s (%s)" % (os.path.relpath(path, root), match.group(1)))
for line in sorted(set(shadowed)):
    print("tr() in a member function of a class with its own tr(), beside the file's helper "
          "(move the text into a free function there):", line)
# Every class of the app lives in a namespace, so a context named after a
# class but without one means lupdate lost the namespace (as it did with a
# forward declaration's bare closing brace): the app would look the strings
# up as "fb::gui::X" and show English.
classes = set()
for text in sources.values():
    classes.update(re.findall(r"\b(?:class|struct)\s+(\w+)", text))
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
    sys.exit(1 if missing or broken or unreadable or shadowed or lost or total == 0 else 0)
finally:
    shutil.rmtree(work, ignore_errors=True)
