import argparse
import contextlib
import io


def run(parser, args, method="parse_args"):
    """Parse args; print the namespace, or what went to stdout/stderr and the exit code."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = getattr(parser, method)(args)
    except SystemExit as e:
        print("exit", e.code)
        print(out.getvalue() + err.getvalue(), end="")
        return None
    print(result)
    return result

def build_parser():
    parser = argparse.ArgumentParser(
        prog="wc.py",
        description="Count lines, words and characters in the given texts.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("texts", nargs="*", default=["hello world"], help="texts to count")
    parser.add_argument("-l", "--lines", action="store_true", help="print line counts")
    parser.add_argument("-w", "--words", action="store_true", help="print word counts")
    parser.add_argument("-c", "--chars", action="store_true", help="print char counts")
    parser.add_argument("--sep", default=" ", help="separator between columns")
    parser.add_argument("--top", type=int, default=0, metavar="N",
                        help="also show the N most common words")
    return parser


def main(argv):
    args = build_parser().parse_args(argv)
    if not (args.lines or args.words or args.chars):
        args.lines = args.words = args.chars = True
    for text in args.texts:
        cols = []
        if args.lines:
            cols.append(str(text.count("\n") + 1))
        if args.words:
            cols.append(str(len(text.split())))
        if args.chars:
            cols.append(str(len(text)))
        print(args.sep.join(cols), repr(text))
    if args.top:
        counts = {}
        for text in args.texts:
            for word in text.split():
                counts[word] = counts.get(word, 0) + 1
        for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:args.top]:
            print(word, n)


main([])
main(["-w", "a b c", "d e"])
main(["--sep", "|", "-lc", "--top", "2", "one\ntwo", "x y x"])
build_parser().print_help()
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        main(["--top", "many"])
except SystemExit as e:
    print("exit", e.code)
    print(err.getvalue(), end="")
