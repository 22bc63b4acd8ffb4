# The registries warn_explicit keeps: which keys each action records, the
# "once" registry, stale registries emptied when the filters change, and
# values that are false counting as "not shown yet".
import sys
import warnings

sys.stderr = sys.stdout  # the shown warnings become part of the output


def entries(registry):
    return sorted((repr(k), v) for k, v in registry.items() if k != "version")


def stamped(registry):
    return type(registry.get("version")) is int


for action in ("default", "always", "module", "once", "ignore"):
    warnings.simplefilter(action)
    reg = {}
    warnings.warn_explicit("spam", UserWarning, "a.py", 1, registry=reg)
    warnings.warn_explicit("spam", UserWarning, "a.py", 1, registry=reg)
    warnings.warn_explicit("spam", UserWarning, "a.py", 2, registry=reg)
    print(action, stamped(reg), entries(reg))

# "once" with a registry records in that registry, so two registries each
# show the warning once.
warnings.simplefilter("once")
first, second = {}, {}
warnings.warn_explicit("twice", RuntimeWarning, "m1.py", 1, registry=first)
warnings.warn_explicit("twice", RuntimeWarning, "m2.py", 1, registry=second)
print(entries(first) == entries(second), warnings.onceregistry)

# Without a registry, "once" uses warnings.onceregistry.
warnings.warn_explicit("global once", UserWarning, "m1.py", 5)
warnings.warn_explicit("global once", UserWarning, "m3.py", 9)
print(entries(warnings.onceregistry), stamped(warnings.onceregistry))

# Without a registry, "default" and "module" show every time.
for action in ("default", "module"):
    warnings.simplefilter(action)
    warnings.warn_explicit("no registry " + action, UserWarning, "b.py", 1)
    warnings.warn_explicit("no registry " + action, UserWarning, "b.py", 1)

# A changed filter list makes a registry stale: it is emptied and restamped.
warnings.simplefilter("default")
reg = {}
warnings.warn_explicit("stale", UserWarning, "c.py", 1, registry=reg)
warnings.warn_explicit("stale", UserWarning, "c.py", 1, registry=reg)
before = reg["version"]
warnings.filterwarnings("default", message="unrelated")
warnings.warn_explicit("stale", UserWarning, "c.py", 1, registry=reg)
print(reg["version"] != before, entries(reg))

# A version that is not an int, or a false value, shows the warning again.
reg["version"] = str(reg["version"])
reg["junk"] = 1
warnings.warn_explicit("stale", UserWarning, "c.py", 1, registry=reg)
print(entries(reg))
reg[("stale", UserWarning, 1)] = 0
warnings.warn_explicit("stale", UserWarning, "c.py", 1, registry=reg)
print(entries(reg))


# A dict subclass's own methods are bypassed.
class Loud(dict):
    def get(self, *args):
        print("get called")
        return dict.get(self, *args)

    def __setitem__(self, key, value):
        print("setitem called")
        dict.__setitem__(self, key, value)


loud = Loud()
warnings.warn_explicit("quiet", UserWarning, "d.py", 1, registry=loud)
warnings.warn_explicit("quiet", UserWarning, "d.py", 1, registry=loud)
print(entries(loud))

# A Warning instance: its str() is the text, its class the category.
reg = {}
warnings.warn_explicit(DeprecationWarning("obj", 2), UserWarning, "e.py", 4,
                       registry=reg)
print(entries(reg))
# A non-str text meets the regular expression filterwarnings made above.
try:
    warnings.warn_explicit(42, UserWarning, "e.py", 5, registry=reg)
except TypeError as e:
    print("TypeError", e)
warnings.resetwarnings()
warnings.simplefilter("default")
warnings.warn_explicit(42, UserWarning, "e.py", 5, registry=reg)
print(entries(reg))
