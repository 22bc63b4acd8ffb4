# argparse hands scripts its own objects: the parser's registries, actions
# with a `container` back-reference, formatters, Namespace's __dict__, the
# identity type function it registers, and it calls script code (type=,
# custom Action subclasses, formatter_class) with its parser. In CPython
# those lead on to the module's globals (`type_func.__globals__`), frames
# (`sys._getframe` from a type function) and `sys.modules` (`argparse._sys`).
# Everything reachable must be plain script data or moat's restricted
# objects; every further step is refused by the ordinary rules.
# expect-output: registries -> ['action', 'type']
# expect-output: identity globals -> AttributeError: '__globals__' is not available in the sandbox
# expect-output: identity code -> AttributeError: '__code__' is not available in the sandbox
# expect-output: action class globals -> AttributeError: '__globals__' is not available in the sandbox
# expect-output: module sys modules -> AttributeError: 'sys.modules' is not available in the sandbox
# expect-output: module sys getframe -> AttributeError: 'sys._getframe' is not available in the sandbox
# expect-output: module dict -> AttributeError: '__dict__' is not available in the sandbox
# expect-output: module builtins -> AttributeError: '__builtins__' is not available in the sandbox
# expect-output: container is parser -> True
# expect-output: namespace dict -> {'v': 1, 'seen': ['3']}
# expect-output: formatter section -> _Section
# expect-output: bound method func globals -> AttributeError: '__globals__' is not available in the sandbox
# expect-output: namespace class swap -> TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: deep subparsers -> RecursionError
import argparse
import contextlib
import io


def attempt(label, fn):
    try:
        text = "-> " + str(fn())
    except Exception as e:
        text = "-> %s: %s" % (type(e).__name__, e)
    print(label, text)


seen = []


def spy(text):
    seen.append(text)
    return text


p = argparse.ArgumentParser(prog="x")
p.add_argument("--v", type=int, default=1)
p.add_argument("--t", type=spy, dest="seen", action="append")
attempt("registries", lambda: sorted(p._registries))
identity = p._registries["type"][None]
attempt("identity globals", lambda: identity.__globals__)
attempt("identity code", lambda: identity.__code__)
attempt("action class globals", lambda: p._registries["action"]["store"].__init__.__globals__)
attempt("module sys modules", lambda: argparse._sys.modules)
attempt("module sys getframe", lambda: argparse._sys._getframe)
attempt("module dict", lambda: argparse.__dict__)
attempt("module builtins", lambda: argparse.__builtins__)
attempt("container is parser", lambda: p._actions[1].container is p._optionals)
attempt("namespace dict", lambda: p.parse_args(["--t", "3"]).__dict__)
formatter = p._get_formatter()
attempt("formatter section", lambda: type(formatter._root_section).__name__)
attempt("bound method func globals", lambda: p.parse_args.__func__.__globals__)
attempt("namespace class swap", lambda: argparse.Namespace(__class__=dict))

# A chain of subparsers deeper than the recursion limit: parsing recurses
# through Python frames only, so it ends in a catchable RecursionError.
root = parser = argparse.ArgumentParser(prog="r", add_help=False)
for _ in range(400):
    parser = parser.add_subparsers().add_parser("s", add_help=False)
try:
    with contextlib.redirect_stderr(io.StringIO()):
        root.parse_args(["s"] * 400)
    print("deep subparsers -> parsed")
except RecursionError:
    print("deep subparsers -> RecursionError")
