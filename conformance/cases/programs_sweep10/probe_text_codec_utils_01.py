import shlex, fnmatch, html, base64, hashlib, hmac, binascii
print(shlex.split('cmd --opt="a b" \'single q\' esc\\ aped # not comment'), shlex.split("a # c", comments=True), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(fnmatch.fnmatch("file.PY", "*.py"), fnmatch.fnmatchcase("file.PY", "*.py"), fnmatch.filter(["a.txt", "b.py", "c.txt"], "*.txt"), fnmatch.translate("*.[ch]"))
print(html.escape('<a href="x">&\'</a>'), html.escape("<>", quote=False), html.unescape("&lt;&amp;&#39;&eacute;&#x41;&nbsp;|"))
print(base64.b64encode(b"hello world"), base64.b64decode("aGk="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b32encode(b"ab"), base64.b16encode(b"\x01"), base64.a85encode(b"abc"))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5("é".encode()).hexdigest(), hashlib.sha1(b"").hexdigest()[:8], hmac.new(b"key", b"msg", "sha256").hexdigest()[:16], hmac.compare_digest("a", "a"))
print(binascii.crc32(b"hello"), binascii.hexlify(b"\x00\xff", "-"), binascii.unhexlify("abcd"), binascii.b2a_base64(b"x"))
import graphlib
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"a", "b"}, "d": {"c"}})
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter(); ts2.add("x", "y"); ts2.add("y", "x")
try:
    ts2.prepare()
except graphlib.CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
import queue
q = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]: q.put(item)
print([q.get() for _ in range(3)], q.empty(), q.qsize())
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get(), lq.get_nowait())
try:
    lq.get_nowait()
except queue.Empty:
    print("Empty raised")
fq = queue.Queue(maxsize=1); fq.put(1)
try:
    fq.put_nowait(2)
except queue.Full:
    print("Full raised", fq.full())
import keyword, colorsys
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("async"), len(keyword.kwlist), keyword.softkwlist)
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1, 0, 0))
