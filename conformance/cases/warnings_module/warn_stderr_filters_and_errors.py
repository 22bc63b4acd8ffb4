import warnings
def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x
def risky():
    warnings.warn("something odd")
print("start")
risky()
risky()
warnings.warn("top level user warning")
warnings.warn("runtime!", RuntimeWarning)
old_api(1)
warnings.simplefilter("always")
risky()
risky()
old_api(2)
warnings.warn(UserWarning("instance warning"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom category", MyWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", FutureWarning)
    old_api(3)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.rsplit('/', 1)[-1])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("caught", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("show me")
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("rt error", e)
    warnings.warn("not rt")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
print("formatwarning:", repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line of code")))
print("formatwarning no line:", repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, "")))
warnings.warn_explicit("explicit", UserWarning, "fake.py", 99)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError", e)
warnings.simplefilter("error")
def g():
    warnings.warn("fatal warning", UserWarning)
print("end")
g()
