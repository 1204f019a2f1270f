#!/usr/bin/env python3
"""Translate CertDesk's Qt Linguist catalogues (translations/certdesk_LANG.ts) in batches.

    tools/translations.py export de [--unfinished] [--limit N] [-o batch.json]
    tools/translations.py import de batch.json
    tools/translations.py check [de fr ...] [--build-dir build]

`export` writes the messages that still need a translation as a JSON list; fill in
"translation" (a list of forms for numerus messages) and `import` the file. `check` runs the
checks TestTranslations applies. See docs/translations.md.

Only the Python 3 standard library is used. The .ts files are written byte for byte the way
Qt 6's lupdate writes them, so an import changes only the lines of the messages it fills.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
# lupdate's separator between the length variants of one translation (Translator::BinaryVariantSeparator).
VARIANT_SEPARATOR = "\u009c"

# Qt's plural rules (qttools src/linguist/shared/numerus.cpp) for the languages CertDesk ships:
# German and English use the English style (singular only for n == 1), French the French style
# (singular for n <= 1, so "0 élément"). lupdate writes one <numerusform> per form.
PLURAL_FORMS = {
    "en": ["singular: n = 1", "plural: n = 0, 2, 3, ..."],
    "de": ["singular: n = 1", "plural: n = 0, 2, 3, ..."],
    "fr": ["singular: n = 0 or 1", "plural: n = 2, 3, ..."],
}

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
# A mnemonic: "&" before a character other than "&" or a space ("&&" is a literal ampersand).
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")


class TsError(Exception):
    pass


@dataclass
class Message:
    context: str
    source: str = ""
    numerus: bool = False
    msg_id: str = ""  # the id= attribute (qtTrId); CertDesk does not use it
    locations: list = field(default_factory=list)  # [(filename or None, line or None)]
    oldsource: str = ""
    comment: str = ""
    oldcomment: str = ""
    extracomment: str = ""
    translatorcomment: str = ""
    type: str = ""  # "", "unfinished", "vanished" or "obsolete"
    translations: list = field(default_factory=list)  # one entry, or one per numerus form
    extras: dict = field(default_factory=dict)
    userdata: str = ""

    @property
    def key(self):
        """A stable id for export/import: lupdate identifies a message by context, source and comment."""
        digest = hashlib.sha1("\x04".join((self.context, self.source, self.comment)).encode("utf-8"))
        return digest.hexdigest()[:12]

    @property
    def finished(self):
        return self.type == "" and bool(self.translations) and all(t != "" for t in self.translations)


@dataclass
class TsFile:
    language: str = ""
    sourcelanguage: str = ""
    dependencies: list = field(default_factory=list)
    extras: dict = field(default_factory=dict)
    contexts: list = field(default_factory=list)  # [(name, [Message])]

    def messages(self):
        for _, messages in self.contexts:
            yield from messages


# ---------------------------------------------------------------------------------------------
# Reading


def _text(element):
    """The text of an element whose only children may be <byte value="xNN"/> characters."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "byte":
            raise TsError(f"unexpected <{child.tag}> inside <{element.tag}>")
        value = child.get("value", "")
        parts.append(chr(int(value[1:], 16) if value.startswith("x") else int(value)))
        parts.append(child.tail or "")
    return "".join(parts)


def _variants(element):
    if element.get("variants") == "yes":
        return VARIANT_SEPARATOR.join(_text(v) for v in element if v.tag == "lengthvariant")
    return _text(element)


def read_ts(path):
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise TsError(f"{path}: {error}") from None
    if root.tag != "TS":
        raise TsError(f"{path}: not a Qt Linguist file")
    ts = TsFile(language=root.get("language", ""), sourcelanguage=root.get("sourcelanguage", ""))
    for child in root:
        if child.tag == "dependencies":
            ts.dependencies = [d.get("catalog", "") for d in child]
        elif child.tag.startswith("extra-"):
            ts.extras[child.tag[6:]] = _text(child)
        elif child.tag == "context":
            ts.contexts.append(_read_context(path, child))
        else:
            raise TsError(f"{path}: unexpected <{child.tag}>")
    return ts


def _read_context(path, element):
    name = None
    messages = []
    for child in element:
        if child.tag == "name":
            name = _text(child)
        elif child.tag == "message":
            messages.append(_read_message(path, name, child))
        else:
            raise TsError(f"{path}: unexpected <{child.tag}> in context {name}")
    return name, messages


