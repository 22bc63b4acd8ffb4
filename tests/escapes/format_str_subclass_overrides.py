# str subclasses overriding __format__, __getitem__, __getattr__ and
# format/format_map itself, used as the template, as an argument and as a
# mapping key: whatever the overrides return, a field's attribute parts are
# looked up by the sandbox's rule, and the overrides receive only the
# script's own values.
# expect-output: Tpl.format ['Arg']
# expect-output: Arg.__format__ str 
# expect-output: Arg.__format__ str >3
# expect-output: template subclass -> AA
# expect-output: Arg.__getitem__ str k
# expect-output: arg index then globals AttributeError '__globals__' is not available in the sandbox
# expect-output: Arg.__getattr__ missing
# expect-output: arg getattr then code AttributeError '__code__' is not available in the sandbox
# expect-output: Arg.__getattr__ missing
# expect-output: arg getattr closure AttributeError '__closure__' is not available in the sandbox
# expect-output: format_map str key -> <class '__main__.Arg'>
# expect-output: Arg.__getattr__ missing
# expect-output: format_map walks AttributeError '__globals__' is not available in the sandbox
# expect-output: str.format unbound on subclass -> Arg
# expect-output: Arg.__format__ str 
# expect-output: format_map of subclass -> A
class Tpl(str):
    def __getitem__(self, key):
        print("Tpl.__getitem__", type(key).__name__)
        return str.__getitem__(self, key)

    def format(self, *args, **kwargs):
        print("Tpl.format", [type(a).__name__ for a in args])
        return str.format(self, *args, **kwargs)


class Arg(str):
    def __format__(self, spec):
        print("Arg.__format__", type(spec).__name__, spec)
        return "A"

    def __getitem__(self, key):
        print("Arg.__getitem__", type(key).__name__, key)
        return lambda: 0

    def __getattr__(self, name):
        print("Arg.__getattr__", name)
        return lambda: 0


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("template subclass", lambda: Tpl("{0}{0:>3}").format(Arg("a")))
attempt("arg index then globals", lambda: "{0[k].__globals__}".format(Arg("a")))
attempt("arg getattr then code", lambda: "{0.missing.__code__}".format(Arg("a")))
attempt("arg getattr closure", lambda: "{0.missing.__closure__}".format(Arg("a")))
attempt("format_map str key", lambda: "{k.__class__}".format_map({Arg("k"): 1, "k": Arg("v")}))
attempt("format_map walks", lambda: "{k.missing.__globals__}".format_map({"k": Arg("v")}))
attempt("str.format unbound on subclass", lambda: str.format(Tpl("{0.__class__.__name__}"), Arg("x")))
attempt("format_map of subclass", lambda: Tpl("{a}").format_map({"a": Arg("x")}))
