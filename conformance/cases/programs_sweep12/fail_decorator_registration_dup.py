ROUTES = {}


def route(path, methods=("GET",)):
    def register(fn):
        for m in methods:
            key = (m, path)
            if key in ROUTES:
                raise ValueError(f"duplicate route {m} {path} ({ROUTES[key].__name__} vs {fn.__name__})")
            ROUTES[key] = fn
        return fn
    return register


@route("/")
def index():
    return "home"


@route("/items", methods=("GET", "POST"))
def items():
    return "items"


print(sorted(f"{m} {p} -> {f.__name__}" for (m, p), f in ROUTES.items()))


@route("/items", methods=("POST",))
def create_item():
    return "created"
