#!/usr/bin/env python3
"""Refresh translations/fieldbench_de.ts from every source under app/.

Qt 6.4's lupdate misreads two things this code base uses, so it runs on a
normalised copy of the sources:
- C++17 nested namespaces (`namespace fb::gui {`): lupdate loses them and
  files messages under "TicketsPage" instead of "fb::gui::TicketsPage";
- file-local `tr()` helpers that call QCoreApplication::translate with a fixed
  context: lupdate would guess a context from the enclosing scope.
The copy spells namespaces out and turns each helper call into an explicit
QCoreApplication::translate("<context>", …), so contexts match run time.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.environ.get("FIELDBENCH_TS", os.path.join(ROOT, "translations", "fieldbench_de.ts"))
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")

HELPER = re.compile(
    r'(?:static\s+)?(?:inline\s+)?QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*'
    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\w+\s*\)\s*;\s*\}', re.S)
LAMBDA = re.compile(
    r'(?:const\s+)?auto\s+tr\s*=\s*\[\]\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*'
    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\w+\s*\)\s*;\s*\}\s*;', re.S)
CALL = re.compile(r'(?<![\w:.>])tr\(')
OPEN_NS = re.compile(r'^(\s*)namespace\s+([\w:]+::[\w:]+)\s*\{', re.M)
CLOSE_NS = re.compile(r'^(\s*)\}\s*//\s*namespace\s+([\w:]+::[\w:]+)\s*$', re.M)


def normalise(text):
    context = None
    for pattern in (HELPER, LAMBDA):
        match = pattern.search(text)
        if match:
            context = match.group(1)
            text = pattern.sub("", text, count=1)
    if context:
        text = CALL.sub('QCoreApplication::translate("%s", ' % context, text)
    text = OPEN_NS.sub(lambda m: m.group(1) + " ".join(
        "namespace %s {" % part for part in m.group(2).split("::")), text)
    text = CLOSE_NS.sub(lambda m: m.group(1) + "} " * len(m.group(2).split("::")), text)
    return text


def main():
    work = tempfile.mkdtemp(prefix="fieldbench-lupdate-")
    try:
        copy = os.path.join(work, "app")
        for folder, _, files in os.walk(os.path.join(ROOT, "app")):
            for name in files:
                if not name.endswith((".cpp", ".h")):
                    continue
                source = os.path.join(folder, name)
                target = os.path.join(copy, os.path.relpath(source, os.path.join(ROOT, "app")))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(source, encoding="utf-8") as f:
                    text = f.read()
                with open(target, "w", encoding="utf-8") as f:
                    f.write(normalise(text))
        result = subprocess.run([LUPDATE, copy, "-ts", TS, "-no-obsolete", "-locations", "none",
                                 "-source-language", "en", "-target-language", "de"],
                                capture_output=True, text=True)
        sys.stdout.write(result.stdout)
        if result.returncode != 0:
            sys.stderr.write(result.stderr)
            return result.returncode
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
