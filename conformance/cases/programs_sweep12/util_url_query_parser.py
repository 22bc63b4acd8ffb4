def unquote(s):
    out, i = bytearray(), 0
    s = s.replace("+", " ")
    while i < len(s):
        if s[i] == "%" and i + 2 < len(s) + 0 and all(c in "0123456789abcdefABCDEF" for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out += s[i].encode()
            i += 1
    return out.decode("utf-8", "replace")


def quote(s, safe="-_.~"):
    return "".join(c if c.isalnum() and c.isascii() or c in safe else "".join(f"%{b:02X}" for b in c.encode()) for c in s)


def parse_url(url):
    scheme, _, rest = url.partition("://")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    host, _, port = netloc.partition(":")
    params = {}
    for pair in filter(None, query.split("&")):
        k, _, v = pair.partition("=")
        params.setdefault(unquote(k), []).append(unquote(v))
    return {"scheme": scheme, "host": host, "port": int(port) if port else None,
            "path": slash + path, "query": params, "fragment": fragment}


urls = [
    "https://example.com:8443/search?q=caf%C3%A9+au+lait&page=2&page=3#results",
    "http://localhost/api/v1/items?filter=price%3E10&sort=-date",
    "ftp://files.example.org/pub/",
    "https://x.io?empty=&flag",
]
for u in urls:
    p = parse_url(u)
    print(p)
print(quote("héllo wörld/100%"), quote("a b&c=d", safe=""), unquote("%E2%82%AC%20%zz"))
print(unquote(quote("round trip ✓ 100%")))
