# Keyword-only parameters after * and *args.
def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"


print(connect("a"), connect("b", 443, secure=True), connect("c", timeout=1))
try:
    connect("d", 1, 2)
except TypeError as e:
    print("TypeError", e)


def log(*messages, sep=" ", level="INFO"):
    return f"[{level}] " + sep.join(str(m) for m in messages)


print(log("x", 1, 2.5), log("a", "b", sep="-"), log(level="WARN"), log())


def required_kw(*, name):
    return name.upper()


print(required_kw(name="z"))
try:
    required_kw()
except TypeError as e:
    print("TypeError", e)
try:
    required_kw("z")
except TypeError as e:
    print("TypeError", e)


def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(a=0, c=0, d=0, z=9))
print(connect.__kwdefaults__)
