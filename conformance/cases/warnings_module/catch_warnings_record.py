# catch_warnings(record=True): the WarningMessage fields, and the filters
# restored on exit.
import warnings

def f():
    warnings.warn("first", UserWarning)
    warnings.warn("second", DeprecationWarning)
    warnings.warn("third", SyntaxWarning)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    print(len(w))
    for m in w:
        print(m.category.__name__, str(m.message), m.lineno, m.filename.rsplit("/", 1)[-1],
              type(m.message).__name__, m.line, m.file)
    print(isinstance(w[0].message, UserWarning), w[0].message.args)

with warnings.catch_warnings(record=True) as w:
    f()
    print([str(m.message) for m in w])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    f()
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
        warnings.warn("once only", RuntimeWarning)
    print([(m.category.__name__, str(m.message)) for m in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("per location")
    warnings.warn("per location")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("per module")
    warnings.warn("per module")
    print(len(w))
with warnings.catch_warnings(record=True, action="always") as w:
    warnings.warn("with action")
    warnings.warn("with action")
    print(len(w))
