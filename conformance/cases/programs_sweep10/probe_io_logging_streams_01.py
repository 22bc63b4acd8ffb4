import io, contextlib, sys
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, sep="|")
    sys.stdout.write("direct\n")
print(repr(buf.getvalue()), buf.tell(), buf.seek(0), buf.read(4), buf.readline(), buf.readlines())
import io
b = io.BytesIO(b"abc"); print(b.read(1), b.read(), b.getvalue(), b.write(b"de"), b.getvalue(), b.seek(0, 2), b.tell())
import logging, io
stream = io.StringIO()
h = logging.StreamHandler(stream); h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s - %(message)s"))
lg = logging.getLogger("x.y"); lg.addHandler(h); lg.setLevel(logging.DEBUG); lg.propagate = False
lg.debug("d"); lg.info("i %s", "arg"); lg.error("e"); lg.log(25, "custom"); logging.addLevelName(25, "NOTICE"); lg.log(25, "named")
print(stream.getvalue(), lg.getEffectiveLevel(), lg.isEnabledFor(10), logging.getLevelName(40), logging.getLevelName("WARNING"))
import sys
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(sys.stdout.isatty() if False else "", sys.stdout.encoding, sys.stdin.encoding if False else "", sys.getdefaultencoding())
import sys
print(sys.stdout.writelines(["a\n", "b\n"]), end="")
sys.stdout.flush()
print(repr(sys.stdout.write("")))
