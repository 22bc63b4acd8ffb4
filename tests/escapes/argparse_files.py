# argparse opens files in two places under CPython: an argument starting
# with one of `fromfile_prefix_chars` names a file of further arguments
# (`@/etc/passwd` reads that file), and `type=argparse.FileType(mode)` calls
# open() on the argument (mode 'w' would create or truncate a host file).
# Neither may open anything: each ends as CPython ends on a file it cannot
# open (a usage error, status 2), saying the sandbox has no files; '-' still
# means the script's own stdin/stdout, as in CPython.
# expect-output: fromfile passwd -> exit 2: x: error: can't open '/etc/passwd': files are not available in the sandbox
# expect-output: fromfile relative -> exit 2: x: error: can't open 'args.txt': files are not available in the sandbox
# expect-output: fromfile other prefix -> exit 2: x: error: can't open 'more': files are not available in the sandbox
# expect-output: fromfile unused -> Namespace(a=['plain', '-', 'x@y'])
# expect-output: FileType read -> ArgumentTypeError: can't open '/etc/passwd': files are not available in the sandbox
# expect-output: FileType write -> ArgumentTypeError: can't open 'out.txt': files are not available in the sandbox
# expect-output: FileType append via parse -> exit 2: y: error: argument --log: can't open '/tmp/log': files are not available in the sandbox
# expect-output: FileType stdin -> True
# expect-output: FileType stdout -> True
# expect-output: FileType class as type -> ValueError: <class 'argparse.FileType'> is a FileType class object, instance of it must be passed
# expect-output: open through module -> AttributeError: module 'argparse' has no attribute 'open'
import argparse
import contextlib
import io
import sys


def attempt(label, fn):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            text = "-> " + str(fn())
    except SystemExit as e:
        text = "-> exit %s: %s" % (e.code, err.getvalue().splitlines()[-1])
    except Exception as e:
        text = "-> %s: %s" % (type(e).__name__, e)
    print(label, text)


p = argparse.ArgumentParser(prog="x", fromfile_prefix_chars="@+")
p.add_argument("a", nargs="*")
attempt("fromfile passwd", lambda: p.parse_args(["@/etc/passwd"]))
attempt("fromfile relative", lambda: p.parse_args(["ok", "@args.txt"]))
attempt("fromfile other prefix", lambda: p.parse_args(["+more"]))
attempt("fromfile unused", lambda: p.parse_args(["plain", "-", "x@y"]))
attempt("FileType read", lambda: argparse.FileType("r")("/etc/passwd"))
attempt("FileType write", lambda: argparse.FileType("w")("out.txt"))
q = argparse.ArgumentParser(prog="y")
q.add_argument("--log", type=argparse.FileType("a"))
attempt("FileType append via parse", lambda: q.parse_args(["--log", "/tmp/log"]))
attempt("FileType stdin", lambda: argparse.FileType("r")("-") is sys.stdin)
attempt("FileType stdout", lambda: argparse.FileType("w")("-") is sys.stdout)
attempt("FileType class as type", lambda: q.add_argument("--z", type=argparse.FileType))
attempt("open through module", lambda: argparse.open)
