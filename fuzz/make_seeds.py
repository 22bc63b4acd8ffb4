#!/usr/bin/env python3
"""Generates large seed corpora for the fuzz harnesses from the project's own
Python programs: the conformance cases and the escape attacks (and the
sandbox cases). The small curated corpora checked in under fuzz/corpus/, and
the scripts source_seeds.txt names, are replayed by ctest; these generated
ones are only for fuzzing campaigns.

    fuzz/make_seeds.py --out /some/dir [--image-tool BUILD/fuzz_image_seeds] [--every N]

writes, under --out:
    run/, image_roundtrip/   the sources as they are
    compile/                 each source behind the mode byte '0' (exec; '1' is
                             eval and '2' single, the byte taken modulo 3), and
                             each source's first line as an expression ('1')
    load_verify/             each source as a serialized code image, made by
                             fuzz_image_seeds (built beside the harnesses);
                             skipped without --image-tool
--every N keeps every Nth file (in sorted order) for a quicker campaign."""
import argparse
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "conformance" / "cases", ROOT / "conformance" / "sandbox_cases",
           ROOT / "tests" / "escapes"]


def source_files(every):
    files = sorted(p for d in SOURCES for p in d.rglob("*.py")
                   if not p.name.startswith("check_"))
    return files[::every]


def seed_name(path):
    return f"{path.parent.name}_{path.stem}"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    parser.add_argument("--image-tool", help="path of the built fuzz_image_seeds")
    parser.add_argument("--every", type=int, default=1)
    args = parser.parse_args()
    files = source_files(max(args.every, 1))
    for harness in ("run", "image_roundtrip", "compile"):
        (args.out / harness).mkdir(parents=True, exist_ok=True)
    for path in files:
        source = path.read_bytes()
        name = seed_name(path)
        (args.out / "run" / name).write_bytes(source)
        (args.out / "image_roundtrip" / name).write_bytes(source)
        (args.out / "compile" / name).write_bytes(b"0" + source)
        first = source.split(b"\n", 1)[0]
        if first and not first.startswith(b"#"):
            (args.out / "compile" / (name + "_eval")).write_bytes(b"1" + first)
    print(f"make_seeds: {len(files)} sources", file=sys.stderr)
    if args.image_tool:
        # Grouped so the command line stays short.
        for start in range(0, len(files), 200):
            subprocess.run([args.image_tool, str(args.out / "load_verify")]
                           + [str(p) for p in files[start:start + 200]], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
