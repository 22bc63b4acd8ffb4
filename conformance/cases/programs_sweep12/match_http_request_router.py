import re
import json


def parse_request(raw):
    head, _, body = raw.partition("\n\n")
    request_line, *header_lines = head.splitlines()
    method, path, version = request_line.split()
    headers = {k.lower(): v.strip() for k, v in (h.split(":", 1) for h in header_lines)}
    return {"method": method, "path": path.strip("/").split("/"), "headers": headers, "body": body}


USERS = {"1": "ann", "2": "bob"}


def route(req):
    match req:
        case {"method": "GET", "path": [""]}:
            return 200, "index"
        case {"method": "GET", "path": ["users"]}:
            return 200, json.dumps(sorted(USERS.values()))
        case {"method": "GET", "path": ["users", uid]} if uid in USERS:
            return 200, USERS[uid]
        case {"method": "GET", "path": ["users", uid]}:
            return 404, f"no user {uid}"
        case {"method": "POST", "path": ["users"], "headers": {"content-type": "application/json"}, "body": body}:
            data = json.loads(body)
            match data:
                case {"name": str(name)} if name:
                    uid = str(len(USERS) + 1)
                    USERS[uid] = name
                    return 201, uid
                case _:
                    return 422, "name required"
        case {"method": "POST", "path": ["users"]}:
            return 415, "json only"
        case {"method": "DELETE" | "PUT" as m, "path": ["users", *_]}:
            return 405, f"{m} not allowed"
        case {"path": [first, *rest]}:
            return 404, f"nothing at /{first}" + (f" (+{len(rest)} more)" if rest else "")


REQUESTS = [
    "GET / HTTP/1.1\nHost: x",
    "GET /users HTTP/1.1\nHost: x",
    "GET /users/2 HTTP/1.1\nHost: x",
    "GET /users/9 HTTP/1.1\nHost: x",
    'POST /users HTTP/1.1\nContent-Type: application/json\n\n{"name": "cy"}',
    'POST /users HTTP/1.1\nContent-Type: application/json\n\n{"name": ""}',
    "POST /users HTTP/1.1\nContent-Type: text/plain\n\nname=di",
    "DELETE /users/1 HTTP/1.1\nHost: x",
    "GET /static/css/site.css HTTP/1.1\nHost: x",
]
for raw in REQUESTS:
    req = parse_request(raw)
    status, body = route(req)
    print(f"{req['method']:<6} /{'/'.join(req['path']):<22} {status} {body}")
print(USERS)
