"""Re-run the examples of a Markdown file and put their real output back in place.

In ```console blocks every ``$ eventdb ...`` command (continued on indented lines) is run and
the lines after it, up to the next command or the end of the block, are replaced by its output;
a command followed by a ``  # comment`` only illustrates and is left alone.
A ```python block followed by a ```text block is run and the text block gets what it printed.
Nothing else in the file changes.  Run against a database holding what the text says it holds
(the docs use the seed article alone):

    EVENTDB_HOME=$(mktemp -d) sh -c '.venv/bin/eventdb load seeds/ >/dev/null &&
        .venv/bin/python scripts/refresh_docs.py docs/querying.md README.md'
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_command(command: str) -> str:
    args = shlex.split(command)
    if args[0] == "eventdb":
        args = [sys.executable, "-m", "eventdb", *args[1:]]
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "100"})
    return (done.stdout + done.stderr).rstrip("\n")


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"python example failed:\n{code}\n{done.stderr}")
    return done.stdout.rstrip("\n")


def refresh(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    last_python: str | None = None
    while i < len(lines):
        line = lines[i]
        if line.startswith("```console"):
            out.append(line)
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                if lines[i].startswith("$ eventdb") and "  # " not in lines[i]:  # commented lines only illustrate
                    command = [lines[i]]
                    i += 1
                    while i < len(lines) and lines[i].startswith(" ") and _open_quote("\n".join(command)):
                        command.append(lines[i])
                        i += 1
                    out.extend(command)
                    output = run_command("\n".join(command)[2:])
                    if output:
                        out.extend(output.split("\n"))
                    while i < len(lines) and not lines[i].startswith(("```", "$ eventdb")):
                        i += 1  # the old output
                else:
                    out.append(lines[i])
                    i += 1
            continue
        if line.startswith("```python"):
            block = []
            out.append(line)
            i += 1
            while not lines[i].startswith("```"):
                block.append(lines[i])
                out.append(lines[i])
                i += 1
            last_python = "\n".join(block)
            out.append(lines[i])
            i += 1
            continue
        if line.startswith("```text") and last_python is not None:
            out.append(line)
            i += 1
            while not lines[i].startswith("```"):
                i += 1
            out.extend(run_python(last_python).split("\n"))
            last_python = None
            continue
        if line.strip() and not line.startswith("```"):
            last_python = None if line.startswith("#") else last_python
        out.append(line)
        i += 1
    return "\n".join(out)


def _open_quote(command: str) -> bool:
    """True while the command has an unclosed quote (its next indented line continues it)."""
    try:
        shlex.split(command)
    except ValueError:
        return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    for path in args.files:
        try:
            old = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"error: cannot read {path}: {exc.strerror if isinstance(exc, OSError) else exc}", file=sys.stderr)
            return 1
        new = refresh(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"{path}: updated")
        else:
            print(f"{path}: unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
