import warnings
def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2
print(old_api(2))
warnings.warn("plain user warning")
warnings.warn("again", RuntimeWarning)
for i in range(3):
    warnings.warn("in loop")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api(1); warnings.warn("x", UserWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
warnings.filterwarnings("ignore", message="silenced")
warnings.warn("silenced here")
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
print("done")
raise SystemExit("exit after warnings")
