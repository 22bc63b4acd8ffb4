# str.encode with utf-8, ascii, latin-1 and the error handlers.
def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "a\u00e9\u20ac\U0001f600b"
show(lambda: s.encode())
show(lambda: s.encode("utf-8"))
show(lambda: "abc".encode("ascii"))
show(lambda: "caf\u00e9".encode("latin-1"))
show(lambda: s.encode("ascii"))
show(lambda: s.encode("latin-1"))
show(lambda: "caf\u00e9".encode("ascii"))
show(lambda: s.encode("ascii", "ignore"))
show(lambda: s.encode("ascii", "replace"))
show(lambda: s.encode("latin-1", "replace"))
show(lambda: s.encode("ascii", "backslashreplace"))
show(lambda: s.encode("ascii", "xmlcharrefreplace"))
show(lambda: "a\ud800b".encode())
show(lambda: "a\ud800\udc80b".encode("utf-8"))
show(lambda: "a\udc80\udcffb".encode("utf-8", "surrogateescape"))
show(lambda: "a\udc80b".encode("ascii", "surrogateescape"))
show(lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
show(lambda: "a\ud800b".encode("utf-8", "replace"))
show(lambda: "\u00e9".encode("ascii", "bogus"))
show(lambda: "abc".encode("ascii", "bogus"))
show(lambda: "x".encode("nope"))
show(lambda: "x".encode(1))
show(lambda: "x".encode("utf-8", 1))
show(lambda: "x".encode("utf-8", "strict", 1))
show(lambda: "x".encode(encodin="x"))
show(lambda: "x".encode(encoding="ascii", errors="strict"))