def _read_message(path, context, element):
    message = Message(context=context, numerus=element.get("numerus") == "yes", msg_id=element.get("id", ""))
    for child in element:
        tag = child.tag
        if tag == "location":
            message.locations.append((child.get("filename"), child.get("line")))
        elif tag in ("source", "oldsource", "comment", "oldcomment", "extracomment", "translatorcomment", "userdata"):
            setattr(message, tag, _text(child))
        elif tag == "translation":
            message.type = child.get("type", "")
            if message.numerus:
                message.translations = [_variants(form) for form in child if form.tag == "numerusform"]
            else:
                message.translations = [_variants(child)]
        elif tag.startswith("extra-"):
            message.extras[tag[6:]] = _text(child)
        else:
            raise TsError(f"{path}: unexpected <{tag}> in a message of {context}")
    return message


# ---------------------------------------------------------------------------------------------
# Writing, as lupdate's saveTS() (qttools src/linguist/shared/ts.cpp) does


def _protect(text):
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f'<byte value="x{code:x}"/>' if code <= 0x20 else f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def _write_variants(out, indent, text):
    if VARIANT_SEPARATOR in text:
        out.append(' variants="yes">')
        for variant in text.split(VARIANT_SEPARATOR):
            out.append(f"\n    {indent}<lengthvariant>{_protect(variant)}</lengthvariant>")
        out.append("\n" + indent)
    else:
        out.append(">" + _protect(text))


def _write_extras(out, indent, extras):
    for line in sorted(f"<extra-{key}>{_protect(value)}</extra-{key}>" for key, value in extras.items()):
        out.append(f"{indent}{line}\n")


def format_ts(ts):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1"']
    if ts.language and ts.language != "C":
        out.append(f' language="{ts.language}"')
    if ts.sourcelanguage and ts.sourcelanguage != "C":
        out.append(f' sourcelanguage="{ts.sourcelanguage}"')
    out.append(">\n")
    if ts.dependencies:
        out.append("<dependencies>\n")
        out.extend(f'<dependency catalog="{dependency}"/>\n' for dependency in ts.dependencies)
        out.append("</dependencies>\n")
    _write_extras(out, "    ", ts.extras)
    for name, messages in ts.contexts:
        out.append(f"<context>\n    <name>{_protect(name)}</name>\n")
        for m in messages:
            out.append("    <message")
            if m.msg_id:
                out.append(f' id="{_protect(m.msg_id)}"')
            if m.numerus:
                out.append(' numerus="yes"')
            out.append(">\n")
            for filename, line in m.locations:
                out.append("        <location")
                if filename is not None:
                    out.append(f' filename="{filename}"')
                if line is not None:
                    out.append(f' line="{line}"')
                out.append("/>\n")
            out.append(f"        <source>{_protect(m.source)}</source>\n")
            for tag in ("oldsource", "comment", "oldcomment", "extracomment", "translatorcomment"):
                if getattr(m, tag):
                    out.append(f"        <{tag}>{_protect(getattr(m, tag))}</{tag}>\n")
            out.append("        <translation")
            if m.type:
                out.append(f' type="{m.type}"')
            if m.numerus:
                out.append(">")
                for form in m.translations:
                    out.append("\n            <numerusform")
                    _write_variants(out, "            ", form)
                    out.append("</numerusform>")
                out.append("\n        ")
            else:
                _write_variants(out, "        ", m.translations[0] if m.translations else "")
            out.append("</translation>\n")
            _write_extras(out, "        ", m.extras)
            if m.userdata:
                out.append(f"        <userdata>{m.userdata}</userdata>\n")
            out.append("    </message>\n")
        out.append("</context>\n")
    out.append("</TS>\n")
    return "".join(out)


def write_ts(path, ts):
    text = format_ts(ts)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    os.replace(temporary, path)


# ---------------------------------------------------------------------------------------------
# Checks shared by import and check


def ts_path(language):
    path = TS_DIR / f"certdesk_{language}.ts"
    if not path.exists():
        raise TsError(f"{path.relative_to(ROOT)} does not exist (languages: {', '.join(shipped_languages())})")
    return path


def shipped_languages():
    return sorted(p.stem.split("_", 1)[1] for p in TS_DIR.glob("certdesk_*.ts"))


def form_count(ts, language):
    """How many plural forms the language has: Qt's rule, cross-checked with what lupdate wrote."""
    written = {len(m.translations) for m in ts.messages() if m.numerus and m.type != "vanished"}
    if language in PLURAL_FORMS:
        return len(PLURAL_FORMS[language])
    if len(written) == 1:
        return written.pop()
    raise TsError(f"the number of plural forms for {language!r} is unknown; add it to PLURAL_FORMS")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def accelerators(text):
    return len(ACCELERATOR.findall(text))


def html_tags(text):
    return sorted(match.group(0).split()[0].rstrip(">").lower() + ">" for match in HTML_TAG.finditer(text))


