# typing's private _eval_type(t, globalns, localns, module) resolves the
# names of a forward reference in the namespace of the module named by a
# string. A researcher hopes that reads a module's dict directly, so the
# attributes moat withholds (io.open, sys.modules, sys._getframe, dunders
# such as __builtins__) come back by name. moat reads a module's attribute
# as a script would, so every withheld name stays withheld.
# expect-output: io.open NameError name 'open' is not defined
# expect-output: io.FileIO NameError name 'FileIO' is not defined
# expect-output: sys.modules AttributeError 'sys.modules' is not available in the sandbox
# expect-output: sys._getframe AttributeError 'sys._getframe' is not available in the sandbox
# expect-output: sys.flags AttributeError 'sys.flags' is not available in the sandbox
# expect-output: typing.__builtins__ NameError name '__builtins__' is not defined
# expect-output: typing.__loader__ NameError name '__loader__' is not defined
# expect-output: builtins.open NameError name 'open' is not defined
# expect-output: os.system NameError name 'system' is not defined
# expect-output: main.__builtins__ NameError name '__builtins__' is not defined
# expect-output: int.__subclasses__ AttributeError '__subclasses__' is not available in the sandbox
# expect-output: object.__subclasses__ AttributeError '__subclasses__' is not available in the sandbox
import typing
def t(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

def ev(text, module):
    return typing._eval_type(typing.ForwardRef(text), None, None, module)
t("io.open", lambda: ev("open", "io"))
t("io.FileIO", lambda: ev("FileIO", "io"))
t("sys.modules", lambda: ev("modules", "sys"))
t("sys._getframe", lambda: ev("_getframe", "sys"))
t("sys.flags", lambda: ev("flags", "sys"))
t("typing.__builtins__", lambda: ev("__builtins__", "typing"))
t("typing.__loader__", lambda: ev("__loader__", "typing"))
t("builtins.open", lambda: ev("open", "builtins"))
t("os.system", lambda: ev("system", "os"))
t("main.__builtins__", lambda: ev("__builtins__", "__main__"))
t("int.__subclasses__", lambda: ev("int.__subclasses__", None))
t("object.__subclasses__", lambda: ev("object.__subclasses__", "typing"))
