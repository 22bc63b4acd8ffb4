# Every error handler moat provides, on every narrow and single-byte codec,
# with unencodable runs, surrogates and replacements the codec cannot encode.
tests = ["abc\u20ac\u00e9\ud800x\udc80\U0001F600", "\u20ac\u20ac", "plain", "\udcff\udc41"]
for codec in ("ascii", "latin-1", "utf-8", "cp1252", "cp437", "utf-8-sig", "koi8_r", "mac-roman"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        for t in tests:
            try:
                print(codec, errors, repr(t.encode(codec, errors)))
            except UnicodeEncodeError as e:
                print(codec, errors, "error", e.start, e.end, e.reason)
            except Exception as e:
                print(codec, errors, type(e).__name__, e)