def problems_with(message, translations, forms):
    """What is wrong with these translations of message (an empty list if nothing)."""
    problems = []
    if message.numerus and len(translations) != forms:
        problems.append(f"needs {forms} plural forms, has {len(translations)}")
    for index, text in enumerate(translations):
        where = f"form {index + 1}: " if message.numerus else ""
        if text.strip() == "":
            problems.append(f"{where}translation is empty")
            continue
        if placeholders(text) != placeholders(message.source):
            problems.append(
                f"{where}placeholders {' '.join(placeholders(text)) or 'none'} "
                f"differ from the source's {' '.join(placeholders(message.source)) or 'none'}"
            )
        if accelerators(message.source) != accelerators(text):
            problems.append(f"{where}the source has {accelerators(message.source)} accelerator(s) (&), "
                            f"the translation {accelerators(text)}")
        if html_tags(text) != html_tags(message.source):
            problems.append(f"{where}HTML tags {html_tags(text)} differ from the source's {html_tags(message.source)}")
        if message.source.endswith("…") != text.endswith("…"):
            problems.append(f"{where}the source {'ends' if message.source.endswith('…') else 'does not end'} "
                            f"with \"…\", the translation must match")
        if message.source.endswith("\n") != text.endswith("\n"):
            problems.append(f"{where}the trailing line break must match the source's")
    return problems


# ---------------------------------------------------------------------------------------------
# Commands


