# warn() from code whose globals have __name__ = None drops the warning
# outright (even under an "error" filter); a missing or non-str __name__
# reports the module as "<string>" instead.
import warnings


def record(label):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.warn(label)
    print(label, [str(w.message) for w in caught])


record("named")
__name__ = None
record("name None")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    print("error filter:", warnings.warn("still dropped"))
try:
    warnings.warn("bad category", category=int)
except TypeError as exc:
    print("category checked first:", exc)
__name__ = 42
record("name 42")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="<string>")
    warnings.warn("non-str name is <string>")
    del __name__
    warnings.warn("missing name is <string>")
    __name__ = "other"
    warnings.warn("named again")
print([str(w.message) for w in caught])
__name__ = "__main__"
