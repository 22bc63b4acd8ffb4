def route(method, path):
    match method, path.strip("/").split("/"):
        case "GET", [""]:
            return "index"
        case "GET", ["users"]:
            return "list users"
        case "GET", ["users", uid] if uid.isdigit():
            return f"show user {int(uid)}"
        case "GET", ["users", uid]:
            return f"400 bad user id {uid!r}"
        case ("PUT" | "PATCH") as m, ["users", uid]:
            return f"{m.lower()} user {uid}"
        case "DELETE", ["users", uid, *rest] if not rest:
            return f"delete user {uid}"
        case _, ["static", *parts] if parts:
            return "file " + "/".join(parts)
        case method, [*parts]:
            return f"404 {method} /{'/'.join(parts)}"


reqs = [("GET", "/"), ("GET", "/users"), ("GET", "/users/42"), ("GET", "/users/bob"), ("PATCH", "/users/7"),
        ("DELETE", "/users/7"), ("DELETE", "/users/7/x"), ("POST", "/static/css/site.css"), ("GET", "/static"),
        ("HEAD", "/nope")]
for m, p in reqs:
    print(f"{m:7}{p:24}{route(m, p)}")
