def route(req):
    match req:
        case {"path": p, "user": u} if u["admin"]:
            return "admin " + p
        case {"path": p}:
            return "public " + p
print(route({"path": "/"}))
print(route({"path": "/x", "user": {"name": "ann"}}))
