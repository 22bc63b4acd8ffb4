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

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError("nargs not allowed")
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print("called", option_string, repr(values))
        setattr(namespace, self.dest, values.upper())


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        store = dict(getattr(namespace, self.dest) or {})
        for item in values:
            if "=" not in item:
                parser.error("bad pair %r" % item)
            key, value = item.split("=", 1)
            store[key] = value
        setattr(namespace, self.dest, store)


class Raise(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        raise argparse.ArgumentError(self, "custom failure on %s" % values)


p = argparse.ArgumentParser(prog="ca")
p.add_argument("--name", action=Upper)
p.add_argument("pos", action=Upper)
p.add_argument("--set", nargs="+", action=KeyValue, metavar="K=V")
p.add_argument("--fail", action=Raise)
run(p, ["--name", "abc", "xyz", "--set", "a=1", "b=2"])
run(p, ["p", "--set", "oops"])
run(p, ["p", "--fail", "now"])
try:
    p.add_argument("--bad", action=Upper, nargs=2)
except ValueError as e:
    print("ValueError", e)
base = argparse.Action(["--z"], "z")
print(base)
try:
    base(p, argparse.Namespace(), "v")
except NotImplementedError as e:
    print("NotImplementedError", e)
p.register("action", "upper", Upper)
p.add_argument("--u", action="upper")
run(p, ["p", "--u", "q"])
p.register("type", "hexint", lambda s: int(s, 16))
p.add_argument("--hex", type="hexint")
run(p, ["p", "--hex", "ff"])
run(p, ["p", "--hex", "zz"])
