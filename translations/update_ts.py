#!/usr/bin/env python3
"""Refresh translations/fieldbench_de.ts from every source under app/.

Qt 6.4's lupdate misreads two things this code base uses, so it runs on a
normalised copy of the sources:
- C++17 nested namespaces (`namespace fb::gui {`): lupdate loses them and
  files messages under "TicketsPage" instead of "fb::gui::TicketsPage";
- file-local `tr()` helpers that call QCoreApplication::translate with a fixed
  context: lupdate would guess a context from the enclosing scope.
The copy spells namespaces out (each closing brace found by matching, as a
forward declaration's `}` carries no comment) and turns each helper call into
an explicit QCoreApplication::translate("<context>", …), so contexts match
run time.
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
RAW_STRING = re.compile(r'(?<!\w)(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(')


def skip_literal(text, at):
    """Where the comment, string or character literal at `at` ends, or None
    when none starts there."""
    if text.startswith("//", at):
        end = text.find("\n", at)
        return len(text) if end < 0 else end
    if text.startswith("/*", at):
        end = text.find("*/", at + 2)
        return len(text) if end < 0 else end + 2
    raw = RAW_STRING.match(text, at)
    if raw:
        end = text.find(")" + raw.group(1) + '"', raw.end())
        return len(text) if end < 0 else end + len(raw.group(1)) + 2
    quote = text[at]
    if quote not in "\"'":
        return None
    if quote == "'":  # 1'000 is a number, u'x' a character
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'"):
            start -= 1
        if start < at and text[start].isdigit():
            return None
    end = at + 1
    while end < len(text) and text[end] != quote:
        end += 2 if text[end] == "\\" else 1
    return end + 1


def closing_brace(text, opening):
    """The index of the brace that closes the one at `opening`."""
    depth, at = 0, opening
    while at < len(text):
        skipped = skip_literal(text, at)
        if skipped is not None:
            at = skipped
            continue
        if text[at] == "{":
            depth += 1
        elif text[at] == "}":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return -1


def spell_out_namespaces(text):
    """`namespace a::b { … }` becomes `namespace a { namespace b { … } }`,
    however its closing brace is written."""
    edits = []
    for match in OPEN_NS.finditer(text):
        parts = match.group(2).split("::")
        close = closing_brace(text, match.end() - 1)
        if close < 0:
            continue
        edits.append((match.start(), match.end(), match.group(1) + " ".join(
            "namespace %s {" % part for part in parts)))
        edits.append((close, close + 1, "} " * len(parts)))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def normalise(text):
    context = None
    for pattern in (HELPER, LAMBDA):
        match = pattern.search(text)
        if match:
            context = match.group(1)
            text = pattern.sub("", text, count=1)
    if context:
        text = CALL.sub('QCoreApplication::translate("%s", ' % context, text)
    return spell_out_namespaces(text)


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