def command_export(args):
    path = ts_path(args.language)
    ts = read_ts(path)
    forms = form_count(ts, args.language)
    batch = []
    drafts_left_out = 0
    for m in ts.messages():
        if m.type in ("vanished", "obsolete") or m.finished:
            continue
        drafted = any(t != "" for t in m.translations)
        if drafted and not args.unfinished:
            drafts_left_out += 1
            continue
        entry = {
            "id": m.key,
            "context": m.context,
            "source": m.source,
            "comment": m.comment,
            "numerus": m.numerus,
            "current": m.translations if m.numerus else (m.translations[0] if m.translations else ""),
        }
        if m.extracomment:
            entry["note"] = m.extracomment
        if m.numerus:
            entry["forms"] = PLURAL_FORMS.get(args.language, [f"form {i + 1}" for i in range(forms)])
        entry["translation"] = [""] * forms if m.numerus else ""
        batch.append(entry)
        if args.limit and len(batch) >= args.limit:
            break
    if drafts_left_out:
        # lupdate fills new messages whose source text is translated elsewhere, and keeps the old
        # translation of a changed source, as drafts marked unfinished.
        print(f"{drafts_left_out} message(s) with a draft translation left out; --unfinished includes them",
              file=sys.stderr)
    text = json.dumps(batch, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"{len(batch)} message(s) to translate written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def command_import(args):
    path = ts_path(args.language)
    ts = read_ts(path)
    forms = form_count(ts, args.language)
    by_key = {m.key: m for m in ts.messages()}
    try:
        entries = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise TsError(f"{args.file}: {error}") from None
    if isinstance(entries, dict):
        # Shorthand: {"id": "translation", ...}.
        entries = [{"id": key, "translation": value} for key, value in entries.items()]
    if not isinstance(entries, list):
        raise TsError(f"{args.file}: expected a JSON list of messages (or an object of id: translation)")
    imported = skipped = 0
    rejected = []
    for entry in entries:
        message = by_key.get(entry.get("id"))
        shown = message or Message(context=entry.get("context", "?"), source=entry.get("source", "?"))
        label = f"{entry.get('id')} ({shown.context}: {shown.source!r})"
        if message is None:
            rejected.append(f"{label}: no such message in {path.name}; export again after lupdate")
            continue
        for name in ("context", "source", "comment"):
            if name in entry and entry[name] != getattr(message, name):
                rejected.append(f"{label}: the {name} changed since the export; export again")
                break
        else:
            translation = entry.get("translation")
            if translation in ("", None, []) or translation == [""] * forms:
                skipped += 1
                continue
            translations = translation if isinstance(translation, list) else [translation]
            if not message.numerus and len(translations) != 1:
                rejected.append(f"{label}: not a plural message, give one string")
                continue
            problems = problems_with(message, translations, forms)
            if problems:
                rejected.append(f"{label}: " + "; ".join(problems))
                continue
            message.translations = list(translations)
            message.type = "unfinished" if entry.get("unfinished") else ""
            imported += 1
    if imported:
        write_ts(path, ts)
    print(f"{path.relative_to(ROOT)}: {imported} translation(s) imported, {skipped} left empty, "
          f"{len(rejected)} rejected", file=sys.stderr)
    for line in rejected:
        print(f"  rejected {line}", file=sys.stderr)
    return 1 if rejected else 0


def find_lupdate(explicit):
    candidates = [explicit, os.environ.get("LUPDATE"), shutil.which("lupdate"),
                  "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate-qt6")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def lupdate_options(build_dir):
    """The project file and options the build's certdesk_lupdate target runs lupdate with."""
    project = build_dir / "translations" / "certdesk_lupdate.json"
    options = build_dir / "translations" / "certdesk_lupdate.options"
    if not project.exists() or not options.exists():
        return None
    return ["-project", str(project), *options.read_text(encoding="utf-8").split()]


def lupdate_differences(lupdate, options, path, pluralonly):
    """What lupdate would change in path: (stderr warnings, added, removed, other changes)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        extra = ["-pluralonly"] if pluralonly else []
        run = subprocess.run([lupdate, *options, *extra, "-silent", "-ts", str(copy)],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            raise TsError(f"lupdate failed: {run.stderr.strip()}")
        warnings = [line for line in run.stderr.splitlines()
                    if line.strip() and "will override TRANSLATIONS" not in line]
        fresh = read_ts(copy)
        same = copy.read_bytes() == path.read_bytes()
    shipped = read_ts(path)
    key = lambda m: (m.context, m.source, m.comment)  # noqa: E731
    fresh_keys = {key(m) for m in fresh.messages()}
    shipped_keys = {key(m) for m in shipped.messages()}
    added = sorted(fresh_keys - shipped_keys)
    removed = sorted(shipped_keys - fresh_keys)
    return warnings, added, removed, same


def command_check(args):
    languages = args.languages or [lang for lang in shipped_languages()]
    lupdate = find_lupdate(args.lupdate)
    options = lupdate_options(Path(args.build_dir).resolve())
    failures = 0
    for language in languages:
        path = ts_path(language)
        ts = read_ts(path)
        forms = form_count(ts, language)
        report = []
        for m in ts.messages():
            if m.type in ("vanished", "obsolete"):
                report.append(f"obsolete: {m.context}: {m.source!r} (run ninja certdesk_lupdate)")
            elif not m.finished:
                report.append(f"unfinished: {m.context}: {m.source!r}")
            else:
                report.extend(f"{m.context}: {m.source!r}: {problem}" for problem in problems_with(m, m.translations, forms))
        if lupdate and options:
            warnings, added, removed, same = lupdate_differences(lupdate, options, path, language == "en")
            report.extend(f"lupdate: {line}" for line in warnings)
            report.extend(f"missing (run ninja certdesk_lupdate): {c}: {s!r}" for c, s, _ in added)
            report.extend(f"not in the sources (run ninja certdesk_lupdate): {c}: {s!r}" for c, s, _ in removed)
            if not same and not added and not removed:
                report.append("the file is not what lupdate writes (run ninja certdesk_lupdate)")
        elif not args.quiet:
            print(f"{path.name}: lupdate or {args.build_dir}/translations/certdesk_lupdate.json not found; "
                  "only the translations were checked", file=sys.stderr)
        total = sum(1 for _ in ts.messages())
        done = sum(1 for m in ts.messages() if m.finished)
        print(f"{path.relative_to(ROOT)}: {done}/{total} finished, {len(report)} problem(s)")
        for line in report[: args.max]:
            print(f"  {line}")
        if len(report) > args.max:
            print(f"  ... and {len(report) - args.max} more")
        failures += bool(report)
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    export = commands.add_parser("export", help="write the messages that need a translation as JSON")
    export.add_argument("language", help="de, fr, ... (translations/certdesk_LANG.ts)")
    export.add_argument("--unfinished", action="store_true",
                        help="also messages that have a draft translation still marked unfinished")
    export.add_argument("--limit", type=int, default=0, help="at most N messages (a batch)")
    export.add_argument("-o", "--output", help="write to this file instead of standard output")
    export.set_defaults(run=command_export)

    importing = commands.add_parser("import", help="write the translations of a JSON batch into the .ts")
    importing.add_argument("language")
    importing.add_argument("file", help="a JSON list of {id, translation} (what export wrote, filled in)")
    importing.set_defaults(run=command_import)

    check = commands.add_parser("check", help="the checks TestTranslations applies")
    check.add_argument("languages", nargs="*", help="default: every translations/certdesk_*.ts")
    check.add_argument("--build-dir", default=str(ROOT / "build"),
                       help="CMake build folder, for lupdate's project file (default: build)")
    check.add_argument("--lupdate", help="the Qt 6 lupdate binary (default: $LUPDATE, PATH, /usr/lib/qt6/bin)")
    check.add_argument("--max", type=int, default=50, help="list at most N problems per file")
    check.add_argument("--quiet", action="store_true", help="no note when lupdate cannot run")
    check.set_defaults(run=command_check)

    args = parser.parse_args()
    try:
        return args.run(args)
    except TsError as error:
        print(f"translations.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
