def parse_url(url):
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError(f"missing scheme in {url!r}")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":")
    if colon and not port.isdigit():
        raise ValueError(f"bad port {port!r}")
    params = {}
    for pair in filter(None, query.split("&")):
        k, _, v = pair.partition("=")
        params.setdefault(k, []).append(v.replace("+", " "))
    return {"scheme": scheme.lower(), "user": userinfo or None, "host": host.lower(), "port": int(port) if port else None,
            "path": slash + path or "/", "query": params, "fragment": fragment or None}


for u in ["https://Example.com/a/b?x=1&y=2&x=3#top", "http://user:pw@host:8080/", "ftp://host", "mailto:x@y", "http://h:abc/",
          "https://h/search?q=a+b&empty=&flag"]:
    try:
        print(parse_url(u))
    except ValueError as e:
        print("ValueError", e)
