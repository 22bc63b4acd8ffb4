"""What the generators in this folder share: writing a sweep's lines into
case files of `t(<source>, lambda: <source>)` lines, each file standing
alone with its prelude. Imported by the generators, not run."""

import sys


def dedupe(lines):
    """The lines in order, each once."""
    seen = set()
    return [x for x in lines if not (x in seen or seen.add(x))]


def clear_generated(out, header):
    """Removes the cases of `out` that a generator wrote (they start with
    `header`) and their expected files, so a shrunken sweep leaves none."""
    out.mkdir(exist_ok=True)
    for old in out.glob("*.py"):
        if old.read_text().startswith(header):
            old.unlink()
            for suffix in (".expected", ".expected_err"):
                old.with_suffix(suffix).unlink(missing_ok=True)


def write_section(out, header, prelude, name, lines, lines_per_case):
    """Writes `lines` as cases `<name>.py`, or `<name>_NN.py` when they take
    more than one file; returns how many lines were written."""
    chunks = [lines[i:i + lines_per_case] for i in range(0, len(lines), lines_per_case)]
    for n, chunk in enumerate(chunks, 1):
        path = out / (f"{name}_{n:02d}.py" if len(chunks) > 1 else f"{name}.py")
        body = "".join(f"t({src!r}, lambda: {src})\n" for src in chunk)
        path.write_text(header + prelude + "\n\n" + body)
    return len(lines)
