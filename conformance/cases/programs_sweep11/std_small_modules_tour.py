import struct, unicodedata, shlex, types, warnings, traceback, array, base64, binascii, hashlib, hmac, csv, io, pprint, queue, reprlib, fnmatch, keyword, html
print(struct.pack("<hIf", -2, 7, 1.5), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("<iq?"), struct.calcsize("iq?"))
print(struct.pack("3s", b"abcdef"), struct.unpack_from("<b", b"\xff\x01", 1), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
s = struct.Struct("<2i"); print(s.size, s.pack(1, 2), s.format)
for bad in [lambda: struct.pack("b", 200), lambda: struct.unpack("<i", b"ab"), lambda: struct.pack("z", 1)]:
    try: bad()
    except struct.error as e: print("struct.error", e)
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.normalize("NFD", "é").encode(), unicodedata.numeric("½"), unicodedata.lookup("SNOWMAN"))
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote("it's"), shlex.join(["a b", "c"]))
ns = types.SimpleNamespace(a=1, b=[2]); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3))
print(types.MappingProxyType({"a": 1}), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
a = array.array("i", [1, 2, 3]); a.append(4); print(a, a.tolist(), a.itemsize, a[1:], array.array("d", [1.5]), array.array("u", "hi"))
print(base64.b64encode(b"hello"), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b32encode(b"ab"), base64.b16encode(b"\x01"))
print(binascii.hexlify(b"ab", "-"), binascii.crc32(b"hello"), hashlib.sha256(b"x").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hmac.new(b"k", b"m", "sha256").hexdigest()[:16])
r = csv.reader(io.StringIO('a,b\n"x, y",2\n')); print(list(r))
out = io.StringIO(); w = csv.writer(out); w.writerow(["a", "b,c", 'q"']); print(repr(out.getvalue()))
dr = csv.DictReader(io.StringIO("n,v\na,1\nb,2\n")); print([dict(r) for r in dr])
out = io.StringIO(); dw = csv.DictWriter(out, ["x", "y"]); dw.writeheader(); dw.writerow({"x": 1, "y": None}); print(repr(out.getvalue()))
pprint.pprint({"k" * 10: list(range(30)), "z": {"nested": [1, 2]}}, width=60)
print(pprint.pformat([1, [2, 3]], indent=2), reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
q = queue.Queue(); q.put(1); q.put(2); print(q.get(), q.qsize(), q.empty())
pq = queue.PriorityQueue(); [pq.put(x) for x in (3, 1, 2)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); lq.put("a"); lq.put("b"); print(lq.get())
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.filter(["a.py", "b.txt"], "*.t?t"), fnmatch.translate("*.py"))
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), html.escape("<a href='x'>&"), html.unescape("&lt;&amp;&eacute;&#x41;"))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in ws])
try:
    1/0
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exception_only(ZeroDivisionError("x")))
